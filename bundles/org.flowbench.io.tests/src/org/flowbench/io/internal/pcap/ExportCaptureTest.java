package org.flowbench.io.internal.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

import org.flowbench.io.FlowFormats;
import org.flowbench.io.ReadReport;
import org.flowbench.io.internal.netflow.ExportDecoder;
import org.flowbench.io.internal.netflow.ExportEncoder;
import org.flowbench.model.FlowDataException;
import org.flowbench.model.FlowRecord;
import org.junit.jupiter.api.Test;

/** Captures of export datagrams: detection by content on any port, and damage kept to its place. */
class ExportCaptureTest {

    private static final long T = 1_767_600_000L;

    private static byte[] exportFrame(byte[] datagram, int port) {
        return Frames.ethernet(0x0800, Frames.ipv4(Frames.v4(192, 0, 2, 1), Frames.v4(192, 0, 2, 9), 17, Frames.udp(40_000, port, datagram)));
    }

    private static byte[] dns() {
        return Frames.ethernet(0x0800, Frames.ipv4(Frames.v4(10, 0, 0, 1), Frames.v4(10, 0, 0, 2), 17, Frames.udp(1234, 53, new byte[40])));
    }

    /** Two IPFIX datagrams of 20 flows each, 100 bytes per flow. */
    private static byte[][] datagrams() {
        ExportEncoder encoder = new ExportEncoder(10, 1, 1400, 0);
        byte[][] out = new byte[2][];
        FlowRecord f = new FlowRecord();
        int n = 0;
        for (int i = 0; i < 41 && n < 2; i++) {
            f.clear().sourceV4(0x0A000000 + i).destinationV4(0x0A0000FF);
            f.bytes = 100;
            f.packets = 1;
            f.startMicros = f.endMicros = T * 1_000_000L;
            if (i == 20 || i == 40) {
                ByteBuffer d = encoder.flush() ? encoder.datagram() : null;
                out[n++] = Arrays.copyOf(d.array(), d.limit());
            }
            encoder.add(f, T * 1000);
        }
        return out;
    }

    @Test
    void exportsOnAnyPortAfterOtherTrafficAreFoundAndRead() throws IOException {
        byte[][] d = datagrams();
        PcapFile pcap = PcapFile.ethernet();
        for (int i = 0; i < 50; i++) {
            pcap.packet(T, i, dns());
        }
        pcap.packet(T, 100, exportFrame(d[0], 31_337)).packet(T, 101, exportFrame(d[1], 31_337));
        byte[] capture = pcap.toArray();
        assertTrue(new ExportCaptureReader().recognizes(capture));
        assertEquals("flow-export-capture", FlowFormats.withBuiltInFormats().recognize(capture).orElseThrow().id());
        Reading.Result r = Reading.read(new ExportCaptureReader(), capture);
        assertEquals(40, r.flows().size());
        assertEquals(4000, r.flows().stream().mapToLong(f -> f.bytes).sum());
        assertEquals(2, r.report().counter(ExportDecoder.DATAGRAMS));
        assertEquals(50, r.report().counter(ExportPackets.FRAMES_WITHOUT_EXPORT));
        // DNS alone is a packet capture
        PcapFile plain = PcapFile.ethernet().packet(T, 0, dns());
        assertFalse(new ExportCaptureReader().recognizes(plain.toArray()));
        assertEquals("pcap", FlowFormats.withBuiltInFormats().recognize(plain.toArray()).orElseThrow().id());
    }

    @Test
    void aMalformedDatagramIsSkippedWithItsFrameAndTheRestRead() throws IOException {
        byte[][] d = datagrams();
        byte[] bad = d[1].clone();
        bad[19] = (byte) 0xFF; // the first set's length runs past the message
        byte[] capture = PcapFile.ethernet().packet(T, 0, exportFrame(d[0], 2055)).packet(T, 1, exportFrame(bad, 2055))
                .packet(T, 2, exportFrame(d[1], 2055)).toArray();
        Reading.Result r = Reading.read(new ExportCaptureReader(), capture);
        assertEquals(40, r.flows().size());
        ReadReport report = r.report();
        assertEquals(1, report.recordsSkipped());
        assertEquals(1, report.counter(ExportDecoder.MALFORMED));
        FlowDataException problem = report.problems().get(0);
        assertEquals("frame 2", problem.place());
        assertTrue(problem.getMessage().contains("IPFIX set"), problem.getMessage());
    }

    @Test
    void aCaptureCutShortKeepsTheFlowsBeforeAndSaysWhere() throws IOException {
        byte[][] d = datagrams();
        byte[] capture = PcapFile.ethernet().packet(T, 0, exportFrame(d[0], 2055)).packet(T, 1, exportFrame(d[1], 2055)).toArray();
        byte[] cut = Arrays.copyOf(capture, capture.length - 100);
        Reading.Result r = Reading.read(new ExportCaptureReader(), cut);
        assertEquals(20, r.flows().size());
        FlowDataException problem = r.report().problems().get(r.report().problems().size() - 1);
        assertTrue(problem.place().matches("byte \\d+"), problem.place());
        assertTrue(r.report().counter(PacketFlows.BYTES_NOT_READ) > 0);
    }
}
