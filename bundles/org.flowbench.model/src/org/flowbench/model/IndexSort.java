package org.flowbench.model;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Sorts row positions by a primitive key per row: a stable least-significant-digit radix sort of
 * (key, position) pairs held in two primitive arrays. Only as many digit passes run as the range
 * of the keys needs (a day of microseconds takes three), so ten million rows sort in well under a
 * second, with no object per row.
 */
public final class IndexSort {

    private static final int MAX_DIGIT_BITS = 16;

    private IndexSort() {
    }

    /**
     * Reorders {@code rows} (and {@code keys} with it) so that the keys ascend, or descend. Rows of
     * equal keys keep their order, so sorting by a second key after a first gives both orders.
     *
     * @param rows       the positions, one per key
     * @param keys       the key of each position, compared as signed longs; overwritten
     * @param descending largest key first
     * @param canceled   asked between passes; when it says yes, a {@link CancellationException} is thrown
     */
    public static void sort(int[] rows, long[] keys, boolean descending, BooleanSupplier canceled) {
        int n = rows.length;
        if (keys.length != n) {
            throw new IllegalArgumentException(n + " rows but " + keys.length + " keys");
        }
        if (n < 2) {
            return;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long k : keys) {
            min = Math.min(min, k);
            max = Math.max(max, k);
        }
        // shift the keys to 0 .. max - min (unsigned); descending flips them, which keeps ties stable
        for (int i = 0; i < n; i++) {
            keys[i] = descending ? max - keys[i] : keys[i] - min;
        }
        long range = max - min;
        int bits = 64 - Long.numberOfLeadingZeros(range);
        if (bits == 0) {
            return;
        }
        int passes = (bits + MAX_DIGIT_BITS - 1) / MAX_DIGIT_BITS;
        int digitBits = (bits + passes - 1) / passes;
        int[] count = new int[1 << digitBits];
        int mask = count.length - 1;
        int[] rowsFrom = rows;
        long[] keysFrom = keys;
        int[] rowsTo = new int[n];
        long[] keysTo = new long[n];
        for (int pass = 0, shift = 0; pass < passes; pass++, shift += digitBits) {
            if (canceled.getAsBoolean()) {
                throw new CancellationException();
            }
            Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) (keysFrom[i] >>> shift) & mask]++;
            }
            for (int d = 0, sum = 0; d < count.length; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int at = count[(int) (keysFrom[i] >>> shift) & mask]++;
                rowsTo[at] = rowsFrom[i];
                keysTo[at] = keysFrom[i];
            }
            int[] r = rowsFrom;
            rowsFrom = rowsTo;
            rowsTo = r;
            long[] k = keysFrom;
            keysFrom = keysTo;
            keysTo = k;
        }
        if (rowsFrom != rows) {
            System.arraycopy(rowsFrom, 0, rows, 0, n);
            System.arraycopy(keysFrom, 0, keys, 0, n);
        }
    }

    /** @return the key that orders unsigned values (such as halves of IPv6 addresses) as signed keys do */
    public static long unsigned(long value) {
        return value ^ Long.MIN_VALUE;
    }
}
