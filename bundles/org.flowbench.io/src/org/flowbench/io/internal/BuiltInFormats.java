package org.flowbench.io.internal;

import java.util.List;

import org.flowbench.io.FlowReader;
import org.flowbench.io.FlowWriter;
import org.flowbench.io.internal.pcap.ExportCaptureReader;
import org.flowbench.io.internal.pcap.PcapReader;
import org.flowbench.io.internal.pcap.PcapngReader;

/**
 * The readers and writers of this bundle, for use without OSGi: in OSGi the CSV and native formats
 * are Declarative Services components and the packet captures, flow exports in them and Zeek logs are contributed in plugin.xml.
 */
public final class BuiltInFormats {

    private BuiltInFormats() {
    }

    public static List<FlowReader> readers() {
        return List.of(new NativeFlowReader(), new SeedCsvReader(), new FlowCsvReader(), new ExportCaptureReader(), new PcapReader(), new PcapngReader(),
                new ZeekTsvReader(), new ZeekJsonReader());
    }

    public static List<FlowWriter> writers() {
        return List.of(new NativeFlowWriter(), new SeedCsvWriter(), new FlowCsvWriter());
    }
}
