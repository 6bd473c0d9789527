package org.flowbench.io.internal.pcap;

import java.util.List;

import org.flowbench.io.ReadReport;

/**
 * Packet captures in the libpcap format (tcpdump, Wireshark's "pcap"), made into flows; see
 * {@link PcapParser} for the format and {@link PacketFlows} for the flows. Contributed through the
 * extension point {@code org.flowbench.io.readers} in this bundle's plugin.xml.
 */
public final class PcapReader extends CaptureReader {

    public PcapReader() {
    }

    /** @param timeoutMicros the active flow timeout */
    public PcapReader(long timeoutMicros) {
        super(timeoutMicros);
    }

    @Override
    public String id() {
        return "pcap";
    }

    @Override
    public String name() {
        return "pcap packet capture";
    }

    @Override
    public List<String> extensions() {
        return List.of("pcap", "cap", "dmp");
    }

    @Override
    public boolean recognizes(byte[] head) {
        return PcapParser.matches(head);
    }

    @Override
    CaptureParser parser(CaptureInput input, String source, ReadReport.Builder report, Packets flows) {
        return new PcapParser(input, source, report, flows);
    }
}
