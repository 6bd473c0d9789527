package org.flowbench.io.internal.pcap;

import static org.flowbench.io.internal.pcap.Frames.authenticationHeader;
import static org.flowbench.io.internal.pcap.Frames.ethernet;
import static org.flowbench.io.internal.pcap.Frames.extension;
import static org.flowbench.io.internal.pcap.Frames.fragmentHeader;
import static org.flowbench.io.internal.pcap.Frames.icmpEcho;
import static org.flowbench.io.internal.pcap.Frames.ipv4;
import static org.flowbench.io.internal.pcap.Frames.ipv6;
import static org.flowbench.io.internal.pcap.Frames.ipv6Address;
import static org.flowbench.io.internal.pcap.Frames.tcp;
import static org.flowbench.io.internal.pcap.Frames.udp;
import static org.flowbench.io.internal.pcap.Frames.v4;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.flowbench.model.FlowRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** IPv4 and IPv6 (with extension headers) and what the transport gives a flow: ports and TCP flags. */
class IpTransportTest {

    private static final long SECONDS = 1_767_600_000L;
    private static final long MICROS = SECONDS * 1_000_000L;
    private static final int A = v4(198, 51, 100, 7);
    private static final int B = v4(203, 0, 113, 9);
    private static final byte[] A6 = ipv6Address(0x2001, 0xdb8, 0xaaaa, 0, 0, 0, 0, 7);
    private static final byte[] B6 = ipv6Address(0xfe80, 0, 0, 0, 0x0211, 0x22ff, 0xfe33, 0x4455);
    private static final String A6_TEXT = "2001:db8:aaaa::7";
    private static final String B6_TEXT = "fe80::211:22ff:fe33:4455";

