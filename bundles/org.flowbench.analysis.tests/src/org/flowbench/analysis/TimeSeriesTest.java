package org.flowbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.flowbench.model.TimeRange;
import org.junit.jupiter.api.Test;

class TimeSeriesTest {

    private static TimeSeries series(long start, long width, long... values) {
        return new TimeSeries("t", Unit.BYTES, start, width, values);
    }

    @Test
    void bucketsFollowEachOtherFromTheStart() {
        TimeSeries s = series(1_000, 60, 5, 0, 7);
        assertEquals(3, s.size());
        assertEquals(1_000, s.bucketStart(0));
        assertEquals(1_120, s.bucketStart(2));
        assertEquals(new TimeRange(1_000, 1_180), s.range());
        assertEquals(ResultKind.TIME_SERIES, s.kind());
    }

    @Test
    void bucketStartsDoNotOverflowIntArithmetic() {
        TimeSeries s = series(0, 3_600_000_000L, new long[1000]);
        assertEquals(999 * 3_600_000_000L, s.bucketStart(999));
    }

    @Test
    void peakIsTheFirstOfTheLargestValues() {
        assertEquals(1, series(0, 1, 3, 9, 2, 9).peakIndex());
        assertEquals(0, series(0, 1, 0, 0, 0).peakIndex());
        assertEquals(-1, series(0, 1).peakIndex());
    }

    @Test
    void totalAndPeakAgreeWithALoopOnRandomSeries() {
        for (long seed = 1; seed <= 30; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            long[] values = new long[1 + random.nextInt(200)];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(5) == 0 ? 0 : random.nextLong(1_000);
            }
            long total = 0;
            int peak = 0;
            for (int i = 0; i < values.length; i++) {
                total += values[i];
                if (values[i] > values[peak]) {
                    peak = i;
                }
            }
            TimeSeries s = series(-5, 10, values);
            assertEquals(total, s.total(), "seed " + seed);
            assertEquals(peak, s.peakIndex(), "seed " + seed);
        }
    }

    @Test
    void bucketWidthMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> series(0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> series(0, -60, 1));
    }
}
