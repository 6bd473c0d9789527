package org.flowbench.generator.internal;

import java.util.SplittableRandom;

/**
 * Samples an index with probability proportional to its weight in constant time: Vose's alias
 * method. Each column {@code i} keeps itself with probability {@code keep[i]} and otherwise
 * yields {@code alias[i]}. One 64-bit random number per sample: its high half picks the column
 * (multiply-shift; the bias is below n / 2^32), its low half decides between column and alias.
 */
public final class AliasTable {

    private final long[] keep; // threshold on 32 random bits
    private final int[] alias;

    public AliasTable(double[] weights) {
        int n = weights.length;
        if (n == 0) {
            throw new IllegalArgumentException("no weights");
        }
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be finite and not negative: " + w);
            }
            sum += w;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("all weights are zero");
        }
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int smallCount = 0;
        int largeCount = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / sum;
            if (scaled[i] < 1.0) {
                small[smallCount++] = i;
            } else {
                large[largeCount++] = i;
            }
        }
        keep = new long[n];
        alias = new int[n];
        while (smallCount > 0 && largeCount > 0) {
            int s = small[--smallCount];
            int l = large[--largeCount];
            keep[s] = threshold(scaled[s]);
            alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1.0;
            if (scaled[l] < 1.0) {
                small[smallCount++] = l;
            } else {
                large[largeCount++] = l;
            }
        }
        // what is left is 1 up to rounding: those columns always keep themselves
        while (largeCount > 0) {
            int l = large[--largeCount];
            keep[l] = 1L << 32;
            alias[l] = l;
        }
        while (smallCount > 0) {
            int s = small[--smallCount];
            keep[s] = 1L << 32;
            alias[s] = s;
        }
    }

    private static long threshold(double probability) {
        return (long) (probability * 0x1p32);
    }

    public int size() {
        return keep.length;
    }

    public int sample(SplittableRandom random) {
        long bits = random.nextLong();
        int column = (int) (((bits >>> 32) * keep.length) >>> 32);
        return (bits & 0xFFFF_FFFFL) < keep[column] ? column : alias[column];
    }
}
