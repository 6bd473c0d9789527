package org.flowbench.io.internal.pcap;

import static org.flowbench.io.internal.pcap.Frames.ethernet;
import static org.flowbench.io.internal.pcap.Frames.ipv4;
import static org.flowbench.io.internal.pcap.Frames.ipv6;
import static org.flowbench.io.internal.pcap.Frames.ipv6Address;
import static org.flowbench.io.internal.pcap.Frames.mplsLabel;
import static org.flowbench.io.internal.pcap.Frames.tag;
import static org.flowbench.io.internal.pcap.Frames.tcp;
import static org.flowbench.io.internal.pcap.Frames.udp;
import static org.flowbench.io.internal.pcap.Frames.v4;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Small valid captures for the fuzz test, with the offsets of their length and count fields, which
 * the test sets to extreme values.
 */
final class FuzzSeeds {

    /** A valid capture and where its structural fields are (offset and width in bytes). */
    record Seed(String name, byte[] bytes, List<int[]> fields) {
    }

    private static final long T = 1_767_600_000L;
    private static final byte[] IP4 = ipv4(v4(10, 0, 0, 1), v4(10, 0, 0, 2), 17, udp(1234, 53, new byte[12]));
    private static final byte[] IP6 = ipv6(ipv6Address(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1), ipv6Address(0x2001, 0xdb8, 0, 0, 0, 0, 0, 2), 0,
            Frames.extension(6, 1, tcp(40000, 443, 0x12)));

    private FuzzSeeds() {
    }

    private static List<byte[]> ethernetFrames() {
        return List.of(ethernet(0x0800, IP4), ethernet(0x86DD, IP6), ethernet(0x8100, tag(5, 0x0800, IP4)),
                ethernet(0x88A8, tag(9, 0x8100, tag(5, 0x86DD, IP6))), ethernet(0x8847, Bytes.concat(mplsLabel(16, false), mplsLabel(3, true),
                        new byte[4], ethernet(0x0800, IP4))),
                ethernet(0x0806, new byte[28]), ethernet(0x0800, ipv4(v4(1, 2, 3, 4), v4(5, 6, 7, 8), 6, 0, Bytes.parseHex("01010100"),
                        tcp(1, 2, 0x02))));
    }

    static List<Seed> pcap() {
        List<Seed> seeds = new ArrayList<>();
        PcapFile eth = PcapFile.ethernet();
        int i = 0;
        for (byte[] f : ethernetFrames()) {
            eth.packet(T + i, i * 1000, f);
            eth.packet(T + i, i * 1000 + 1, f, Math.min(f.length, 40), 1514);
            i++;
        }
        seeds.add(pcapSeed("ethernet little-endian", eth.toArray(), ByteOrder.LITTLE_ENDIAN));
        PcapFile sll = PcapFile.of(ByteOrder.BIG_ENDIAN, true, LinkTypes.LINUX_SLL);
        sll.packet(T, 5, Frames.sll(1, 0x0800, IP4)).packet(T, 6, Frames.sll(1, 0x86DD, IP6)).packet(T + 2, 7, Frames.sll(1, 0x8100,
                tag(3, 0x0800, IP4)));
        seeds.add(pcapSeed("linux cooked big-endian nanoseconds", sll.toArray(), ByteOrder.BIG_ENDIAN));
        PcapFile raw = PcapFile.of(ByteOrder.LITTLE_ENDIAN, false, LinkTypes.RAW);
        raw.packet(T, 1, IP4).packet(T, 2, IP6).packet(T, 3, IP4);
        seeds.add(pcapSeed("raw", raw.toArray(), ByteOrder.LITTLE_ENDIAN));
        PcapFile loop = PcapFile.of(ByteOrder.LITTLE_ENDIAN, false, LinkTypes.NULL);
        loop.packet(T, 1, Frames.nullHeader(2, ByteOrder.LITTLE_ENDIAN, IP4)).packet(T, 2, Frames.nullHeader(30, ByteOrder.LITTLE_ENDIAN, IP6));
        seeds.add(pcapSeed("null", loop.toArray(), ByteOrder.LITTLE_ENDIAN));
        return seeds;
    }

