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
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteOrder;
import java.util.List;
import java.util.stream.Stream;

import org.flowbench.model.FlowRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every link type and encapsulation, one hand-made frame each, in a pcap file and in a pcapng
 * file: the flow comes from the outermost IP header, as Wireshark shows it, or there is none.
 */
class LinkTypeTest {

    private static final long SECONDS = 1_767_600_000L; // 2026-01-05T08:00:00Z
    private static final long MICROS = SECONDS * 1_000_000L + 250_000;

    /** UDP 10.0.0.1:1234 -> 10.0.0.2:53, 32 bytes of IPv4. */
    private static final byte[] IP4 = ipv4(v4(10, 0, 0, 1), v4(10, 0, 0, 2), 17, udp(1234, 53, new byte[] { 1, 2, 3, 4 }));
    /** TCP SYN 2001:db8::1:40000 -> 2001:db8::2:443, 60 bytes of IPv6. */
    private static final byte[] IP6 = ipv6(ipv6Address(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1), ipv6Address(0x2001, 0xdb8, 0, 0, 0, 0, 0, 2), 6,
            tcp(40000, 443, 0x02));
    /** UDP 192.168.7.1:5000 -> 192.168.7.2:6000 inside a pseudowire. */
    private static final byte[] INNER_IP4 = ipv4(v4(192, 168, 7, 1), v4(192, 168, 7, 2), 17, udp(5000, 6000, new byte[0]));
    private static final byte[] ARP = Bytes.parseHex("0001 0800 06 04 0001 02000000000a c0a80001 000000000000 c0a80002");

    private enum Ip {
        V4, V6, INNER_V4, NONE
    }

