package org.flowbench.io.internal.pcap;

import java.nio.ByteOrder;

/**
 * Hand-made frames, byte by byte, for the link types and the IP and transport cases: every header
 * is written here from its definition (IEEE 802.3/802.1Q, RFC 791, RFC 8200, RFC 793, RFC 768, the
 * tcpdump.org link-layer header types), independently of the decoder.
 */
final class Frames {

    static final byte[] MAC_A = Bytes.parseHex("02 00 00 00 00 0a");
    static final byte[] MAC_B = Bytes.parseHex("02 00 00 00 00 0b");

    private Frames() {
    }

    static byte[] ethernet(int type, byte[] payload) {
        return Bytes.network().bytes(MAC_B).bytes(MAC_A).u16(type).bytes(payload).toArray();
    }

    /** An 802.1Q (0x8100), 802.1ad (0x88a8) or old QinQ (0x9100) tag: TPID, then the tag and the inner type. */
    static byte[] tag(int vlan, int innerType, byte[] payload) {
        return Bytes.network().u16(vlan & 0x0FFF).u16(innerType).bytes(payload).toArray();
    }

    /** An MPLS label stack entry: label (20 bits), traffic class, bottom-of-stack bit, TTL. */
    static byte[] mplsLabel(int label, boolean bottom) {
        return Bytes.network().u32((long) label << 12 | (bottom ? 0x100 : 0) | 64).toArray();
    }

    /** Linux cooked capture header (16 bytes) with the protocol field. */
    static byte[] sll(int hardwareType, int protocol, byte[] payload) {
        return Bytes.network().u16(0).u16(hardwareType).u16(6).bytes(MAC_A).u16(0).u16(protocol).bytes(payload).toArray();
    }

    /** Linux cooked capture v2 header (20 bytes). */
    static byte[] sll2(int protocol, int hardwareType, byte[] payload) {
        return Bytes.network().u16(protocol).u16(0).u32(3).u16(hardwareType).u8(0).u8(6).bytes(MAC_A).u16(0).bytes(payload).toArray();
    }

    /** BSD loopback: the address family as a 4-byte integer in the capturing host's byte order. */
    static byte[] nullHeader(int family, ByteOrder order, byte[] payload) {
        return new Bytes(order).u32(family).bytes(payload).toArray();
    }

    static int v4(int a, int b, int c, int d) {
        return a << 24 | b << 16 | c << 8 | d;
    }

    /** An IPv4 header (no options unless given) and payload; the total length is right. */
    static byte[] ipv4(int source, int destination, int protocol, byte[] payload) {
        return ipv4(source, destination, protocol, 0, new byte[0], payload);
    }

    static byte[] ipv4(int source, int destination, int protocol, int fragmentOffset, byte[] options, byte[] payload) {
        int headerLength = 20 + options.length;
        return Bytes.network().u8(0x40 | headerLength / 4).u8(0).u16(headerLength + payload.length).u16(0x1234).u16(fragmentOffset)
                .u8(64).u8(protocol).u16(0).u32(source).u32(destination).bytes(options).bytes(payload).toArray();
    }

    /** An IPv6 address from its 8 groups. */
    static byte[] ipv6Address(int... groups) {
        Bytes b = Bytes.network();
        for (int g : groups) {
            b.u16(g);
        }
        return b.toArray();
    }

    static byte[] ipv6(byte[] source, byte[] destination, int nextHeader, byte[] payload) {
        return Bytes.network().u32(0x6000_0000L).u16(payload.length).u8(nextHeader).u8(64).bytes(source).bytes(destination).bytes(payload)
                .toArray();
    }

    /** An IPv6 extension header in 8-octet units (hop-by-hop, routing, destination options), padded with zeros. */
    static byte[] extension(int nextHeader, int units, byte[] payload) {
        return Bytes.network().u8(nextHeader).u8(units - 1).zeros(units * 8 - 2).bytes(payload).toArray();
    }

    static byte[] fragmentHeader(int nextHeader, int offsetUnits, boolean more, byte[] payload) {
        return Bytes.network().u8(nextHeader).u8(0).u16(offsetUnits << 3 | (more ? 1 : 0)).u32(0xABCD).bytes(payload).toArray();
    }

    /** An authentication header: its length field counts 4-byte units minus 2. */
    static byte[] authenticationHeader(int nextHeader, int words, byte[] payload) {
        return Bytes.network().u8(nextHeader).u8(words - 2).zeros(words * 4 - 2).bytes(payload).toArray();
    }

    static byte[] tcp(int sourcePort, int destinationPort, int flags) {
        return Bytes.network().u16(sourcePort).u16(destinationPort).u32(1000).u32(0).u8(0x50).u8(flags).u16(65535).u16(0).u16(0).toArray();
    }

    static byte[] udp(int sourcePort, int destinationPort, byte[] payload) {
        return Bytes.network().u16(sourcePort).u16(destinationPort).u16(8 + payload.length).u16(0).bytes(payload).toArray();
    }

    static byte[] icmpEcho() {
        return Bytes.network().u8(8).u8(0).u16(0).u32(0x00010001).toArray();
    }
}
