package org.flowbench.io;

import java.util.Objects;

import org.flowbench.model.FlowStore;

/** A store filled by a reader, and what the reader found on the way. */
public record LoadedFlows(FlowStore store, ReadReport report) {

    public LoadedFlows {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(report, "report");
    }
}
