package org.flowbench.generator;

import java.util.Objects;

import org.flowbench.generator.internal.Generation;
import org.flowbench.model.FlowSink;
import org.flowbench.model.Progress;

/**
 * Makes synthetic flows for trying out and testing analyses, with the ground truth of the anomalies
 * mixed in.
 * <p>
 * Streaming: flows go into the sink as they are made, through one reused {@link org.flowbench.model.FlowRecord}
 * (the sink copies what it keeps), so memory does not grow with the number of flows. Deterministic:
 * the same settings give the same flows in the same order, on any machine and Java version: every
 * random number comes from {@link java.util.SplittableRandom}, whose algorithm is specified, and
 * every function of them is computed with {@link StrictMath}.
 */
public final class TrafficGenerator {

    private TrafficGenerator() {
    }

    /**
     * @param progress told the total of flows, then the flows made in chunks of 65,536
     * @return how many flows went into the sink and where the anomalies are
     * @throws java.util.concurrent.CancellationException when {@code progress} is canceled; the sink
     *         then holds the flows made until then
     */
    public static GroundTruth generate(GeneratorSettings settings, FlowSink sink, Progress progress) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(progress, "progress");
        return Generation.run(settings, sink, progress);
    }
}
