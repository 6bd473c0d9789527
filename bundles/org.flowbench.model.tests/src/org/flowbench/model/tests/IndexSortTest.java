package org.flowbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;

import org.flowbench.model.IndexSort;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The radix sort of positions against a naive stable sort of boxed pairs, on random data. */
class IndexSortTest {

    @ParameterizedTest
    @ValueSource(longs = { 1, 2, 7, 1000, 65_536, 1L << 40, Long.MAX_VALUE })
    void sortsLikeAStableComparisonSort(long spread) {
        Random random = new Random(spread);
        for (int round = 0; round < 20; round++) {
            int n = random.nextInt(3000);
            long offset = random.nextBoolean() ? 0 : random.nextLong();
            long[] keys = new long[n];
            int[] rows = new int[n];
            for (int i = 0; i < n; i++) {
                keys[i] = spread == Long.MAX_VALUE ? random.nextLong() : offset + (long) (random.nextDouble() * spread);
                rows[i] = random.nextInt(1_000_000);
            }
            for (boolean descending : new boolean[] { false, true }) {
                int[] expected = naive(rows, keys, descending);
                int[] actual = rows.clone();
                IndexSort.sort(actual, keys.clone(), descending, () -> false);
                assertArrayEquals(expected, actual, "spread " + spread + ", descending " + descending);
            }
        }
    }

    @Test
    void extremeKeysSortAsSignedLongs() {
        long[] keys = { Long.MAX_VALUE, Long.MIN_VALUE, 0, -1, 1, Long.MIN_VALUE, Long.MAX_VALUE };
        int[] rows = { 0, 1, 2, 3, 4, 5, 6 };
        IndexSort.sort(rows, keys.clone(), false, () -> false);
        assertArrayEquals(new int[] { 1, 5, 3, 2, 4, 0, 6 }, rows);
    }

    @Test
    void unsignedOrderOfAddressHalves() {
        long[] halves = { 0xFFFF_0000_0A00_0001L, 0x0000_FFFF_0A00_0001L, 0x8000_0000_0000_0000L, 1 };
        int[] rows = { 0, 1, 2, 3 };
        long[] keys = new long[4];
        for (int i = 0; i < 4; i++) {
            keys[i] = IndexSort.unsigned(halves[i]);
        }
        IndexSort.sort(rows, keys, false, () -> false);
        assertArrayEquals(new int[] { 3, 1, 2, 0 }, rows);
    }

    @Test
    void cancelStopsTheSort() {
        int[] rows = { 2, 1, 0 };
        assertThrows(CancellationException.class, () -> IndexSort.sort(rows, new long[] { 3, 2, 1 }, false, () -> true));
    }

    private static int[] naive(int[] rows, long[] keys, boolean descending) {
        List<long[]> pairs = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            pairs.add(new long[] { keys[i], rows[i] });
        }
        Comparator<long[]> byKey = Comparator.comparingLong(p -> p[0]);
        pairs.sort(descending ? byKey.reversed() : byKey); // List.sort is stable
        return pairs.stream().mapToInt(p -> (int) p[1]).toArray();
    }
}
