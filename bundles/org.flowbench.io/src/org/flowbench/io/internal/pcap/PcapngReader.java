package org.flowbench.io.internal.pcap;

import java.util.List;

import org.flowbench.io.ReadReport;

/**
 * Packet captures in the pcapng format (Wireshark's default), made into flows; see
 * {@link PcapngParser} for the format and {@link PacketFlows} for the flows. Contributed through
 * the extension point {@code org.flowbench.io.readers} in this bundle's plugin.xml.
 */
public final class PcapngReader extends CaptureReader {

    public PcapngReader() {
    }

    /** @param timeoutMicros the active flow timeout */
    public PcapngReader(long timeoutMicros) {
        super(timeoutMicros);
    }

    @Override
    public String id() {
        return "pcapng";
    }

    @Override
    public String name() {
        return "pcapng packet capture";
    }

    @Override
    public List<String> extensions() {
        return List.of("pcapng", "ntar");
    }

    @Override
    public boolean recognizes(byte[] head) {
        return PcapngParser.matches(head);
    }

    @Override
    CaptureParser parser(CaptureInput input, String source, ReadReport.Builder report, Packets flows) {
        return new PcapngParser(input, source, report, flows);
    }
}
