package org.flowbench.ui.charts.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The thinning of long series against a plain per-column minimum and maximum. */
class MinMaxDownsamplerTest {

    @Test
    void keepsTheMinimumAndMaximumOfEveryPixelColumn() {
        int n = 200_000;
        double[] x = new double[n];
        double[] y = new double[n];
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.5;
            y[i] = random.nextInt(1000);
        }
        y[123_456] = 5000; // a one-bucket spike must survive
        int pixels = 640;
        double lower = 10_000.25;
        double upper = 90_000;
        int[] kept = MinMaxDownsampler.select(x, y, lower, upper, pixels);

        assertArrayEquals(naive(x, y, lower, upper, pixels), kept);
        assertTrue(kept.length <= 2 * pixels + 2, kept.length + " points for " + pixels + " pixels");
        assertTrue(contains(kept, 123_456), "the spike is kept");
    }

    @Test
    void keepsEveryPointWhenThereAreNoMoreThanPixels() {
        double[] x = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
        double[] y = { 5, 1, 4, 1, 5, 9, 2, 6, 5, 3 };
        assertArrayEquals(new int[] { 1, 2, 3, 4, 5, 6, 7, 8 }, MinMaxDownsampler.select(x, y, 1.5, 7.5, 800),
                "the points inside, and one neighbor on either side");
        assertArrayEquals(new int[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, MinMaxDownsampler.select(x, y, 0, 9, 10));
    }

    @Test
    void aColumnOfEqualValuesKeepsOnePoint() {
        double[] x = { 0, 1, 2, 3, 4, 5, 6, 7 };
        double[] y = { 2, 2, 2, 2, 7, 7, 7, 7 };
        assertArrayEquals(new int[] { 0, 4 }, MinMaxDownsampler.select(x, y, 0, 8, 2));
    }

    /** For every column, all points are looked at: the first smallest and the first largest, in x order. */
    private static int[] naive(double[] x, double[] y, double lower, double upper, int pixels) {
        TreeSet<Integer> kept = new TreeSet<>();
        int firstInside = -1;
        int lastInside = -1;
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= lower && x[i] <= upper) {
                firstInside = firstInside < 0 ? i : firstInside;
                lastInside = i;
            }
        }
        double width = (upper - lower) / pixels;
        for (int c = 0; c < pixels; c++) {
            int min = -1;
            int max = -1;
            for (int i = 0; i < x.length; i++) {
                boolean inside = x[i] >= lower && x[i] <= upper;
                int column = (int) Math.min(pixels - 1, Math.floor((x[i] - lower) / width));
                if (inside && column == c) {
                    if (min < 0 || y[i] < y[min]) {
                        min = i;
                    }
                    if (max < 0 || y[i] > y[max]) {
                        max = i;
                    }
                }
            }
            if (min >= 0) {
                kept.add(min);
                kept.add(max);
            }
        }
        // and the neighbors just outside the range, so that the line reaches the plot's edges
        if (firstInside > 0) {
            kept.add(firstInside - 1);
        }
        if (lastInside < x.length - 1) {
            kept.add(lastInside + 1);
        }
        List<Integer> all = new ArrayList<>(kept);
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean contains(int[] a, int v) {
        for (int i : a) {
            if (i == v) {
                return true;
            }
        }
        return false;
    }
}
