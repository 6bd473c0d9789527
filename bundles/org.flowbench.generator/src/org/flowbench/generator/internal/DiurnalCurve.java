package org.flowbench.generator.internal;

/**
 * The shape of activity over one day, stretched or compressed to any duration: 24 levels, one per
 * hour, taken to hold at the middle of their hour and joined by straight lines (across midnight
 * too), so that the activity has no steps. The day is cut into {@value #SLICES} slices of constant
 * density (one minute each for a 24-hour duration), which makes the cumulative share piecewise
 * linear and cheap to invert.
 */
public final class DiurnalCurve {

    public static final int SLICES = 1440;

    private final double[] hourlyLevels;
    private final double[] cumulative = new double[SLICES + 1];
    private final double largestSliceShare;

    /** @param hourlyLevels 24 relative activity levels, positive, for hours 0..23 */
    public DiurnalCurve(double[] hourlyLevels) {
        if (hourlyLevels.length != 24) {
            throw new IllegalArgumentException("a day has 24 hourly levels, not " + hourlyLevels.length);
        }
        this.hourlyLevels = hourlyLevels.clone();
        double[] density = new double[SLICES];
        double sum = 0;
        for (int k = 0; k < SLICES; k++) {
            density[k] = level((k + 0.5) / SLICES);
            if (!(density[k] > 0)) {
                throw new IllegalArgumentException("hourly levels must be positive");
            }
            sum += density[k];
        }
        double largest = 0;
        for (int k = 0; k < SLICES; k++) {
            cumulative[k + 1] = cumulative[k] + density[k] / sum;
            largest = Math.max(largest, density[k] / sum);
        }
        cumulative[SLICES] = 1.0;
        largestSliceShare = largest;
    }

    /** @return the activity level at a fraction of the day, 0 = midnight at the start */
    public double level(double dayFraction) {
        double centre = dayFraction * 24 - 0.5; // in hours after the middle of hour 0
        double floor = Math.floor(centre);
        int from = Math.floorMod((int) floor, 24);
        int to = (from + 1) % 24;
        double t = centre - floor;
        return hourlyLevels[from] * (1 - t) + hourlyLevels[to] * t;
    }

    /** @return the share of all activity in the busiest minute of a day stretched to {@code lengthMicros} */
    public double busiestMinuteShare(long lengthMicros) {
        double sliceMicros = (double) lengthMicros / SLICES;
        return Math.min(1.0, largestSliceShare * 60e6 / sliceMicros);
    }

    double cumulative(int slice) {
        return cumulative[slice];
    }

    /**
     * Turns ascending uniform numbers into ascending instants that follow the curve: the inverse of
     * the cumulative share, walked forward with a cursor instead of searched.
     */
    public final class Clock {

        private final long startMicros;
        private final long lengthMicros;
        private int slice;
        private long last;

        public Clock(long startMicros, long lengthMicros) {
            this.startMicros = startMicros;
            this.lengthMicros = lengthMicros;
            this.last = startMicros;
        }

        /** @param u at least the previous value, below 1 */
        public long timeAt(double u) {
            while (slice < SLICES - 1 && cumulative[slice + 1] <= u) {
                slice++;
            }
            double within = (u - cumulative[slice]) / (cumulative[slice + 1] - cumulative[slice]);
            double fraction = (slice + Math.min(1.0, Math.max(0.0, within))) / SLICES;
            long t = startMicros + (long) (fraction * lengthMicros);
            // rounding must never step back in time nor leave the half-open range
            t = Math.min(Math.max(t, last), startMicros + lengthMicros - 1);
            last = t;
            return t;
        }
    }
}