    /** The header's version, snapshot length and link type, and each record's two lengths. */
    private static Seed pcapSeed(String name, byte[] bytes, ByteOrder order) {
        List<int[]> fields = new ArrayList<>();
        fields.add(new int[] { 4, 2 });
        fields.add(new int[] { 16, 4 });
        fields.add(new int[] { 20, 4 });
        ByteBuffer b = ByteBuffer.wrap(bytes).order(order);
        for (int p = 24; p + 16 <= bytes.length;) {
            fields.add(new int[] { p + 8, 4 });
            fields.add(new int[] { p + 12, 4 });
            p += 16 + b.getInt(p + 8);
        }
        return new Seed(name, bytes, fields);
    }

    static List<Seed> pcapng() {
        List<Seed> seeds = new ArrayList<>();
        PcapngFile le = PcapngFile.of(ByteOrder.LITTLE_ENDIAN).iface(LinkTypes.ETHERNET, 0, 9, 0).iface(LinkTypes.RAW, 64, 0x80 | 20, 100);
        int i = 0;
        for (byte[] f : ethernetFrames()) {
            le.enhanced(0, (T + i) * 1_000_000_000L + i, f);
            i++;
        }
        le.enhanced(1, (T << 20) + 5, IP6).simple(ethernet(0x0800, IP4), 90).obsolete(0, T * 1_000_000_000L, ethernet(0x86DD, IP6))
                .block(5, new byte[20]).block(0x0BAD, new byte[8]);
        seeds.add(pcapngSeed("little-endian, two interfaces", le.toArray()));
        PcapngFile two = PcapngFile.of(ByteOrder.BIG_ENDIAN).iface(LinkTypes.LINUX_SLL2, 0).enhanced(0, T * 1_000_000L, Frames.sll2(0x0800, 1, IP4))
                .section(ByteOrder.LITTLE_ENDIAN).iface(LinkTypes.NULL, 0).enhanced(0, T * 1_000_000L + 1, Frames.nullHeader(24,
                        ByteOrder.BIG_ENDIAN, IP6));
        seeds.add(pcapngSeed("two sections in both byte orders", two.toArray()));
        return seeds;
    }

    /** Each block's two lengths, the section header's version, and the fields of packet blocks and options. */
    private static Seed pcapngSeed(String name, byte[] bytes) {
        List<int[]> fields = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(bytes);
        for (int p = 0; p + 12 <= bytes.length;) {
            if (b.getInt(p) == 0x0A0D0D0A) {
                boolean big = ByteBuffer.wrap(bytes).getInt(p + 8) == 0x1A2B3C4D; // the byte-order magic, read big-endian
                b.order(big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
                fields.add(new int[] { p + 12, 2 });
            }
            int type = b.getInt(p);
            int length = b.getInt(p + 4);
            fields.add(new int[] { p + 4, 4 });
            fields.add(new int[] { p + length - 4, 4 });
            if (type == 6 || type == 2) {
                fields.add(new int[] { p + 8, type == 6 ? 4 : 2 });
                fields.add(new int[] { p + 20, 4 });
                fields.add(new int[] { p + 24, 4 });
            } else if (type == 3) {
                fields.add(new int[] { p + 8, 4 });
            }
            int optionsAt = type == 0x0A0D0D0A ? 24 : type == 1 ? 16 : -1;
            if (optionsAt > 0) {
                for (int o = p + optionsAt; o + 4 <= p + length - 4;) {
                    fields.add(new int[] { o + 2, 2 });
                    if (b.getShort(o) == 0) {
                        break;
                    }
                    o += 4 + ((b.getShort(o + 2) + 3) & ~3);
                }
            }
            p += length;
        }
        return new Seed(name, bytes, fields);
    }
}
