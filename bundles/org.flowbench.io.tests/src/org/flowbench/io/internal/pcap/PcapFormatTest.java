package org.flowbench.io.internal.pcap;

import static org.flowbench.io.internal.pcap.Frames.ethernet;
import static org.flowbench.io.internal.pcap.Frames.ipv4;
import static org.flowbench.io.internal.pcap.Frames.udp;
import static org.flowbench.io.internal.pcap.Frames.v4;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

import org.flowbench.model.FlowDataException;
import org.flowbench.model.FlowRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The libpcap format: byte orders, time resolutions, versions, snapshot lengths and damage. */
class PcapFormatTest {

    private static final long SECONDS = 1_767_600_000L;
    private static final long MICROS = SECONDS * 1_000_000L;
    private static final byte[] FRAME = ethernet(0x0800, ipv4(v4(10, 1, 1, 1), v4(10, 2, 2, 2), 17, udp(9, 9, new byte[10])));
    private static final int N = FRAME.length;

    private static FlowRecord flowAt(long micros, long bytes) {
        return Reading.flow(micros, micros, "10.1.1.1", "10.2.2.2", 9, 9, 17, bytes, 1, 0);
    }

    @ParameterizedTest(name = "{0}, nanoseconds {1}")
    @CsvSource({ "LITTLE_ENDIAN, false", "BIG_ENDIAN, false", "LITTLE_ENDIAN, true", "BIG_ENDIAN, true" })
    void bothByteOrdersAndBothResolutions(String order, boolean nanos) throws Exception {
        ByteOrder o = order.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        byte[] capture = PcapFile.of(o, nanos, LinkTypes.ETHERNET).packet(SECONDS, nanos ? 123_456_789 : 123_456, FRAME).toArray();
        assertTrue(new PcapReader().recognizes(capture));
        assertFalse(new PcapngReader().recognizes(capture));
        assertEquals(List.of(flowAt(MICROS + 123_456, N)), Reading.pcap(capture).flows());
    }

    @Test
    void snapshotLengthCutsFramesThatCountWhole() throws Exception {
        byte[] capture = PcapFile.ethernet().packet(SECONDS, 0, FRAME, 34, 1514).packet(SECONDS, 1, FRAME, 20, 60).toArray();
        Reading.Result r = Reading.pcap(capture);
        // the first still has its IPv4 addresses (14 + 20 bytes), not its ports; the second has no addresses
        assertEquals(List.of(Reading.flow(MICROS, MICROS, "10.1.1.1", "10.2.2.2", 0, 0, 17, 1514, 1, 0)), r.flows());
        assertEquals(2, r.frames());
        assertEquals(1514 + 60, r.frameBytes());
        assertEquals(2, r.report().counter(PacketFlows.TRUNCATED_FRAMES));
        assertEquals(1, r.framesWithoutIp());
    }

    @Test
    void versionsBefore2Point3HaveTheLengthsTheOtherWayRound() throws Exception {
        for (int minor : new int[] { 0, 1, 2 }) {
            byte[] capture = PcapFile.version(ByteOrder.LITTLE_ENDIAN, LinkTypes.ETHERNET, 2, minor).packet(SECONDS, 0, FRAME, N, 9000).toArray();
            assertEquals(List.of(flowAt(MICROS, 9000)), Reading.pcap(capture).flows(), "2." + minor);
        }
        byte[] dgux = PcapFile.version(ByteOrder.BIG_ENDIAN, LinkTypes.ETHERNET, 543, 0).packet(SECONDS, 0, FRAME, N, 9000).toArray();
        assertEquals(List.of(flowAt(MICROS, 9000)), Reading.pcap(dgux).flows());
    }

    @Test
    void version2Point3SwapsOnlyWhereTheCapturedLengthIsTheLarger() throws Exception {
        byte[] capture = Bytes.concat(PcapFile.version(ByteOrder.LITTLE_ENDIAN, LinkTypes.ETHERNET, 2, 3).toArray(),
                new Bytes(ByteOrder.LITTLE_ENDIAN).u32(SECONDS).u32(0).u32(N).u32(9000).bytes(FRAME).toArray(), // as 2.4 writes it
                new Bytes(ByteOrder.LITTLE_ENDIAN).u32(SECONDS).u32(1).u32(9000).u32(N).bytes(FRAME).toArray()); // as 2.2 wrote it
        assertEquals(List.of(Reading.flow(MICROS, MICROS + 1, "10.1.1.1", "10.2.2.2", 9, 9, 17, 18000, 2, 0)), Reading.pcap(capture).flows());
    }

