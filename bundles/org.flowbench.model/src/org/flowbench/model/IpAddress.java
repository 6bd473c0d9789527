package org.flowbench.model;

import java.util.Arrays;

/**
 * An IPv4 or IPv6 address as a 128-bit value.
 * <p>
 * IPv4 addresses are held in their IPv4-mapped IPv6 form ({@code ::ffff:a.b.c.d}) so that one
 * representation, two longs, serves both families: dictionaries and columns never branch on the
 * family. {@link #isV4()} tells them apart again, and {@link #toString()} prints IPv4 as a dotted
 * quad and IPv6 in the RFC 5952 canonical text form.
 */
public final class IpAddress implements Comparable<IpAddress> {

    /** The upper half of an IPv4-mapped address's low long: {@code ::ffff:0:0/96}. */
    public static final long V4_MAPPED_PREFIX = 0x0000_FFFF_0000_0000L;

    private final long high;
    private final long low;

    private IpAddress(long high, long low) {
        this.high = high;
        this.low = low;
    }

    /** @return the address whose 128 bits are {@code high} followed by {@code low} */
    public static IpAddress of(long high, long low) {
        return new IpAddress(high, low);
    }

    /** @param address the IPv4 address as an int in network order (first octet in the top byte) */
    public static IpAddress ofV4(int address) {
        return new IpAddress(0L, V4_MAPPED_PREFIX | (address & 0xFFFF_FFFFL));
    }

    /**
     * @param bytes 4 bytes (IPv4) or 16 bytes (IPv6) in network order
     * @throws IllegalArgumentException for any other length
     */
    public static IpAddress ofBytes(byte[] bytes) {
        if (bytes.length == 4) {
            return ofV4(((bytes[0] & 0xFF) << 24) | ((bytes[1] & 0xFF) << 16) | ((bytes[2] & 0xFF) << 8) | (bytes[3] & 0xFF));
        }
        if (bytes.length == 16) {
            long h = 0;
            long l = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (bytes[i] & 0xFF);
                l = (l << 8) | (bytes[i + 8] & 0xFF);
            }
            return new IpAddress(h, l);
        }
        throw new IllegalArgumentException("an IP address has 4 or 16 bytes, not " + bytes.length);
    }

    /** @return whether the two longs hold an IPv4-mapped address */
    public static boolean isV4(long high, long low) {
        return high == 0L && (low & 0xFFFF_FFFF_0000_0000L) == V4_MAPPED_PREFIX;
    }

    /**
     * Parses an IPv4 dotted quad or an IPv6 address in any RFC 4291 text form (with {@code ::}
     * and an embedded dotted quad). Zone ids ({@code %eth0}) are not addresses and are rejected.
     *
     * @throws IllegalArgumentException with the offending text when it is not an address
     */
    public static IpAddress parse(CharSequence text) {
        String s = text.toString().trim();
        if (s.indexOf(':') < 0) {
            int v4 = parseV4(s, 0, s.length());
            if (v4 == -1 && !"255.255.255.255".equals(s)) {
                throw new IllegalArgumentException("not an IP address: '" + s + "'");
            }
            return ofV4(v4);
        }
        return parseV6(s);
    }

    /** @return the dotted quad's value, or -1 when the text is not one (ambiguous for 255.255.255.255) */
    private static int parseV4(String s, int from, int to) {
        int value = 0;
        int octets = 0;
        int i = from;
        while (i < to) {
            int start = i;
            int octet = 0;
            while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                octet = octet * 10 + (s.charAt(i) - '0');
                i++;
                if (i - start > 3) {
                    return -1;
                }
            }
            if (i == start || octet > 255 || (i - start > 1 && s.charAt(start) == '0')) {
                return -1;
            }
            value = (value << 8) | octet;
            octets++;
            if (i < to) {
                if (s.charAt(i) != '.' || octets == 4) {
                    return -1;
                }
                i++;
                if (i == to) {
                    return -1;
                }
            }
        }
        return octets == 4 ? value : -1;
    }

    private static IpAddress parseV6(String s) {
        int[] groups = new int[8];
        int count = 0;
        int gap = -1; // index in groups where "::" stands
        int i = 0;
        int n = s.length();
        if (s.startsWith("::")) {
            gap = 0;
            i = 2;
        }
        while (i < n) {
            int start = i;
            int value = 0;
            while (i < n && Character.digit(s.charAt(i), 16) >= 0 && i - start < 4) {
                value = (value << 4) | Character.digit(s.charAt(i), 16);
                i++;
            }
            if (i < n && s.charAt(i) == '.') {
                // an embedded IPv4 tail takes the last two groups
                int v4 = parseV4(s, start, n);
                if ((v4 == -1 && !s.endsWith("255.255.255.255")) || count > 6) {
                    throw invalid(s);
                }
                groups[count++] = v4 >>> 16;
                groups[count++] = v4 & 0xFFFF;
                i = n;
                break;
            }
            if (i == start || count == 8) {
                throw invalid(s);
            }
            groups[count++] = value;
            if (i == n) {
                break;
            }
            if (s.charAt(i) != ':') {
                throw invalid(s);
            }
            i++;
            if (i < n && s.charAt(i) == ':') {
                if (gap >= 0) {
                    throw invalid(s);
                }
                gap = count;
                i++;
            } else if (i == n) {
                throw invalid(s);
            }
        }
        if (gap >= 0) {
            if (count == 8) {
                throw invalid(s);
            }
            int move = count - gap;
            System.arraycopy(groups, gap, groups, 8 - move, move);
            Arrays.fill(groups, gap, 8 - move, 0);
        } else if (count != 8) {
            throw invalid(s);
        }
        long h = 0;
        long l = 0;
        for (int g = 0; g < 4; g++) {
            h = (h << 16) | groups[g];
            l = (l << 16) | groups[g + 4];
        }
        return new IpAddress(h, l);
    }

    private static IllegalArgumentException invalid(String s) {
        return new IllegalArgumentException("not an IP address: '" + s + "'");
    }

    public long high() {
        return high;
    }

    public long low() {
        return low;
    }

    public boolean isV4() {
        return isV4(high, low);
    }

    /** @return the IPv4 address as an int in network order; only meaningful when {@link #isV4()} */
    public int v4() {
        return (int) low;
    }

    /** @return 4 bytes for IPv4, 16 for IPv6, in network order */
    public byte[] toBytes() {
        if (isV4()) {
            int v = v4();
            return new byte[] { (byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v };
        }
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (high >>> (56 - 8 * i));
            b[i + 8] = (byte) (low >>> (56 - 8 * i));
        }
        return b;
    }

    /** Formats like {@link #toString()} without creating the address object. */
    public static String format(long high, long low) {
        StringBuilder sb = new StringBuilder(39);
        if (isV4(high, low)) {
            int v = (int) low;
            return sb.append(v >>> 24).append('.').append((v >>> 16) & 0xFF).append('.')
                    .append((v >>> 8) & 0xFF).append('.').append(v & 0xFF).toString();
        }
        int[] g = new int[8];
        for (int i = 0; i < 4; i++) {
            g[i] = (int) (high >>> (48 - 16 * i)) & 0xFFFF;
            g[i + 4] = (int) (low >>> (48 - 16 * i)) & 0xFFFF;
        }
        // RFC 5952: compress the longest run (the first of equals) of two or more zero groups
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8;) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLength - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format(high, low);
    }

    @Override
    public int compareTo(IpAddress o) {
        int c = Long.compareUnsigned(high, o.high);
        return c != 0 ? c : Long.compareUnsigned(low, o.low);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpAddress a && a.high == high && a.low == low;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(high * 31 + low);
    }
}
