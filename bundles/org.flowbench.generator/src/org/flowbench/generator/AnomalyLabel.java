package org.flowbench.generator;

import java.util.List;
import java.util.Objects;

import org.flowbench.model.IpAddress;
import org.flowbench.model.TimeRange;

/**
 * The ground truth of one anomaly that the generator mixed into the traffic: an analysis that finds
 * the anomaly should find these hosts at this time.
 * <p>
 * Every flow of the anomaly goes from one of {@code sources} to one of {@code destinations} and
 * starts inside {@code window}; {@code flows} and {@code bytes} count exactly those flows (the
 * anomalies have no answering flows). The scenario's own traffic may involve the same hosts too.
 *
 * @param kind         what happened
 * @param window       when: every flow of the anomaly starts in it
 * @param sources      the hosts that sent the anomaly's flows
 * @param destinations the hosts that received them
 * @param flows        how many flows the anomaly added
 * @param bytes        the bytes of those flows
 * @param description  one line for people, naming the hosts and the amounts
 */
public record AnomalyLabel(AnomalyKind kind, TimeRange window, List<IpAddress> sources, List<IpAddress> destinations,
        long flows, long bytes, String description) {

    public AnomalyLabel {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(window, "window");
        sources = List.copyOf(sources);
        destinations = List.copyOf(destinations);
        Objects.requireNonNull(description, "description");
        if (flows < 0 || bytes < 0) {
            throw new IllegalArgumentException("negative flow or byte count: " + flows + " flows, " + bytes + " bytes");
        }
    }
}
