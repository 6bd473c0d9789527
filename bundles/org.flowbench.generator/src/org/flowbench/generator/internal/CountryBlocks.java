package org.flowbench.generator.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.flowbench.model.IpAddress;

/**
 * Real address blocks of a few countries (the largest IPv4 and IPv6 ranges DB-IP's IP to Country
 * Lite data gives each of them, picked by {@code releng/geo/country-blocks.mjs}), so that external
 * hosts can be placed in a chosen country and a GeoIP lookup finds them there.
 */
public final class CountryBlocks {

    private static final String RESOURCE = "/data/country-blocks.csv";
    private static volatile CountryBlocks shipped;

    /** An inclusive range of addresses, as two 128-bit values. */
    record Block(IpAddress first, IpAddress last) {
        boolean isV4() {
            return first.isV4();
        }

        /** @return how many addresses it holds; IPv6 sizes are capped at 2^62, enough to weigh blocks */
        long size() {
            BigInteger n = value(last).subtract(value(first)).add(BigInteger.ONE);
            return n.bitLength() > 62 ? 1L << 62 : n.longValue();
        }
    }

    private final Map<String, List<Block>> v4 = new LinkedHashMap<>();
    private final Map<String, List<Block>> v6 = new LinkedHashMap<>();

    private CountryBlocks() {
    }

    /** @return the blocks shipped with the generator */
    public static CountryBlocks shipped() {
        CountryBlocks b = shipped;
        if (b == null) {
            try (InputStream in = CountryBlocks.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the generator bundle");
                }
                b = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shipped = b;
        }
        return b;
    }

    static CountryBlocks read(InputStream in) throws IOException {
        CountryBlocks blocks = new CountryBlocks();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",");
            Block block = new Block(IpAddress.parse(f[1]), IpAddress.parse(f[2]));
            (block.isV4() ? blocks.v4 : blocks.v6).computeIfAbsent(f[0], k -> new ArrayList<>()).add(block);
        }
        return blocks;
    }

    /** @return the country codes with blocks of both families, in file order */
    public List<String> countries() {
        return v4.keySet().stream().filter(v6::containsKey).toList();
    }

    /** @return a random IPv4 address (network order) of the country, blocks weighted by size */
    public int randomV4(String country, SplittableRandom random) {
        Block b = pick(v4, country, random);
        long first = b.first().v4() & 0xFFFF_FFFFL;
        return (int) (first + random.nextLong(b.size()));
    }

    /** @return a random IPv6 address of the country as {high, low}, blocks weighted by size */
    public long[] randomV6(String country, SplittableRandom random) {
        Block b = pick(v6, country, random);
        long firstHigh = b.first().high();
        long lastHigh = b.last().high();
        // the blocks are large (whole /64s and more): a random upper half, then a random lower half
        // kept inside the block at its two ends
        long high = firstHigh == lastHigh ? firstHigh : firstHigh + random.nextLong(Math.min(lastHigh - firstHigh, Long.MAX_VALUE - 1) + 1);
        long low = random.nextLong();
        if (high == firstHigh && Long.compareUnsigned(low, b.first().low()) < 0) {
            low = b.first().low();
        }
        if (high == lastHigh && Long.compareUnsigned(low, b.last().low()) > 0) {
            low = b.last().low();
        }
        return new long[] { high, low };
    }

    private static Block pick(Map<String, List<Block>> blocks, String country, SplittableRandom random) {
        List<Block> list = blocks.get(country);
        if (list == null) {
            throw new IllegalArgumentException("no address blocks for country " + country);
        }
        long total = 0;
        for (Block b : list) {
            total += b.size() >> 2; // a quarter, so that a sum of up to 24 IPv6 sizes (2^62 each) fits a long
        }
        long x = random.nextLong(Math.max(1, total));
        for (Block b : list) {
            x -= b.size() >> 2;
            if (x < 0) {
                return b;
            }
        }
        return list.get(list.size() - 1);
    }

    private static BigInteger value(IpAddress a) {
        return new BigInteger(1, a.toBytes());
    }
}
