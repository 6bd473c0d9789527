package org.flowbench.io.internal.pcap;

import java.nio.ByteBuffer;

import org.flowbench.model.IpAddress;

/**
 * Finds a frame's outermost IPv4 or IPv6 header and its transport ports and TCP flags, the way
 * Wireshark dissects it (what tshark shows as the first {@code ip} or {@code ipv6} layer): through
 * Ethernet with any stack of 802.1Q, 802.1ad and QinQ (0x9100) tags, 802.1ah, MPLS label stacks
 * (with the pseudowire control word before an inner Ethernet frame), PPPoE sessions and 802.2
 * LLC/SNAP, and through Linux cooked (SLL, SLL2), raw IP, BSD and OpenBSD loopback, PPP and Cisco
 * HDLC headers. The results are left in the public fields; nothing is allocated.
 * <p>
 * A header counts only where Wireshark would show its source and destination: an IPv4 header needs
 * version 4, a header length of at least 20 and no larger than the total length (0 is allowed, as
 * TCP segmentation offload writes it) and all of it captured; an IPv6 header needs version 6 and
 * its 40 bytes. Ports need the first 4 bytes of a TCP, UDP, SCTP, DCCP or UDP-Lite header (and a
 * first fragment); TCP flags need 14. IPv6 extension headers are skipped to find the transport.
 * Every step checks the captured length before it reads, and every step consumes bytes, so a frame
 * is decoded in time proportional to its length whatever it holds.
 */
final class FrameDecoder {

    private static final int ETHERTYPE_IPV4 = 0x0800;
    private static final int ETHERTYPE_IPV6 = 0x86DD;
    private static final int ETHERTYPE_VLAN = 0x8100;
    private static final int ETHERTYPE_QINQ = 0x88A8;
    private static final int ETHERTYPE_QINQ_OLD = 0x9100;
    private static final int ETHERTYPE_PBB = 0x88E7;
    private static final int ETHERTYPE_MPLS = 0x8847;
    private static final int ETHERTYPE_MPLS_MULTICAST = 0x8848;
    private static final int ETHERTYPE_PPPOE_SESSION = 0x8864;
    /** Ethernet type fields up to this value are 802.3 lengths, followed by an LLC header. */
    private static final int MAX_8023_LENGTH = 1500;
    private static final int ARPHRD_NETLINK = 824;
    /** Encapsulations inside encapsulations (MPLS pseudowires, LLC) followed at most; bounds the recursion. */
    private static final int MAX_NESTING = 16;

    private static final int PPP_IPV4 = 0x21;
    private static final int PPP_IPV6 = 0x57;

    private static final int AF_INET = 2;
    private static final int AF_INET6_BSD = 24;
    private static final int AF_INET6_FREEBSD = 28;
    private static final int AF_INET6_DARWIN = 30;

    public long sourceHigh;
    public long sourceLow;
    public long destinationHigh;
    public long destinationLow;
    public int sourcePort;
    public int destinationPort;
    public int protocol;
    public int tcpFlags;
    /** Where a UDP datagram's payload starts in the buffer, -1 for other frames. */
    public int udpPayloadAt;
    /** The UDP payload's length by its header (which may be more than was captured). */
    public int udpPayloadLength;

    private int nesting;

    /**
     * @param b        the bytes, big-endian
     * @param start    the frame's first byte in {@code b}
     * @param captured the frame's captured bytes, all in {@code b}
     * @return whether the frame has an IP header; then the fields hold its flow key
     */
    boolean decode(ByteBuffer b, int start, int captured, int linkType) {
        int end = start + captured;
        nesting = 0;
        udpPayloadAt = -1;
        return switch (linkType) {
            case LinkTypes.ETHERNET -> ethernet(b, start, end);
            case LinkTypes.RAW, LinkTypes.RAW_BSD_12, LinkTypes.RAW_BSD_14 -> raw(b, start, end);
            case LinkTypes.IPV4 -> ipv4(b, start, end);
            case LinkTypes.IPV6 -> ipv6(b, start, end);
            case LinkTypes.LINUX_SLL -> linuxCooked(b, start, end, 16, start + 2, start + 14);
            case LinkTypes.LINUX_SLL2 -> linuxCooked(b, start, end, 20, start + 8, start);
            case LinkTypes.NULL -> bsdLoopback(b, start, end);
            case LinkTypes.LOOP -> openBsdLoopback(b, start, end);
            case LinkTypes.PPP, LinkTypes.PPP_HDLC -> ppp(b, start, end);
            case LinkTypes.C_HDLC -> end - start >= 4 && etherType(b, start + 4, end, b.getShort(start + 2) & 0xFFFF);
            default -> false;
        };
    }

    private boolean ethernet(ByteBuffer b, int p, int end) {
        if (end - p < 14) {
            return false;
        }
        return etherType(b, p + 14, end, b.getShort(p + 12) & 0xFFFF);
    }

