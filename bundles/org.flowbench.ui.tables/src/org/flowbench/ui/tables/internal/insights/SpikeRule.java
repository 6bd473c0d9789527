package org.flowbench.ui.tables.internal.insights;

import java.util.Arrays;

/**
 * What counts as a spike in a series of per-minute amounts: a value above the median by more than
 * {@code k} robust standard deviations, estimated as 1.4826 times the median absolute deviation
 * (MAD), which, unlike the mean and the standard deviation, a burst does not drag up with it.
 *
 * @param k how many robust standard deviations above the median a spike lies
 */
public record SpikeRule(double k) {

    /** The factor that makes the MAD estimate the standard deviation of normally distributed values. */
    public static final double MAD_TO_SIGMA = 1.4826;

    public static final SpikeRule DEFAULT = new SpikeRule(6);

    /** @return the value above which a value is a spike; +infinity for no values */
    public double threshold(long[] values) {
        if (values.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double median = median(values);
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(values[i] - median);
        }
        return median + k * MAD_TO_SIGMA * median(deviations);
    }

    /** @return whether each value is a spike */
    public boolean[] spikes(long[] values) {
        double threshold = threshold(values);
        boolean[] spike = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            spike[i] = values[i] > threshold;
        }
        return spike;
    }

    /** @return the median; for an even count the mean of the two middle values */
    public static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] / 2.0 + sorted[n / 2] / 2.0);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
