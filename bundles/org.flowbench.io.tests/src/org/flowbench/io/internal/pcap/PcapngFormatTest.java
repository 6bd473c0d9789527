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

/** The pcapng format: sections, interfaces and their time resolutions, the packet blocks, options, damage. */
class PcapngFormatTest {

    private static final long SECONDS = 1_767_600_000L;
    private static final long MICROS = SECONDS * 1_000_000L;
    private static final byte[] FRAME = ethernet(0x0800, ipv4(v4(10, 1, 1, 1), v4(10, 2, 2, 2), 17, udp(9, 9, new byte[10])));
    private static final byte[] RAW = ipv4(v4(10, 3, 3, 3), v4(10, 4, 4, 4), 6, Frames.tcp(1, 2, 0x04));
    private static final int N = FRAME.length;

    private static FlowRecord flowAt(long micros, long bytes, long packets) {
        return Reading.flow(micros, micros, "10.1.1.1", "10.2.2.2", 9, 9, 17, bytes, packets, 0);
    }

    @Test
    void bothByteOrdersAreRecognizedAndRead() throws Exception {
        for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
            byte[] capture = PcapngFile.of(order).iface(LinkTypes.ETHERNET, 65535).enhanced(0, MICROS + 7, FRAME).toArray();
            assertTrue(new PcapngReader().recognizes(capture));
            assertFalse(new PcapReader().recognizes(capture));
            assertEquals(List.of(flowAt(MICROS + 7, N, 1)), Reading.pcapng(capture).flows(), order.toString());
        }
    }

    @Test
    void eachInterfaceHasItsLinkTypeAndTimeResolution() throws Exception {
        long nanos = SECONDS * 1_000_000_000L + 123_456_789;
        long millis = SECONDS * 1_000L + 42;
        long binary = (SECONDS << 10) + 512; // 2^-10 seconds: 512 units are half a second
        byte[] capture = PcapngFile.of(ByteOrder.LITTLE_ENDIAN)
                .iface(LinkTypes.ETHERNET, 0, 9, 0) // nanoseconds
                .iface(LinkTypes.RAW, 0, 3, 0) // milliseconds
                .iface(LinkTypes.ETHERNET, 0, 0x80 | 10, 0) // 2^-10 seconds
                .iface(LinkTypes.ETHERNET, 0, 6, 3600) // microseconds, an hour ahead of the timestamps
                .enhanced(0, nanos, FRAME).enhanced(1, millis, RAW).enhanced(2, binary, FRAME).enhanced(3, MICROS, FRAME).toArray();
        List<FlowRecord> flows = Reading.pcapng(capture).flows();
        // the first and third packets are of one flow within one second
        assertEquals(List.of(Reading.flow(MICROS + 123_456, MICROS + 500_000, "10.1.1.1", "10.2.2.2", 9, 9, 17, 2 * N, 2, 0),
                Reading.flow(MICROS + 42_000, MICROS + 42_000, "10.3.3.3", "10.4.4.4", 1, 2, 6, RAW.length, 1, 0x04),
                flowAt(MICROS + 3_600_000_000L, N, 1)), flows);
    }

    @Test
    void simpleAndObsoletePacketBlocks() throws Exception {
        byte[] capture = PcapngFile.of(ByteOrder.BIG_ENDIAN).iface(LinkTypes.ETHERNET, 36).enhanced(0, MICROS + 5, FRAME).simple(FRAME, 1000)
                .obsolete(0, MICROS + 9, FRAME).toArray();
        Reading.Result r = Reading.pcapng(capture);
        // the simple packet has the last packet's time, and only the interface's 36 bytes (its ports are cut off)
        assertEquals(List.of(Reading.flow(MICROS + 5, MICROS + 9, "10.1.1.1", "10.2.2.2", 9, 9, 17, 2 * N, 2, 0),
                Reading.flow(MICROS + 5, MICROS + 5, "10.1.1.1", "10.2.2.2", 0, 0, 17, 1000, 1, 0)), r.flows());
        assertEquals(3, r.frames());
        assertEquals(1, r.report().counter(PacketFlows.TRUNCATED_FRAMES));
    }

    @Test
    void sectionsHaveTheirOwnByteOrderAndInterfaces() throws Exception {
        byte[] capture = PcapngFile.of(ByteOrder.LITTLE_ENDIAN).iface(LinkTypes.ETHERNET, 0).enhanced(0, MICROS, FRAME)
                .section(ByteOrder.BIG_ENDIAN).iface(LinkTypes.RAW, 0).enhanced(0, MICROS + 1, RAW)
                .section(ByteOrder.LITTLE_ENDIAN).enhanced(0, MICROS + 2, FRAME) // no interface in this section
                .iface(LinkTypes.ETHERNET, 0).enhanced(0, MICROS + 3, FRAME).toArray();
        Reading.Result r = Reading.pcapng(capture);
        assertEquals(List.of(Reading.flow(MICROS, MICROS + 3, "10.1.1.1", "10.2.2.2", 9, 9, 17, 2 * N, 2, 0),
                Reading.flow(MICROS + 1, MICROS + 1, "10.3.3.3", "10.4.4.4", 1, 2, 6, RAW.length, 1, 0x04)), r.flows());
        assertEquals(1, r.report().recordsSkipped());
        assertEquals("a packet of interface 0, but the section describes 0; skipped", r.report().problems().get(0).problem());
    }

    @Test
    void otherBlocksAreSkipped() throws Exception {
        byte[] capture = PcapngFile.of(ByteOrder.LITTLE_ENDIAN).iface(LinkTypes.ETHERNET, 0)
                .block(4, new Bytes(ByteOrder.LITTLE_ENDIAN).u16(1).u16(8).hex("0a000001 6e616d65").u16(0).u16(0).toArray()) // name resolution
                .block(5, new byte[24]) // interface statistics
                .block(0x0BAD, new byte[40]) // custom
                .enhanced(0, MICROS, FRAME).toArray();
        Reading.Result r = Reading.pcapng(capture);
        assertEquals(List.of(flowAt(MICROS, N, 1)), r.flows());
        assertEquals(0, r.report().problemCount());
    }

    @Test
    void aPacketLongerThanItsBlockIsSkippedAndTheReadingGoesOn() throws Exception {
        PcapngFile file = PcapngFile.of(ByteOrder.LITTLE_ENDIAN).iface(LinkTypes.ETHERNET, 0);
        int bad = file.toArray().length;
        byte[] capture = file.block(6, new Bytes(ByteOrder.LITTLE_ENDIAN).u32(0).u32(0).u32(0).u32(9999).u32(9999).bytes(new byte[8]).toArray())
                .enhanced(0, MICROS, FRAME).toArray();
        Reading.Result r = Reading.pcapng(capture);
        assertEquals(List.of(flowAt(MICROS, N, 1)), r.flows());
        assertEquals(1, r.report().recordsSkipped());
        assertEquals("byte " + bad, r.report().problems().get(0).place());
        assertEquals("a packet block says 9999 bytes were captured, more than its 40 bytes hold; skipped", r.report().problems().get(0).problem());
    }

    @Test
    void brokenFramingEndsTheReadingAndKeepsWhatCameBefore() throws Exception {
        PcapngFile file = PcapngFile.of(ByteOrder.LITTLE_ENDIAN).iface(LinkTypes.ETHERNET, 0).enhanced(0, MICROS, FRAME);
        int at = file.toArray().length;
        byte[] good = file.enhanced(0, MICROS + 1, FRAME).toArray();

        byte[] badTrailer = good.clone();
        badTrailer[good.length - 4] ^= 1;
        Reading.Result r = Reading.pcapng(badTrailer);
        assertEquals(List.of(flowAt(MICROS, N, 1)), r.flows());
        assertEquals("byte " + (good.length - 4), r.report().problems().get(0).place());
        assertTrue(r.report().problems().get(0).problem().startsWith("the block's trailing length"), r.report().problems().get(0).problem());

        byte[] oddLength = good.clone();
        oddLength[at + 4] += 2;
        r = Reading.pcapng(oddLength);
        assertEquals("byte " + (at + 4), r.report().problems().get(0).place());
        assertTrue(r.report().problems().get(0).problem().contains("is not a multiple of 4"));

        r = Reading.pcapng(Arrays.copyOf(good, good.length - 3));
        assertEquals(List.of(flowAt(MICROS, N, 1)), r.flows());
        assertEquals("byte " + at, r.report().problems().get(0).place());
        assertTrue(r.report().problems().get(0).problem().startsWith("the file ends in the middle of a block"));
        assertEquals(good.length - 3 - at, r.report().counter(PacketFlows.BYTES_NOT_READ));
    }

    @Test
    void anOptionRunningPastItsBlockIsAnError() {
        // a section header whose first option claims more bytes than the block has
        byte[] capture = new Bytes(ByteOrder.LITTLE_ENDIAN).u32(0x0A0D0D0A).u32(36).u32(0x1A2B3C4D).u16(1).u16(0).u64(-1)
                .u16(1).u16(400).u32(0).u32(36).toArray();
        FlowDataException e = assertThrows(FlowDataException.class, () -> Reading.stream(new PcapngReader(), capture));
        assertEquals("byte 24", e.place());
        assertEquals("an option (code 1) of 400 bytes runs past the end of its section header block at byte 0", e.problem());
    }

    @Test
    void damageBeforeAnyPacketIsAnError() {
        byte[] wrongMagic = PcapngFile.of(ByteOrder.LITTLE_ENDIAN).toArray();
        wrongMagic[8] = 0x11;
        FlowDataException e = assertThrows(FlowDataException.class, () -> Reading.stream(new PcapngReader(), wrongMagic));
        assertEquals("byte 8", e.place());

        byte[] version2 = PcapngFile.of(ByteOrder.BIG_ENDIAN).toArray();
        version2[13] = 2;
        e = assertThrows(FlowDataException.class, () -> Reading.stream(new PcapngReader(), version2));
        assertEquals("hand-made, byte 12: pcapng version 2.0 is not supported (1.x is)", e.getMessage());

        byte[] noSection = PcapngFile.of(ByteOrder.LITTLE_ENDIAN).iface(1, 0).toArray();
        byte[] interfaceFirst = Arrays.copyOfRange(noSection, noSection.length - 20, noSection.length);
        e = assertThrows(FlowDataException.class, () -> Reading.stream(new PcapngReader(), interfaceFirst));
        assertTrue(e.problem().startsWith("not a pcapng file"), e.getMessage());
    }
}
