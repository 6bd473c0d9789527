package org.flowbench.generator.internal;

import java.util.SplittableRandom;

/** IPv4 addresses as ints in network order, and which of them are public. */
public final class Ipv4 {

    private Ipv4() {
    }

    public static int of(int a, int b, int c, int d) {
        return a << 24 | b << 16 | c << 8 | d;
    }

    /** @return whether the address is in the block {@code network/length} */
    public static boolean in(int address, int network, int length) {
        int mask = length == 0 ? 0 : -1 << (32 - length);
        return (address & mask) == network;
    }

    /**
     * @return whether the address is unicast and routed on the internet: not in the private,
     *         loopback, link-local, shared (CGN), documentation, benchmarking, multicast or
     *         reserved blocks
     */
    public static boolean isPublicUnicast(int a) {
        int first = a >>> 24;
        if (first == 0 || first == 10 || first == 127 || first >= 224) {
            return false;
        }
        return !in(a, of(100, 64, 0, 0), 10) && !in(a, of(169, 254, 0, 0), 16) && !in(a, of(172, 16, 0, 0), 12)
                && !in(a, of(192, 168, 0, 0), 16) && !in(a, of(192, 0, 0, 0), 24) && !in(a, of(192, 0, 2, 0), 24)
                && !in(a, of(198, 18, 0, 0), 15) && !in(a, of(198, 51, 100, 0), 24) && !in(a, of(203, 0, 113, 0), 24);
    }

    public static int randomPublic(SplittableRandom random) {
        while (true) {
            int a = random.nextInt();
            if (isPublicUnicast(a)) {
                return a;
            }
        }
    }

    public static String format(int a) {
        return (a >>> 24) + "." + (a >>> 16 & 0xFF) + "." + (a >>> 8 & 0xFF) + "." + (a & 0xFF);
    }
}
