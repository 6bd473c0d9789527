package org.flowbench.io.internal.pcap;

import static org.flowbench.io.internal.pcap.Frames.ethernet;
import static org.flowbench.io.internal.pcap.Frames.ipv4;
import static org.flowbench.io.internal.pcap.Frames.udp;
import static org.flowbench.io.internal.pcap.Frames.v4;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.flowbench.model.FlowRecord;
import org.junit.jupiter.api.Test;

/** How packets are cut into flows: by 5-tuple within intervals of the active timeout. */
class FlowIntervalTest {

    private static final long SECONDS = 1_767_600_000L;
    private static final long MICROS = SECONDS * 1_000_000L;
    private static final byte[] FRAME = ethernet(0x0800, ipv4(v4(10, 1, 1, 1), v4(10, 2, 2, 2), 17, udp(9, 9, new byte[10])));

    @Test
    void aFlowEndsAtEverySecondBoundary() throws Exception {
        byte[] capture = PcapFile.ethernet().packet(SECONDS, 999_999, FRAME).packet(SECONDS + 1, 0, FRAME).packet(SECONDS + 1, 500_000, FRAME)
                .packet(SECONDS + 3, 1, FRAME).toArray();
        int n = FRAME.length;
        assertEquals(List.of(
                Reading.flow(MICROS + 999_999, MICROS + 999_999, "10.1.1.1", "10.2.2.2", 9, 9, 17, n, 1, 0),
                Reading.flow(MICROS + 1_000_000, MICROS + 1_500_000, "10.1.1.1", "10.2.2.2", 9, 9, 17, 2 * n, 2, 0),
                Reading.flow(MICROS + 3_000_001, MICROS + 3_000_001, "10.1.1.1", "10.2.2.2", 9, 9, 17, n, 1, 0)), Reading.pcap(capture).flows());
    }

    @Test
    void packetsOutOfOrderNeverMakeAFlowSpanTwoSeconds() throws Exception {
        byte[] capture = PcapFile.ethernet().packet(SECONDS + 1, 10, FRAME).packet(SECONDS, 20, FRAME).packet(SECONDS + 1, 5, FRAME).toArray();
        int n = FRAME.length;
        assertEquals(List.of(
                Reading.flow(MICROS + 1_000_010, MICROS + 1_000_010, "10.1.1.1", "10.2.2.2", 9, 9, 17, n, 1, 0),
                Reading.flow(MICROS + 20, MICROS + 20, "10.1.1.1", "10.2.2.2", 9, 9, 17, n, 1, 0),
                Reading.flow(MICROS + 1_000_005, MICROS + 1_000_005, "10.1.1.1", "10.2.2.2", 9, 9, 17, n, 1, 0)), Reading.pcap(capture).flows());
    }

    @Test
    void theTimeoutIsConfigurable() throws Exception {
        byte[] capture = PcapFile.ethernet().packet(SECONDS, 0, FRAME).packet(SECONDS + 59, 0, FRAME).packet(SECONDS + 60, 0, FRAME).toArray();
        // SECONDS is a multiple of 60: the minute starts with the first packet
        Reading.Result r = Reading.read(new PcapReader(60_000_000L), capture);
        assertEquals(List.of(MICROS, MICROS + 60_000_000), r.flows().stream().map(f -> f.startMicros).toList());
        assertEquals(List.of(2L, 1L), r.flows().stream().map(f -> f.packets).toList());
        assertEquals(60_000_000L, FlowTimeout.parse("1m"));
        assertEquals(250_000L, FlowTimeout.parse("250ms"));
        assertEquals(2_000_000L, FlowTimeout.parse("2"));
        assertEquals(7_200_000_000L, FlowTimeout.parse("2h"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FlowTimeout.parse("0s")).getMessage().contains(FlowTimeout.PROPERTY));
        assertThrows(IllegalArgumentException.class, () -> FlowTimeout.parse("soon"));
    }

    /** More flows in one interval than the table holds: they end early, in order, and no packet is lost. */
    @Test
    void aFullTableEndsItsFlowsEarlyAndLosesNothing() {
        int flows = FlowTable.MAX_FLOWS + 1000;
        long[] count = { 0, 0 };
        long[] lastSource = { -1 };
        PacketFlows packets = new PacketFlows(FlowTimeout.DEFAULT_MICROS, new SinkOutput(f -> {
            assertTrue(f.sourceLow > lastSource[0], "flows in the order of their first packets");
            lastSource[0] = f.sourceLow;
            assertEquals(MICROS, f.startMicros);
            count[0]++;
            count[1] += f.packets;
        }, org.flowbench.model.Progress.NONE));
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(ipv4(0, v4(10, 2, 2, 2), 17, udp(9, 9, new byte[0])));
        for (int i = 0; i < flows; i++) {
            b.putInt(12, i); // a new source each time
            packets.packet(b, 0, b.capacity(), b.capacity(), MICROS, LinkTypes.RAW, 0);
        }
        packets.finish(0);
        assertEquals(flows, count[0]);
        assertEquals(flows, count[1]);
        assertEquals(flows, packets.flows);
    }

    /**
     * The promise of the 1-second timeout: bytes over time at 1-second buckets, counting each flow
     * in the second it starts, equals the frame lengths summed per second, for random traffic out
     * of order.
     */
    @Test
    void bytesPerSecondOfTheFlowsEqualTheFrameBytesPerSecond() throws Exception {
        Random random = new Random(11);
        PcapFile file = PcapFile.ethernet();
        Map<Long, Long> framesPerSecond = new TreeMap<>();
        for (int i = 0; i < 5_000; i++) {
            long second = SECONDS + random.nextInt(30);
            int length = 60 + random.nextInt(1400);
            byte[] frame = ethernet(0x0800, ipv4(v4(10, 0, 0, random.nextInt(4)), v4(10, 0, 1, random.nextInt(4)), 17,
                    udp(1000 + random.nextInt(3), 53, new byte[0])));
            file.packet(second, random.nextInt(1_000_000), frame, frame.length, length);
            framesPerSecond.merge(second, (long) length, Long::sum);
        }
        Map<Long, Long> flowsPerSecond = new TreeMap<>();
        for (FlowRecord f : Reading.pcap(file.toArray()).flows()) {
            assertEquals(f.startMicros / 1_000_000, f.endMicros / 1_000_000, "a flow within one second");
            flowsPerSecond.merge(f.startMicros / 1_000_000, f.bytes, Long::sum);
        }
        assertEquals(framesPerSecond, flowsPerSecond);
    }
}
