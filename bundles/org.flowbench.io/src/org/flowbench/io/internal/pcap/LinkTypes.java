package org.flowbench.io.internal.pcap;

/**
 * The link-layer header types (tcpdump.org's LINKTYPE_ values, as pcap and pcapng files hold them)
 * that {@link FrameDecoder} understands, and names for messages.
 */
final class LinkTypes {

    static final int NULL = 0;
    static final int ETHERNET = 1;
    static final int PPP = 9;
    /** DLT_RAW as some BSDs number it in files. */
    static final int RAW_BSD_12 = 12;
    /** DLT_RAW as BSD/OS numbers it in files. */
    static final int RAW_BSD_14 = 14;
    static final int PPP_HDLC = 50;
    static final int RAW = 101;
    static final int C_HDLC = 104;
    static final int LOOP = 108;
    static final int LINUX_SLL = 113;
    static final int IPV4 = 228;
    static final int IPV6 = 229;
    static final int LINUX_SLL2 = 276;

    private LinkTypes() {
    }

    /** @return whether {@link FrameDecoder} finds IP in frames of this link type */
    static boolean isDecoded(int linkType) {
        return switch (linkType) {
            case NULL, ETHERNET, PPP, RAW_BSD_12, RAW_BSD_14, PPP_HDLC, RAW, C_HDLC, LOOP, LINUX_SLL, IPV4, IPV6, LINUX_SLL2 -> true;
            default -> false;
        };
    }

    /** @return e.g. "1 (Ethernet)", or the number alone for a type this class does not know */
    static String describe(int linkType) {
        String name = switch (linkType) {
            case NULL -> "BSD loopback";
            case ETHERNET -> "Ethernet";
            case PPP -> "PPP";
            case RAW_BSD_12, RAW_BSD_14, RAW -> "raw IP";
            case PPP_HDLC -> "PPP in HDLC framing";
            case C_HDLC -> "Cisco HDLC";
            case LOOP -> "OpenBSD loopback";
            case LINUX_SLL -> "Linux cooked";
            case IPV4 -> "raw IPv4";
            case IPV6 -> "raw IPv6";
            case LINUX_SLL2 -> "Linux cooked v2";
            case 105 -> "IEEE 802.11";
            case 127 -> "IEEE 802.11 radiotap";
            case 192 -> "PPI";
            case 220 -> "USB Linux mmapped";
            case 249 -> "USBPcap";
            default -> null;
        };
        return name == null ? Integer.toString(linkType) : linkType + " (" + name + ")";
    }
}