    static Stream<Arguments> frames() {
        return Stream.of(
                // Ethernet and its tags
                Arguments.of("Ethernet IPv4", LinkTypes.ETHERNET, ethernet(0x0800, IP4), Ip.V4),
                Arguments.of("Ethernet IPv6", LinkTypes.ETHERNET, ethernet(0x86DD, IP6), Ip.V6),
                Arguments.of("Ethernet ARP", LinkTypes.ETHERNET, ethernet(0x0806, ARP), Ip.NONE),
                Arguments.of("Ethernet type IPv6 holding IPv4", LinkTypes.ETHERNET, ethernet(0x86DD, IP4), Ip.NONE),
                Arguments.of("Ethernet type IPv4 holding IPv6", LinkTypes.ETHERNET, ethernet(0x0800, IP6), Ip.NONE),
                Arguments.of("802.1Q", LinkTypes.ETHERNET, ethernet(0x8100, tag(5, 0x0800, IP4)), Ip.V4),
                Arguments.of("802.1ad outer, 802.1Q inner (QinQ)", LinkTypes.ETHERNET, ethernet(0x88A8, tag(100, 0x8100, tag(5, 0x86DD, IP6))), Ip.V6),
                Arguments.of("old QinQ 0x9100", LinkTypes.ETHERNET, ethernet(0x9100, tag(7, 0x8100, tag(5, 0x0800, IP4))), Ip.V4),
                Arguments.of("802.1ad with ARP", LinkTypes.ETHERNET, ethernet(0x88A8, tag(200, 0x8100, tag(2001, 0x0806, ARP))), Ip.NONE),
                Arguments.of("802.1Q cut in its tag", LinkTypes.ETHERNET, ethernet(0x8100, new byte[] { 0, 5 }), Ip.NONE),
                Arguments.of("802.1ah backbone", LinkTypes.ETHERNET,
                        ethernet(0x88E7, Bytes.network().u32(0x00_0001_00L).bytes(ethernet(0x0800, IP4)).toArray()), Ip.V4),
                Arguments.of("802.3 length with LLC/SNAP", LinkTypes.ETHERNET,
                        ethernet(8 + IP4.length, Bytes.concat(Bytes.parseHex("aa aa 03 000000 0800"), IP4)), Ip.V4),
                Arguments.of("802.3 length with a non-IP LLC", LinkTypes.ETHERNET,
                        ethernet(3 + IP4.length, Bytes.concat(Bytes.parseHex("42 42 03"), IP4)), Ip.NONE),
                Arguments.of("PPPoE session", LinkTypes.ETHERNET,
                        ethernet(0x8864, Bytes.network().hex("11 00 0001").u16(2 + IP4.length).u16(0x0021).bytes(IP4).toArray()), Ip.V4),
                // MPLS
                Arguments.of("MPLS IPv4", LinkTypes.ETHERNET, ethernet(0x8847, Bytes.concat(mplsLabel(16, true), IP4)), Ip.V4),
                Arguments.of("MPLS stack of three, IPv6", LinkTypes.ETHERNET,
                        ethernet(0x8847, Bytes.concat(mplsLabel(16, false), mplsLabel(17, false), mplsLabel(2, true), IP6)), Ip.V6),
                Arguments.of("MPLS multicast", LinkTypes.ETHERNET, ethernet(0x8848, Bytes.concat(mplsLabel(99, true), IP4)), Ip.V4),
                Arguments.of("802.1Q then MPLS", LinkTypes.ETHERNET, ethernet(0x8100, tag(5, 0x8847, Bytes.concat(mplsLabel(16, true), IP4))), Ip.V4),
                Arguments.of("MPLS Ethernet pseudowire with control word", LinkTypes.ETHERNET,
                        ethernet(0x8847, Bytes.concat(mplsLabel(30, true), new byte[4], ethernet(0x0800, INNER_IP4))), Ip.INNER_V4),
                Arguments.of("MPLS label stack without a bottom", LinkTypes.ETHERNET,
                        ethernet(0x8847, Bytes.concat(mplsLabel(16, false), mplsLabel(17, false))), Ip.NONE),
                // Linux cooked
                Arguments.of("SLL IPv4", LinkTypes.LINUX_SLL, Frames.sll(1, 0x0800, IP4), Ip.V4),
                Arguments.of("SLL 802.1Q IPv6", LinkTypes.LINUX_SLL, Frames.sll(1, 0x8100, tag(5, 0x86DD, IP6)), Ip.V6),
                Arguments.of("SLL IP over GRE device", LinkTypes.LINUX_SLL, Frames.sll(778, 0x0800, IP4), Ip.V4),
                Arguments.of("SLL netlink", LinkTypes.LINUX_SLL, Frames.sll(824, 0x0800, IP4), Ip.NONE),
                Arguments.of("SLL2 IPv6", LinkTypes.LINUX_SLL2, Frames.sll2(0x86DD, 1, IP6), Ip.V6),
                Arguments.of("SLL2 IPv4", LinkTypes.LINUX_SLL2, Frames.sll2(0x0800, 772, IP4), Ip.V4),
                // raw IP, every number
                Arguments.of("raw 101 IPv4", LinkTypes.RAW, IP4, Ip.V4),
                Arguments.of("raw 101 IPv6", LinkTypes.RAW, IP6, Ip.V6),
                Arguments.of("raw 101 version 5", LinkTypes.RAW, Bytes.concat(new byte[] { 0x55 }, IP4), Ip.NONE),
                Arguments.of("raw 101 PPP in HDLC framing", LinkTypes.RAW, Bytes.concat(Bytes.parseHex("ff03 0021"), IP4), Ip.V4),
                Arguments.of("raw 12 (BSD)", LinkTypes.RAW_BSD_12, IP4, Ip.V4),
                Arguments.of("raw 14 (BSD/OS)", LinkTypes.RAW_BSD_14, IP6, Ip.V6),
                Arguments.of("raw IPv4 228", LinkTypes.IPV4, IP4, Ip.V4),
                Arguments.of("raw IPv4 228 holding IPv6", LinkTypes.IPV4, IP6, Ip.NONE),
                Arguments.of("raw IPv6 229", LinkTypes.IPV6, IP6, Ip.V6),
                Arguments.of("raw IPv6 229 holding IPv4", LinkTypes.IPV6, IP4, Ip.NONE),
                // loopback
                Arguments.of("BSD null, little-endian AF_INET", LinkTypes.NULL, Frames.nullHeader(2, ByteOrder.LITTLE_ENDIAN, IP4), Ip.V4),
                Arguments.of("BSD null, big-endian AF_INET", LinkTypes.NULL, Frames.nullHeader(2, ByteOrder.BIG_ENDIAN, IP4), Ip.V4),
                Arguments.of("BSD null, AF_INET6 of NetBSD", LinkTypes.NULL, Frames.nullHeader(24, ByteOrder.LITTLE_ENDIAN, IP6), Ip.V6),
                Arguments.of("BSD null, AF_INET6 of FreeBSD", LinkTypes.NULL, Frames.nullHeader(28, ByteOrder.BIG_ENDIAN, IP6), Ip.V6),
                Arguments.of("BSD null, AF_INET6 of macOS", LinkTypes.NULL, Frames.nullHeader(30, ByteOrder.LITTLE_ENDIAN, IP6), Ip.V6),
                Arguments.of("BSD null, AF_INET6 of Linux is not known", LinkTypes.NULL, Frames.nullHeader(10, ByteOrder.LITTLE_ENDIAN, IP6), Ip.NONE),
                Arguments.of("BSD null, an Ethernet type", LinkTypes.NULL, Frames.nullHeader(0x0800, ByteOrder.BIG_ENDIAN, IP4), Ip.V4),
                Arguments.of("BSD null, AF_INET in 16 bits, byte-swapped", LinkTypes.NULL, Bytes.concat(Bytes.parseHex("00020000"), IP4), Ip.V4),
                Arguments.of("OpenBSD loop AF_INET", LinkTypes.LOOP, Frames.nullHeader(2, ByteOrder.BIG_ENDIAN, IP4), Ip.V4),
                Arguments.of("OpenBSD loop AF_INET6", LinkTypes.LOOP, Frames.nullHeader(24, ByteOrder.BIG_ENDIAN, IP6), Ip.V6),
                Arguments.of("OpenBSD loop is always big-endian", LinkTypes.LOOP, Frames.nullHeader(2, ByteOrder.LITTLE_ENDIAN, IP4), Ip.NONE),
                // PPP and HDLC
                Arguments.of("PPP with address and control", LinkTypes.PPP, Bytes.concat(Bytes.parseHex("ff03 0021"), IP4), Ip.V4),
                Arguments.of("PPP with a compressed protocol", LinkTypes.PPP, Bytes.concat(Bytes.parseHex("21"), IP4), Ip.V4),
                Arguments.of("PPP in HDLC framing, IPv6", LinkTypes.PPP_HDLC, Bytes.concat(Bytes.parseHex("ff03 0057"), IP6), Ip.V6),
                Arguments.of("Cisco HDLC", LinkTypes.C_HDLC, Bytes.concat(Bytes.parseHex("0f00 0800"), IP4), Ip.V4),
                // a link type that is not decoded
                Arguments.of("IEEE 802.11 is not decoded", 105, ethernet(0x0800, IP4), Ip.NONE));
    }

