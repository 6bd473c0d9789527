package org.flowbench.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KeyedCountersTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    /** Keys of several shapes: sequential, address pairs (high and low halves), multiples of 2^32, random, negative, zero. */
    private static long key(SplittableRandom random, int distinct) {
        int k = random.nextInt(distinct);
        return switch (k % 5) {
        case 0 -> k;
        case 1 -> ((long) k << 32) | (k * 7L);
        case 2 -> (long) k << 32;
        case 3 -> -k;
        default -> k * 0x9E37_79B9_7F4A_7C15L;
        };
    }

    /** Adds random increments to the counters and to a map kept beside them, in the same order. */
    private static KeyedCounters fill(SplittableRandom random, int width, int adds, int distinct, Map<Long, long[]> naive) {
        KeyedCounters counters = new KeyedCounters(width);
        for (int i = 0; i < adds; i++) {
            long key = key(random, distinct);
            int c = random.nextInt(width);
            long amount = random.nextLong(1_000_000);
            int offset = counters.offset(key);
            counters.counters()[offset + c] += amount;
            naive.computeIfAbsent(key, x -> new long[width])[c] += amount;
        }
        return counters;
    }

    private static void assertCounts(Map<Long, long[]> naive, KeyedCounters counters, String context) {
        assertEquals(naive.size(), counters.size(), context);
        List<Long> keys = new ArrayList<>(naive.keySet());
        for (int index = 0; index < counters.size(); index++) {
            assertEquals(keys.get(index), counters.key(index), context + ": keys in the order first seen");
            long[] values = new long[counters.width()];
            System.arraycopy(counters.counters(), counters.offsetAt(index), values, 0, values.length);
            assertArrayEquals(naive.get(keys.get(index)), values, context + ": key " + keys.get(index));
        }
    }

    @Test
    void offsetsAreStablePerKey() {
        KeyedCounters counters = new KeyedCounters(2);
        int a = counters.offset(42);
        int b = counters.offset(-1);
        assertEquals(a, counters.offset(42));
        int c = counters.offset(0);
        int d = counters.offset(Long.MIN_VALUE); // the value that marks free slots is a key like any other
        assertEquals(4, counters.size());
        // in the order first seen, and no two keys share a counter
        assertEquals(java.util.List.of(a, b, c, d), java.util.List.of(counters.offsetAt(0), counters.offsetAt(1), counters.offsetAt(2),
                counters.offsetAt(3)));
        assertEquals(java.util.List.of(42L, -1L, 0L, Long.MIN_VALUE), java.util.List.of(counters.key(0), counters.key(1), counters.key(2),
                counters.key(3)));
        int[] all = { a, b, c, d };
        for (int i = 0; i < all.length; i++) {
            for (int j = i + 1; j < all.length; j++) {
                assertTrue(Math.abs(all[i] - all[j]) >= counters.width(), "counters of two keys overlap");
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void countsLikeAMapThroughGrowth(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int width = 1 + random.nextInt(6);
        int distinct = new int[] { 10, 600, 5_000, 40_000 }[random.nextInt(4)]; // crosses the initial 512 keys and 1024 slots
        Map<Long, long[]> naive = new LinkedHashMap<>();
        KeyedCounters counters = fill(random, width, 50_000, distinct, naive);
        assertCounts(naive, counters, "seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mergeAddsEveryCounterAndAppendsNewKeysInTheirOrder(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int width = 1 + random.nextInt(6);
        int distinct = new int[] { 10, 600, 5_000 }[random.nextInt(3)];
        Map<Long, long[]> a = new LinkedHashMap<>();
        Map<Long, long[]> b = new LinkedHashMap<>();
        KeyedCounters ca = fill(random, width, 1 + random.nextInt(20_000), distinct, a);
        KeyedCounters cb = fill(random, width, 1 + random.nextInt(20_000), distinct * 2, b);
        Map<Long, long[]> merged = new LinkedHashMap<>();
        for (Map<Long, long[]> m : List.of(a, b)) {
            m.forEach((k, v) -> {
                long[] sum = merged.computeIfAbsent(k, x -> new long[width]);
                for (int c = 0; c < width; c++) {
                    sum[c] += v[c];
                }
            });
        }
        KeyedCounters result = ca.merge(cb);
        org.junit.jupiter.api.Assertions.assertSame(ca, result, "merges into itself");
        assertCounts(merged, result, "seed " + seed);
        assertCounts(b, cb, "the other is unchanged");
    }
}
