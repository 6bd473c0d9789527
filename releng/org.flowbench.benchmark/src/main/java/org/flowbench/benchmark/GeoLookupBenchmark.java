package org.flowbench.benchmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import org.flowbench.geo.GeoIp;
import org.flowbench.geo.internal.GeoIpService;
import org.flowbench.model.IpAddress;

/**
 * Lookups per second of the GeoIP service on one thread with the built-in data: IPv4 addresses
 * drawn at random from the whole space (so lookups hit every part of the table, not a cached few),
 * and IPv6 addresses from 2000::/3. Prints the rates; the goal for IPv4 is 10 million a second.
 */
public final class GeoLookupBenchmark {

    private static final int ADDRESSES = 1 << 24;
    private static final int ROUNDS = 7;

    private GeoLookupBenchmark() {
    }

    public static void main(String[] args) {
        GeoIp geo = new GeoIpService(); // outside OSGi: the same class DS creates, its data read on first use
        long started = System.nanoTime();
        geo.countryId(IpAddress.parse("1.1.1.1"));
        System.out.printf(Locale.ROOT, "built-in data read in %.0f ms: %s%n", (System.nanoTime() - started) / 1e6, geo.dataDescription());

        SplittableRandom random = new SplittableRandom(42);
        long[] v4 = new long[ADDRESSES];
        long[] v6High = new long[ADDRESSES / 4];
        long[] v6Low = new long[ADDRESSES / 4];
        for (int i = 0; i < ADDRESSES; i++) {
            v4[i] = IpAddress.V4_MAPPED_PREFIX | (random.nextInt() & 0xFFFF_FFFFL);
        }
        for (int i = 0; i < v6High.length; i++) {
            v6High[i] = 0x2000_0000_0000_0000L | (random.nextLong() >>> 3);
            v6Low[i] = random.nextLong();
        }
        double v4Rate = rate("IPv4", geo, new long[ADDRESSES], v4);
        rate("IPv6", geo, v6High, v6Low);
        System.out.printf(Locale.ROOT, "IPv4 goal: 10,000,000 lookups/s on one core: %s%n", v4Rate >= 10e6 ? "met" : "NOT met");
    }

    /** @return the median rate over the rounds after warm-up */
    private static double rate(String family, GeoIp geo, long[] highs, long[] lows) {
        double[] rates = new double[ROUNDS];
        long sink = 0;
        for (int round = -3; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < lows.length; i++) {
                sink += geo.countryId(highs[i], lows[i]);
            }
            long t1 = System.nanoTime();
            if (round >= 0) {
                rates[round] = lows.length / ((t1 - t0) / 1e9);
            }
        }
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "%s: %,.0f lookups/s on one thread (median of %d rounds of %,d; best %,.0f) [%d]%n", family,
                rates[ROUNDS / 2], ROUNDS, lows.length, rates[ROUNDS - 1], sink & 1);
        return rates[ROUNDS / 2];
    }
}
