package org.flowbench.generator;

import java.util.List;
import java.util.Optional;

/**
 * What a generator run produced.
 *
 * @param flows     every flow given to the sink: the scenario's flows and the anomalies' flows
 * @param anomalies the anomalies mixed in, in order of their windows
 */
public record GroundTruth(long flows, List<AnomalyLabel> anomalies) {

    public GroundTruth {
        anomalies = List.copyOf(anomalies);
    }

    /** @return the label of the anomaly of this kind, empty when the run had none */
    public Optional<AnomalyLabel> anomaly(AnomalyKind kind) {
        return anomalies.stream().filter(a -> a.kind() == kind).findFirst();
    }

    /** @return the flows the anomalies added */
    public long anomalyFlows() {
        return anomalies.stream().mapToLong(AnomalyLabel::flows).sum();
    }
}