    /** Follows a chain of Ethernet types from the payload at {@code p}. */
    private boolean etherType(ByteBuffer b, int p, int end, int type) {
        if (++nesting > MAX_NESTING) {
            return false;
        }
        while (true) {
            switch (type) {
                case ETHERTYPE_IPV4:
                    return ipv4(b, p, end);
                case ETHERTYPE_IPV6:
                    return ipv6(b, p, end);
                case ETHERTYPE_VLAN, ETHERTYPE_QINQ, ETHERTYPE_QINQ_OLD:
                    if (end - p < 4) {
                        return false;
                    }
                    type = b.getShort(p + 2) & 0xFFFF;
                    p += 4;
                    break;
                case ETHERTYPE_PBB:
                    // the 4-byte I-tag, then a whole customer Ethernet frame
                    if (end - p < 4 + 14) {
                        return false;
                    }
                    type = b.getShort(p + 4 + 12) & 0xFFFF;
                    p += 4 + 14;
                    break;
                case ETHERTYPE_MPLS, ETHERTYPE_MPLS_MULTICAST:
                    return mpls(b, p, end);
                case ETHERTYPE_PPPOE_SESSION:
                    if (end - p < 8) {
                        return false;
                    }
                    return pppProtocol(b, p + 8, end, b.getShort(p + 6) & 0xFFFF);
                default:
                    return type <= MAX_8023_LENGTH && llc(b, p, end);
            }
        }
    }

    /** An 802.2 LLC header: SNAP with an Ethernet type, or the IP SAP. */
    private boolean llc(ByteBuffer b, int p, int end) {
        if (end - p < 3) {
            return false;
        }
        int dsap = b.get(p) & 0xFF;
        int ssap = b.get(p + 1) & 0xFF;
        int control = b.get(p + 2) & 0xFF;
        int header = (control & 3) == 3 ? 3 : 4; // unnumbered frames have a 1-byte control field
        if (dsap == 0xAA && ssap == 0xAA) {
            if (end - p < header + 5 || (b.getShort(p + header) | b.get(p + header + 2)) != 0) {
                return false; // only the zero OUI carries an Ethernet type
            }
            return etherType(b, p + header + 5, end, b.getShort(p + header + 3) & 0xFFFF);
        }
        return dsap == 0x06 && ipv4(b, p + header, end);
    }

    /** An MPLS label stack; after the bottom label the first nibble tells IPv4, IPv6 or a pseudowire control word. */
    private boolean mpls(ByteBuffer b, int p, int end) {
        while (true) {
            if (end - p < 4) {
                return false;
            }
            boolean bottom = (b.get(p + 2) & 1) != 0;
            p += 4;
            if (bottom) {
                break;
            }
        }
        if (end - p < 1) {
            return false;
        }
        return switch ((b.get(p) & 0xF0) >> 4) {
            case 4 -> ipv4(b, p, end);
            case 6 -> ipv6(b, p, end);
            case 0 -> ethernet(b, p + 4, end); // Ethernet pseudowire after its control word
            default -> false;
        };
    }

    /** Raw IP, by the version nibble; PPP in HDLC framing when it starts with ff 03. */
    private boolean raw(ByteBuffer b, int p, int end) {
        if (end - p < 1) {
            return false;
        }
        if (end - p >= 2 && (b.getShort(p) & 0xFFFF) == 0xFF03) {
            return ppp(b, p, end);
        }
        return switch ((b.get(p) & 0xF0) >> 4) {
            case 4 -> ipv4(b, p, end);
            case 6 -> ipv6(b, p, end);
            default -> false;
        };
    }

    /**
     * Linux cooked capture: the ARPHRD type and the protocol field, which is an Ethernet type
     * except for netlink and for 802.2 frames (protocol 4).
     */
    private boolean linuxCooked(ByteBuffer b, int p, int end, int headerLength, int hardwareTypeAt, int protocolAt) {
        if (end - p < headerLength || (b.getShort(hardwareTypeAt) & 0xFFFF) == ARPHRD_NETLINK) {
            return false;
        }
        int protocol = b.getShort(protocolAt) & 0xFFFF;
        if (protocol == 0x0004) {
            return llc(b, p + headerLength, end);
        }
        return protocol > MAX_8023_LENGTH && etherType(b, p + headerLength, end, protocol);
    }

    /**
     * BSD loopback: a 4-byte address family in the capturing host's byte order (so either),
     * or an Ethernet type. The value is taken byte-swapped when its upper half is not zero, as
     * Wireshark does.
     */
    private boolean bsdLoopback(ByteBuffer b, int p, int end) {
        if (end - p < 4) {
            return false;
        }
        int family = Integer.reverseBytes(b.getInt(p));
        if ((family & 0xFFFF_0000) != 0) {
            family = Integer.reverseBytes(family);
        }
        if ((family & 0xFFFF_0000) != 0) {
            return false;
        }
        if (family > MAX_8023_LENGTH) {
            return etherType(b, p + 4, end, family);
        }
        if ((family & 0xFF) == 0) {
            family >>>= 8; // a 16-bit family written byte-swapped
        }
        return addressFamily(b, p + 4, end, family);
    }