    private static List<FlowRecord> expected(Ip ip, int frameLength) {
        return switch (ip) {
            case V4 -> List.of(Reading.flow(MICROS, MICROS, "10.0.0.1", "10.0.0.2", 1234, 53, 17, frameLength, 1, 0));
            case V6 -> List.of(Reading.flow(MICROS, MICROS, "2001:db8::1", "2001:db8::2", 40000, 443, 6, frameLength, 1, 0x02));
            case INNER_V4 -> List.of(Reading.flow(MICROS, MICROS, "192.168.7.1", "192.168.7.2", 5000, 6000, 17, frameLength, 1, 0));
            case NONE -> List.of();
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void pcap(String name, int linkType, byte[] frame, Ip ip) throws Exception {
        Reading.Result r = Reading.pcap(PcapFile.of(ByteOrder.LITTLE_ENDIAN, false, linkType).packet(SECONDS, 250_000, frame).toArray());
        check(r, ip, frame.length);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void pcapng(String name, int linkType, byte[] frame, Ip ip) throws Exception {
        // the interface that matters comes second, so the link type must be the packet's interface's
        PcapngFile file = PcapngFile.of(ByteOrder.BIG_ENDIAN).iface(LinkTypes.ETHERNET == linkType ? LinkTypes.RAW : LinkTypes.ETHERNET, 0)
                .iface(linkType, 0).enhanced(1, MICROS, frame);
        check(Reading.pcapng(file.toArray()), ip, frame.length);
    }

    private static void check(Reading.Result r, Ip ip, int frameLength) {
        assertEquals(expected(ip, frameLength), r.flows());
        assertEquals(1, r.frames());
        assertEquals(frameLength, r.frameBytes());
        assertEquals(ip == Ip.NONE ? 1 : 0, r.framesWithoutIp());
    }
}
