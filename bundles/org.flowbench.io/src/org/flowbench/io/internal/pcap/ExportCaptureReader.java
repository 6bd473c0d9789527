package org.flowbench.io.internal.pcap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

import org.flowbench.io.ReadReport;
import org.flowbench.io.internal.netflow.ExportDecoder;

/**
 * NetFlow v5, v9 and IPFIX export datagrams in a packet capture (pcap or pcapng), on any UDP port:
 * the flows are the records the datagrams carry, not the packets themselves ({@link ExportPackets}).
 * A capture is this format when one of the packets in its first bytes is a well-formed export
 * datagram; it is asked before the packet capture readers, which read every other capture.
 * Contributed through the extension point {@code org.flowbench.io.readers} in this bundle's plugin.xml.
 */
public final class ExportCaptureReader extends CaptureReader {

    private final boolean stopAtV9Count;

    /** Decodes every set of a datagram, as nfdump does. */
    public ExportCaptureReader() {
        this(false);
    }

    /** @param stopAtV9Count whether NetFlow v9 sets after the header's record count are left out, as Wireshark does */
    public ExportCaptureReader(boolean stopAtV9Count) {
        this.stopAtV9Count = stopAtV9Count;
    }

    @Override
    public String id() {
        return "flow-export-capture";
    }

    @Override
    public String name() {
        return "NetFlow/IPFIX export datagrams in a packet capture";
    }

    @Override
    public List<String> extensions() {
        return List.of("pcap", "pcapng", "cap");
    }

    @Override
    public boolean recognizes(byte[] head) {
        if (!PcapParser.matches(head) && !PcapngParser.matches(head)) {
            return false;
        }
        Finder finder = new Finder();
        try {
            CaptureInput input = CaptureInput.of(new ByteArrayInputStream(head));
            parser(input, "", new ReadReport.Builder(""), finder).parse();
        } catch (Found found) {
            return true;
        } catch (IOException | DamagedCapture | RuntimeException e) {
            // the head ends inside a record, or the capture is damaged: only what came before counts
        }
        return false;
    }

    @Override
    CaptureParser parser(CaptureInput input, String source, ReadReport.Builder report, Packets packets) {
        try {
            int at = input.require(0, 4);
            if (at >= 0 && input.window().getInt(at) == PcapngParser.SECTION_HEADER) {
                return new PcapngParser(input, source, report, packets);
            }
        } catch (IOException e) {
            // the pcap parser finds it too short and says so
        }
        return new PcapParser(input, source, report, packets);
    }

    @Override
    Packets packets(long timeoutMicros, FlowOutput output, ReadReport.Builder report) {
        return new ExportPackets(output, report, stopAtV9Count);
    }

    /** Stops the search at the first export datagram. */
    private static final class Found extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Found() {
            super(null, null, false, false);
        }
    }

    private static final class Finder extends Packets {
        private final FrameDecoder decoder = new FrameDecoder();

        @Override
        void packet(ByteBuffer b, int at, int captured, long length, long micros, int linkType, long inputPosition) {
            frames++;
            if (decoder.decode(b, at, captured, linkType) && decoder.udpPayloadAt >= 0
                    && decoder.udpPayloadLength <= at + captured - decoder.udpPayloadAt
                    && ExportDecoder.isExport(b, decoder.udpPayloadAt, decoder.udpPayloadLength)) {
                throw new Found();
            }
        }

        @Override
        void idle(long inputPosition) {
        }

        @Override
        void finish(long inputPosition) {
        }

        @Override
        void count(ReadReport.Builder report) {
        }
    }
}