    /** name, IP packet, expected source port, destination port, protocol, TCP flags; addresses are A to B. */
    static Stream<Arguments> ipv4Packets() {
        return Stream.of(
                Arguments.of("TCP", ipv4(A, B, 6, tcp(51000, 443, 0x18)), 51000, 443, 6, 0x18),
                Arguments.of("UDP", ipv4(A, B, 17, udp(5353, 5353, new byte[8])), 5353, 5353, 17, 0),
                Arguments.of("ICMP has no ports", ipv4(A, B, 1, icmpEcho()), 0, 0, 1, 0),
                Arguments.of("GRE by its number", ipv4(A, B, 47, Bytes.parseHex("0000 0800")), 0, 0, 47, 0),
                Arguments.of("SCTP ports", ipv4(A, B, 132, Bytes.parseHex("0b59 0b5a 00000000 00000000")), 2905, 2906, 132, 0),
                Arguments.of("options before TCP", ipv4(A, B, 6, 0, Bytes.parseHex("01010100"), tcp(1, 2, 0x02)), 1, 2, 6, 0x02),
                Arguments.of("first fragment has ports", ipv4(A, B, 17, 0x2000, new byte[0], udp(7, 9, new byte[16])), 7, 9, 17, 0),
                Arguments.of("later fragment has none", ipv4(A, B, 17, 185, new byte[0], udp(7, 9, new byte[16])), 0, 0, 17, 0),
                Arguments.of("TCP cut after its ports: no flags", Bytes.concat(Bytes.network().hex("45000018 1234 0000 40 06 0000").u32(A).u32(B)
                        .toArray(), Bytes.parseHex("1f90 0050")), 8080, 80, 6, 0),
                Arguments.of("UDP cut before its ports", Bytes.concat(Bytes.network().hex("45000016 1234 0000 40 11 0000").u32(A).u32(B)
                        .toArray(), Bytes.parseHex("1f90")), 0, 0, 17, 0),
                Arguments.of("total length 0 (segmentation offload)", Bytes.concat(Bytes.network().hex("45000000 1234 0000 40 06 0000").u32(A)
                        .u32(B).toArray(), tcp(3, 4, 0x10)), 3, 4, 6, 0x10));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ipv4Packets")
    void ipv4Flows(String name, byte[] packet, int sourcePort, int destinationPort, int protocol, int flags) throws Exception {
        byte[] frame = ethernet(0x0800, packet);
        Reading.Result r = Reading.pcap(PcapFile.ethernet().packet(SECONDS, 0, frame).toArray());
        assertEquals(List.of(Reading.flow(MICROS, MICROS, "198.51.100.7", "203.0.113.9", sourcePort, destinationPort, protocol, frame.length,
                1, flags)), r.flows());
    }

    /** name, payload after the fixed header, its first next-header value, expected ports, protocol, flags. */
    static Stream<Arguments> ipv6Packets() {
        byte[] tcp = tcp(33000, 22, 0x12);
        return Stream.of(
                Arguments.of("TCP", 6, tcp, 33000, 22, 6, 0x12),
                Arguments.of("UDP", 17, udp(546, 547, new byte[4]), 546, 547, 17, 0),
                Arguments.of("ICMPv6 has no ports", 58, Bytes.parseHex("8700 0000 00000000"), 0, 0, 58, 0),
                Arguments.of("hop-by-hop then TCP", 0, extension(6, 1, tcp), 33000, 22, 6, 0x12),
                Arguments.of("hop-by-hop, routing, destination options, UDP", 0,
                        extension(43, 1, extension(60, 3, extension(17, 1, udp(1, 2, new byte[0])))), 1, 2, 17, 0),
                Arguments.of("first fragment has ports", 44, fragmentHeader(6, 0, true, tcp), 33000, 22, 6, 0x12),
                Arguments.of("later fragment has none", 44, fragmentHeader(6, 100, false, tcp), 0, 0, 6, 0),
                Arguments.of("authentication header counts 4-byte words", 51, authenticationHeader(17, 6, udp(500, 4500, new byte[0])), 500,
                        4500, 17, 0),
                Arguments.of("ESP ends the search", 50, Bytes.parseHex("00001000 00000001 deadbeef"), 0, 0, 50, 0),
                Arguments.of("no next header", 59, new byte[0], 0, 0, 59, 0),
                Arguments.of("extension header cut short: its protocol stays", 0, Bytes.parseHex("06"), 0, 0, 0, 0),
                Arguments.of("extension header longer than the frame", 0, java.util.Arrays.copyOf(extension(17, 2, new byte[0]), 8), 0, 0, 17, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ipv6Packets")
    void ipv6Flows(String name, int nextHeader, byte[] payload, int sourcePort, int destinationPort, int protocol, int flags) throws Exception {
        byte[] frame = ethernet(0x86DD, ipv6(A6, B6, nextHeader, payload));
        Reading.Result r = Reading.pcap(PcapFile.ethernet().packet(SECONDS, 0, frame).toArray());
        assertEquals(List.of(Reading.flow(MICROS, MICROS, A6_TEXT, B6_TEXT, sourcePort, destinationPort, protocol, frame.length, 1, flags)),
                r.flows());
    }

    /** Headers of which Wireshark does not show both addresses: no flow, a frame without IP. */
    static Stream<Arguments> notIp() {
        return Stream.of(
                Arguments.of("IPv4 header length below 20", Bytes.network().hex("44000020 1234 0000 40 11 0000").u32(A).u32(B).zeros(12).toArray()),
                Arguments.of("IPv4 total length below its header", Bytes.network().hex("4500000a 1234 0000 40 11 0000").u32(A).u32(B).toArray()),
                Arguments.of("IPv4 cut within its options", Bytes.network().hex("46000020 1234 0000 40 11 0000").u32(A).u32(B).hex("0101").toArray()),
                Arguments.of("IPv4 cut within its addresses", Bytes.network().hex("45000020 1234 0000 40 11 0000").u32(A).hex("cb00").toArray()),
                Arguments.of("IPv6 cut within its addresses", Bytes.concat(Bytes.network().hex("60000000 0000 11 40").bytes(A6).toArray())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notIp")
    void headersWiresharkDoesNotShowAreFramesWithoutIp(String name, byte[] packet) throws Exception {
        byte[] frame = ethernet((packet[0] & 0xF0) == 0x60 ? 0x86DD : 0x0800, packet);
        Reading.Result r = Reading.pcap(PcapFile.ethernet().packet(SECONDS, 0, frame).toArray());
        assertEquals(List.of(), r.flows());
        assertEquals(1, r.framesWithoutIp());
        assertEquals(frame.length, r.report().counter(PacketFlows.BYTES_WITHOUT_IP));
    }

    @Test
    void packetsOfOneFlowAddUpAndTheirFlagsCombine() throws Exception {
        byte[] syn = ethernet(0x0800, ipv4(A, B, 6, tcp(40000, 80, 0x02)));
        byte[] ack = ethernet(0x0800, ipv4(A, B, 6, tcp(40000, 80, 0x10)));
        byte[] fin = ethernet(0x0800, ipv4(A, B, 6, tcp(40000, 80, 0x11)));
        byte[] reply = ethernet(0x0800, ipv4(B, A, 6, tcp(80, 40000, 0x12)));
        byte[] otherPort = ethernet(0x0800, ipv4(A, B, 6, tcp(40001, 80, 0x02)));
        byte[] capture = PcapFile.ethernet().packet(SECONDS, 100, syn).packet(SECONDS, 200, reply).packet(SECONDS, 300, ack)
                .packet(SECONDS, 400, otherPort).packet(SECONDS, 900_000, fin, 54, 1514).toArray();
        List<FlowRecord> expected = List.of(
                Reading.flow(MICROS + 100, MICROS + 900_000, "198.51.100.7", "203.0.113.9", 40000, 80, 6, 54 + 54 + 1514, 3, 0x13),
                Reading.flow(MICROS + 200, MICROS + 200, "203.0.113.9", "198.51.100.7", 80, 40000, 6, 54, 1, 0x12),
                Reading.flow(MICROS + 400, MICROS + 400, "198.51.100.7", "203.0.113.9", 40001, 80, 6, 54, 1, 0x02));
        Reading.Result r = Reading.pcap(capture);
        assertEquals(expected, r.flows());
        assertEquals(5, r.frames());
        assertEquals(54 * 4 + 1514, r.frameBytes());
        assertEquals(1, r.report().counter(PacketFlows.TRUNCATED_FRAMES));
    }
}
