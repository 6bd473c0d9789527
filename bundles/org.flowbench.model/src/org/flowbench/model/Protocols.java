package org.flowbench.model;

import java.util.Locale;

/** IANA protocol numbers that flows commonly carry, and their names. */
public final class Protocols {

    public static final int ICMP = 1;
    public static final int IGMP = 2;
    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int GRE = 47;
    public static final int ESP = 50;
    public static final int ICMPV6 = 58;
    public static final int SCTP = 132;

    private static final String[] NAMES = new String[256];
    static {
        NAMES[ICMP] = "ICMP";
        NAMES[IGMP] = "IGMP";
        NAMES[TCP] = "TCP";
        NAMES[UDP] = "UDP";
        NAMES[GRE] = "GRE";
        NAMES[ESP] = "ESP";
        NAMES[51] = "AH";
        NAMES[ICMPV6] = "ICMPv6";
        NAMES[89] = "OSPF";
        NAMES[103] = "PIM";
        NAMES[112] = "VRRP";
        NAMES[SCTP] = "SCTP";
    }

    private Protocols() {
    }

    /** @return the usual name ("TCP"), or the number as text for unnamed protocols */
    public static String name(int protocol) {
        String n = protocol >= 0 && protocol < 256 ? NAMES[protocol] : null;
        return n != null ? n : Integer.toString(protocol);
    }

    /**
     * @param text a name known to {@link #name(int)} in any case, or a number 0..255
     * @return the protocol number
     * @throws IllegalArgumentException when the text is neither
     */
    public static int parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("icmp6")) {
            return ICMPV6; // tcpdump's spelling
        }
        for (int p = 0; p < 256; p++) {
            if (NAMES[p] != null && NAMES[p].toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        try {
            int p = Integer.parseInt(t);
            if (p >= 0 && p < 256) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("unknown protocol '" + text + "' (a name such as tcp, udp, icmp, or a number 0..255)");
    }
}
