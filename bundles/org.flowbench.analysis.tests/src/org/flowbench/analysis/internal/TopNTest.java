package org.flowbench.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TopNTest {

    /** Sorts every positive value: largest first, equal values by index. */
    private static int[] naive(long[] values, int n) {
        List<Integer> positive = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0) {
                positive.add(i);
            }
        }
        positive.sort(Comparator.<Integer>comparingLong(i -> values[i]).reversed().thenComparingInt(i -> i));
        return positive.subList(0, Math.max(0, Math.min(n, positive.size()))).stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void handPicked() {
        long[] values = { 5, 0, 9, 5, -3, 9, 1 };
        assertArrayEquals(new int[] { 2, 5, 0 }, TopN.largest(values, 3));
        assertArrayEquals(new int[] { 2, 5, 0, 3, 6 }, TopN.largest(values, 10), "only positive values");
        assertArrayEquals(new int[] { 2 }, TopN.largest(values, 1));
        assertArrayEquals(new int[0], TopN.largest(new long[] { 0, -1 }, 3));
        assertArrayEquals(new int[0], TopN.largest(new long[0], 3));
    }

    @Test
    void aTopNBeyondTheValuesGivesThemAllWithoutAllocatingForN() {
        // "all of them" is asked for as a huge N; the heap must not be sized by N
        long[] values = { 3, 0, 7, 3, 1 };
        assertArrayEquals(new int[] { 2, 0, 3, 4 }, TopN.largest(values, Integer.MAX_VALUE));
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 50);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void matchesSortingEverything(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] values = new long[random.nextInt(3_000)];
        // a small range of values in some seeds gives many ties
        long range = random.nextBoolean() ? 5 : Long.MAX_VALUE / 4;
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(10) == 0 ? -random.nextLong(range) : random.nextLong(range);
        }
        for (int n : new int[] { 1, 2, 7, 100, values.length, values.length + 5 }) {
            if (n > 0) {
                assertArrayEquals(naive(values, n), TopN.largest(values, n), "n " + n);
            }
        }
    }
}