    /** OpenBSD loopback: the address family in network byte order. */
    private boolean openBsdLoopback(ByteBuffer b, int p, int end) {
        return end - p >= 4 && addressFamily(b, p + 4, end, b.getInt(p));
    }

    private boolean addressFamily(ByteBuffer b, int p, int end, int family) {
        return switch (family) {
            case AF_INET -> ipv4(b, p, end);
            case AF_INET6_BSD, AF_INET6_FREEBSD, AF_INET6_DARWIN -> ipv6(b, p, end);
            default -> false;
        };
    }

    /** PPP: optional ff 03 address and control, then a 1-byte (compressed) or 2-byte protocol. */
    private boolean ppp(ByteBuffer b, int p, int end) {
        if (end - p >= 2 && (b.getShort(p) & 0xFFFF) == 0xFF03) {
            p += 2;
        }
        if (end - p < 1) {
            return false;
        }
        int first = b.get(p) & 0xFF;
        if ((first & 1) != 0) {
            return pppProtocol(b, p + 1, end, first);
        }
        return end - p >= 2 && pppProtocol(b, p + 2, end, b.getShort(p) & 0xFFFF);
    }

    private boolean pppProtocol(ByteBuffer b, int p, int end, int protocol) {
        return switch (protocol) {
            case PPP_IPV4 -> ipv4(b, p, end);
            case PPP_IPV6 -> ipv6(b, p, end);
            default -> false;
        };
    }

    private boolean ipv4(ByteBuffer b, int p, int end) {
        if (end - p < 20) {
            return false;
        }
        int versionAndLength = b.get(p) & 0xFF;
        int headerLength = (versionAndLength & 0x0F) << 2;
        int totalLength = b.getShort(p + 2) & 0xFFFF;
        if (versionAndLength >> 4 != 4 || headerLength < 20 || (totalLength != 0 && totalLength < headerLength)
                || end - p < headerLength) {
            return false;
        }
        sourceHigh = 0;
        sourceLow = IpAddress.V4_MAPPED_PREFIX | (b.getInt(p + 12) & 0xFFFF_FFFFL);
        destinationHigh = 0;
        destinationLow = IpAddress.V4_MAPPED_PREFIX | (b.getInt(p + 16) & 0xFFFF_FFFFL);
        protocol = b.get(p + 9) & 0xFF;
        boolean laterFragment = (b.getShort(p + 6) & 0x1FFF) != 0;
        transport(b, p + headerLength, end, laterFragment);
        return true;
    }

    private boolean ipv6(ByteBuffer b, int p, int end) {
        if (end - p < 40 || (b.get(p) & 0xF0) != 0x60) {
            return false;
        }
        sourceHigh = b.getLong(p + 8);
        sourceLow = b.getLong(p + 16);
        destinationHigh = b.getLong(p + 24);
        destinationLow = b.getLong(p + 32);
        int next = b.get(p + 6) & 0xFF;
        p += 40;
        boolean laterFragment = false;
        // extension headers; each is at least 8 bytes long, so this ends within the frame
        while (true) {
            if (next == 44) { // fragment: fixed 8 bytes; only the first fragment has the transport header
                if (end - p < 8) {
                    break;
                }
                laterFragment = (b.getShort(p + 2) & 0xFFF8) != 0;
                next = b.get(p) & 0xFF;
                p += 8;
                if (laterFragment) {
                    break;
                }
            } else if (next == 0 || next == 43 || next == 60 || next == 135 || next == 139 || next == 140 || next == 253 || next == 254) {
                if (end - p < 2) {
                    break;
                }
                int length = ((b.get(p + 1) & 0xFF) + 1) << 3;
                next = b.get(p) & 0xFF;
                p += length;
            } else if (next == 51) { // authentication header counts its length in 4-byte units
                if (end - p < 2) {
                    break;
                }
                int length = ((b.get(p + 1) & 0xFF) + 2) << 2;
                next = b.get(p) & 0xFF;
                p += length;
            } else {
                break;
            }
            if (p > end) {
                break;
            }
        }
        protocol = next;
        transport(b, p, end, laterFragment);
        return true;
    }

    private void transport(ByteBuffer b, int p, int end, boolean laterFragment) {
        sourcePort = 0;
        destinationPort = 0;
        tcpFlags = 0;
        if (laterFragment || end - p < 4) {
            return;
        }
        switch (protocol) {
            case 6:
                if (end - p >= 14) {
                    tcpFlags = b.get(p + 13) & 0xFF;
                }
                ports(b, p);
                break;
            case 17:
                ports(b, p);
                if (end - p >= 8 && (b.getShort(p + 4) & 0xFFFF) >= 8) {
                    udpPayloadAt = p + 8;
                    udpPayloadLength = (b.getShort(p + 4) & 0xFFFF) - 8;
                }
                break;
            case 33, 132, 136: // DCCP, SCTP, UDP-Lite
                ports(b, p);
                break;
            default:
                break;
        }
    }

    private void ports(ByteBuffer b, int p) {
        int both = b.getInt(p);
        sourcePort = both >>> 16;
        destinationPort = both & 0xFFFF;
    }
}
