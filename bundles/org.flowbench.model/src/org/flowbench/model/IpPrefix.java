package org.flowbench.model;

/**
 * A CIDR block such as {@code 10.0.0.0/8} or {@code 2001:db8::/32}. IPv4 prefixes are held in the
 * IPv4-mapped space like {@link IpAddress}, so {@code 10.0.0.0/8} covers exactly the mapped
 * addresses {@code ::ffff:10.0.0.0/104}.
 *
 * @param network the first address of the block
 * @param length  the prefix length as written: 0..32 for IPv4, 0..128 for IPv6
 */
public record IpPrefix(IpAddress network, int length) {

    public IpPrefix {
        int max = network.isV4() ? 32 : 128;
        if (length < 0 || length > max) {
            throw new IllegalArgumentException("prefix length " + length + " is not in 0.." + max);
        }
        int bits = bits(network.isV4(), length);
        if ((network.high() & ~maskHigh(bits)) != 0 || (network.low() & ~maskLow(bits)) != 0) {
            throw new IllegalArgumentException("non-network bits set in " + network + "/" + length);
        }
    }

    /**
     * Parses {@code ADDRESS/LENGTH}; a plain address is a prefix of full length.
     *
     * @throws IllegalArgumentException naming the text when it is not a prefix
     */
    public static IpPrefix parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        IpAddress address = IpAddress.parse(slash < 0 ? t : t.substring(0, slash));
        if (slash < 0) {
            return new IpPrefix(address, address.isV4() ? 32 : 128);
        }
        int length;
        try {
            length = Integer.parseInt(t.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a prefix length in '" + text + "'");
        }
        int max = address.isV4() ? 32 : 128;
        if (length < 0 || length > max) {
            throw new IllegalArgumentException("prefix length in '" + text + "' is not in 0.." + max);
        }
        return new IpPrefix(address, length);
    }

    private static int bits(boolean v4, int length) {
        return v4 ? 96 + length : length;
    }

    private static long maskHigh(int bits) {
        return bits >= 64 ? -1L : bits == 0 ? 0L : -1L << (64 - bits);
    }

    private static long maskLow(int bits) {
        return bits <= 64 ? 0L : bits == 128 ? -1L : -1L << (128 - bits);
    }

    /** @return whether the address given as two longs lies in the block */
    public boolean contains(long high, long low) {
        int bits = bits(network.isV4(), length);
        return (high & maskHigh(bits)) == network.high() && (low & maskLow(bits)) == network.low();
    }

    public boolean contains(IpAddress address) {
        return contains(address.high(), address.low());
    }

    @Override
    public String toString() {
        return network + "/" + length;
    }
}
