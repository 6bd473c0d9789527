package org.flowbench.io.internal;

import java.util.List;

import org.flowbench.io.FlowReader;
import org.flowbench.io.FlowWriter;

/** The readers and writers of this bundle, for use without Declarative Services. */
public final class BuiltInFormats {

    private BuiltInFormats() {
    }

    public static List<FlowReader> readers() {
        return List.of(new NativeFlowReader(), new SeedCsvReader(), new FlowCsvReader());
    }

    public static List<FlowWriter> writers() {
        return List.of(new NativeFlowWriter(), new SeedCsvWriter(), new FlowCsvWriter());
    }
}
