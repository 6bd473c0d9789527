package org.flowbench.ui.charts.internal;

import java.util.Arrays;

/**
 * Thins a series to what a plot of a given pixel width can show: in every pixel column, the
 * smallest and the largest point (so no peak or dip disappears), in their order along x. A series
 * that has no more points in the range than there are pixels is kept whole. One point on either
 * side of the range is kept too, so the line runs on to the plot's edges.
 */
public final class MinMaxDownsampler {

    private MinMaxDownsampler() {
    }

    /**
     * @param x      ascending x values
     * @param y      the values, as many as {@code x}
     * @param lower  the left edge of the plot, in x units
     * @param upper  the right edge, above {@code lower}
     * @param pixels the plot's width in pixels, at least 1
     * @return the indexes of the points to draw, ascending
     */
    public static int[] select(double[] x, double[] y, double lower, double upper, int pixels) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x values for " + y.length + " y values");
        }
        if (!(upper > lower) || pixels < 1) {
            throw new IllegalArgumentException("empty plot: [" + lower + ", " + upper + "] in " + pixels + " pixels");
        }
        int first = firstAtOrAbove(x, lower);
        int end = firstAbove(x, upper); // exclusive
        int[] kept = new int[2 * pixels + 2];
        int n = 0;
        if (first > 0) {
            kept[n++] = first - 1;
        }
        if (end - first <= pixels) {
            kept = ensure(kept, n + end - first + 1);
            for (int i = first; i < end; i++) {
                kept[n++] = i;
            }
        } else {
            double perPixel = pixels / (upper - lower);
            int i = first;
            while (i < end) {
                int column = column(x[i], lower, perPixel, pixels);
                int min = i;
                int max = i;
                int j = i + 1;
                while (j < end && column(x[j], lower, perPixel, pixels) == column) {
                    if (y[j] < y[min]) {
                        min = j;
                    }
                    if (y[j] > y[max]) {
                        max = j;
                    }
                    j++;
                }
                kept[n++] = Math.min(min, max);
                if (min != max) {
                    kept[n++] = Math.max(min, max);
                }
                i = j;
            }
        }
        if (end < x.length) {
            kept[n++] = end;
        }
        return Arrays.copyOf(kept, n);
    }

    /** @return the pixel column of x: {@code floor((x - lower) * perPixel)}, the last column for the right edge */
    static int column(double x, double lower, double perPixel, int pixels) {
        return Math.min(pixels - 1, (int) Math.floor((x - lower) * perPixel));
    }

    /** @return the values at the indexes */
    public static double[] pick(double[] values, int[] indexes) {
        double[] picked = new double[indexes.length];
        for (int k = 0; k < indexes.length; k++) {
            picked[k] = values[indexes[k]];
        }
        return picked;
    }

    private static int[] ensure(int[] a, int size) {
        return a.length >= size ? a : Arrays.copyOf(a, size);
    }

    private static int firstAtOrAbove(double[] x, double v) {
        int lo = 0;
        int hi = x.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int firstAbove(double[] x, double v) {
        int lo = 0;
        int hi = x.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