    @Test
    void theFcsBitsOfTheLinkTypeFieldAreNotTheType() throws Exception {
        byte[] capture = PcapFile.of(ByteOrder.LITTLE_ENDIAN, false, 0x1400_0001).packet(SECONDS, 0, FRAME).toArray();
        assertEquals(List.of(flowAt(MICROS, N)), Reading.pcap(capture).flows());
    }

    @Test
    void anEmptyCaptureHasNoFlowsAndNoProblem() throws Exception {
        Reading.Result r = Reading.pcap(PcapFile.ethernet().toArray());
        assertEquals(List.of(), r.flows());
        assertEquals(0, r.frames());
        assertEquals(0, r.report().problemCount());
    }

    @Test
    void anUndecodedLinkTypeIsReportedAndItsFramesCounted() throws Exception {
        Reading.Result r = Reading.pcap(PcapFile.of(ByteOrder.LITTLE_ENDIAN, false, 127).packet(SECONDS, 0, FRAME).packet(SECONDS, 1, FRAME)
                .toArray());
        assertEquals(2, r.framesWithoutIp());
        FlowDataException p = r.report().problems().get(0);
        assertEquals("byte 20", p.place());
        assertEquals("link type 127 (IEEE 802.11 radiotap) is not decoded: its frames are counted as frames without IP", p.problem());
    }

    @Test
    void aFileCutInARecordKeepsThePacketsBeforeIt() throws Exception {
        byte[] whole = PcapFile.ethernet().packet(SECONDS, 0, FRAME).packet(SECONDS, 1, FRAME).packet(SECONDS, 2, FRAME).toArray();
        int second = 24 + 16 + N;
        int third = second + 16 + N;
        // cut in the third record's data
        Reading.Result r = Reading.pcap(Arrays.copyOf(whole, third + 16 + 5));
        assertEquals(List.of(Reading.flow(MICROS, MICROS + 1, "10.1.1.1", "10.2.2.2", 9, 9, 17, 2 * N, 2, 0)), r.flows());
        FlowDataException p = r.report().problems().get(0);
        assertEquals("hand-made", p.source());
        assertEquals("byte " + third, p.place());
        assertEquals("the file ends in the middle of a packet (5 of its " + N + " captured bytes are there); the 2 frames before it were read",
                p.problem());
        assertEquals(16 + 5, r.report().counter(PacketFlows.BYTES_NOT_READ));
        // cut in the third record's header
        r = Reading.pcap(Arrays.copyOf(whole, third + 7));
        assertEquals("the file ends in the middle of a packet record (7 of its 16 header bytes are there); the 2 frames before it were read",
                r.report().problems().get(0).problem());
        assertEquals(2, r.frames());
    }

    @Test
    void aRecordLargerThanAnyPacketEndsTheReadingThere() throws Exception {
        byte[] capture = PcapFile.ethernet().packet(SECONDS, 0, FRAME).rawRecord(SECONDS, 1, 0xFFFF_FFF0L, 60, new byte[100]).toArray();
        Reading.Result r = Reading.pcap(capture);
        assertEquals(List.of(flowAt(MICROS, N)), r.flows());
        assertEquals("byte " + (24 + 16 + N), r.report().problems().get(0).place());
        assertTrue(r.report().problems().get(0).problem().startsWith("a packet record says 4294967280 bytes were captured, more than the 262144"),
                r.report().problems().get(0).problem());
    }

    @Test
    void damageBeforeAnyPacketIsAnErrorNamingTheFileAndTheByte() {
        byte[] versionOne = PcapFile.version(ByteOrder.LITTLE_ENDIAN, LinkTypes.ETHERNET, 1, 4).packet(SECONDS, 0, FRAME).toArray();
        FlowDataException e = assertThrows(FlowDataException.class, () -> Reading.stream(new PcapReader(), versionOne));
        assertEquals("hand-made, byte 4: pcap format version 1.4 is not supported: libpcap and Wireshark read version 2 (2.0 to 2.4) only",
                e.getMessage());
        assertEquals(0, e.flowsRead());

        e = assertThrows(FlowDataException.class, () -> Reading.stream(new PcapReader(), Arrays.copyOf(PcapFile.ethernet().toArray(), 20)));
        assertEquals("hand-made, byte 0: the file has 20 bytes, fewer than a pcap file header (24)", e.getMessage());

        byte[] firstCut = Arrays.copyOf(PcapFile.ethernet().packet(SECONDS, 0, FRAME).toArray(), 24 + 16 + 3);
        e = assertThrows(FlowDataException.class, () -> Reading.stream(new PcapReader(), firstCut));
        assertEquals("byte 24", e.place());

        e = assertThrows(FlowDataException.class, () -> Reading.stream(new PcapReader(), "timestamp,source,destination,bytes\n".getBytes()));
        assertTrue(e.problem().startsWith("not a pcap file"), e.getMessage());
    }
}
