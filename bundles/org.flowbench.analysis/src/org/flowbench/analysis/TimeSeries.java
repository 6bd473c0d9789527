package org.flowbench.analysis;

import org.flowbench.model.TimeRange;

/**
 * Values in consecutive, equally wide time buckets: bucket {@code i} covers
 * {@code [start + i * bucketMicros, start + (i + 1) * bucketMicros)}.
 *
 * @param title        e.g. "Bytes per minute"
 * @param unit         what the values count
 * @param startMicros  start of the first bucket
 * @param bucketMicros bucket width
 * @param values       one value per bucket (exact sums)
 */
public record TimeSeries(String title, Unit unit, long startMicros, long bucketMicros, long[] values) implements AnalysisResult {

    public TimeSeries {
        if (bucketMicros <= 0) {
            throw new IllegalArgumentException("bucket width must be positive");
        }
    }

    @Override
    public ResultKind kind() {
        return ResultKind.TIME_SERIES;
    }

    public int size() {
        return values.length;
    }

    public long bucketStart(int i) {
        return startMicros + i * bucketMicros;
    }

    public TimeRange range() {
        return new TimeRange(startMicros, startMicros + values.length * bucketMicros);
    }

    /** @return the index of the largest value (the first of equals), -1 when empty */
    public int peakIndex() {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (best < 0 || values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    public long total() {
        long t = 0;
        for (long v : values) {
            t += v;
        }
        return t;
    }
}
