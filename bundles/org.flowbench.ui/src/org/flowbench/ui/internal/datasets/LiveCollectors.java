package org.flowbench.ui.internal.datasets;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.flowbench.io.FlowCollector;
import org.flowbench.ui.datasets.Dataset;

/** The collectors that fill live datasets, while they run: the Collector view shows their counts. */
final class LiveCollectors {

    private static final Map<Dataset, FlowCollector> RUNNING = new ConcurrentHashMap<>();

    private LiveCollectors() {
    }

    static void started(Dataset dataset, FlowCollector collector) {
        RUNNING.put(dataset, collector);
    }

    static void stopped(Dataset dataset) {
        RUNNING.remove(dataset);
    }

    static Optional<FlowCollector> of(Dataset dataset) {
        return Optional.ofNullable(dataset == null ? null : RUNNING.get(dataset));
    }
}
