package org.flowbench.analysis.internal.builtin;

import static org.flowbench.analysis.tests.Flows.HOUR;
import static org.flowbench.analysis.tests.Flows.MINUTE;
import static org.flowbench.analysis.tests.Flows.SECOND;
import static org.flowbench.analysis.tests.Flows.T0;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.TimeSeries;
import org.flowbench.analysis.tests.BuiltIns;
import org.flowbench.analysis.tests.Dataset;
import org.flowbench.analysis.tests.Expected;
import org.flowbench.analysis.tests.Flows;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.Progress;
import org.flowbench.model.TimeRange;
import org.junit.jupiter.api.Test;

/** The choice of the bucket width and the alignment of the buckets of bytes-over-time. */
class RoundWidthTest {

    @Test
    void theSmallestRoundWidthThatFitsTheResolution() {
        TimeRange range = new TimeRange(T0, T0 + 1380 * SECOND); // 23 minutes from a round hour
        assertEquals(SECOND, TrafficOverTime.roundWidth(range, 1440));
        assertEquals(SECOND, TrafficOverTime.roundWidth(range, 1380));
        assertEquals(2 * SECOND, TrafficOverTime.roundWidth(range, 1379));
        assertEquals(MINUTE, TrafficOverTime.roundWidth(range, 23));
        assertEquals(2 * MINUTE, TrafficOverTime.roundWidth(range, 22));
        assertEquals(5 * MINUTE, TrafficOverTime.roundWidth(range, 10));
        assertEquals(30 * MINUTE, TrafficOverTime.roundWidth(range, 1));
    }

    @Test
    void subSecondWidths() {
        assertEquals(1, TrafficOverTime.roundWidth(new TimeRange(T0, T0 + 500), 1000));
        assertEquals(100, TrafficOverTime.roundWidth(new TimeRange(T0, T0 + 5_000), 100));
        assertEquals(100_000, TrafficOverTime.roundWidth(new TimeRange(T0, T0 + SECOND), 10));
    }

    @Test
    void bucketsAreAlignedSoARangeAcrossAMinuteNeedsTwoMinutes() {
        // 59 s .. 61 s: every width up to 1 min puts the minute inside, 2 min holds it in one bucket
        assertEquals(2 * MINUTE, TrafficOverTime.roundWidth(new TimeRange(T0 + 59 * SECOND, T0 + 61 * SECOND), 1));
        assertEquals(SECOND, TrafficOverTime.roundWidth(new TimeRange(T0 + 59 * SECOND, T0 + 61 * SECOND), 2));
    }

    @Test
    void beyondAWeekTheWidthDoubles() {
        // T0 is 2026-01-01, day 20454 since the epoch; weeks are counted from the epoch (a Thursday)
        long width = TrafficOverTime.roundWidth(new TimeRange(T0, T0 + 100 * 24 * HOUR), 1);
        assertEquals(Expected.roundWidth(new TimeRange(T0, T0 + 100 * 24 * HOUR), 1), width);
        assertEquals(0, width % (7 * 24 * HOUR));
        assertEquals(1, Long.bitCount(width / (7 * 24 * HOUR)));
        assertEquals(T0 / width, (T0 + 100 * 24 * HOUR - 1) / width, "one bucket holds the range");
    }

    @Test
    void theRoundWidthMatchesTheDocumentedListOnRandomRanges() {
        SplittableRandom random = new SplittableRandom(7);
        int[] resolutions = { 1, 2, 3, 7, 10, 100, 1440, 100_000 };
        long[] lengths = { 1, 999, SECOND, MINUTE, HOUR, 24 * HOUR, 400 * 24 * HOUR };
        for (int i = 0; i < 5_000; i++) {
            long start = T0 + random.nextLong(-365 * 24 * HOUR, 365 * 24 * HOUR);
            TimeRange range = new TimeRange(start, start + 1 + random.nextLong(lengths[random.nextInt(lengths.length)]));
            int resolution = resolutions[random.nextInt(resolutions.length)];
            long width = TrafficOverTime.roundWidth(range, resolution);
            assertEquals(Expected.roundWidth(range, resolution), width, range + " at " + resolution);
            assertTrue(Expected.alignedBuckets(range, width) <= resolution, range + " at " + resolution);
        }
    }

    @Test
    void aRangeAroundTheEpochAtResolutionOneDoesNotOverflow() {
        // 0 is a multiple of every width: no width puts [-1 min, +1 min) in one bucket
        TimeRange range = new TimeRange(-MINUTE, MINUTE);
        long width = TrafficOverTime.roundWidth(range, 1);
        assertEquals(Expected.roundWidth(range, 1), width);
        assertTrue(width > 0);
        assertEquals(2, Expected.alignedBuckets(range, width));
    }

    @Test
    void flowsAroundTheEpochAtResolutionOneSumUpInTwoBuckets() {
        Dataset data = new Dataset().add(Flows.flow(-MINUTE, 0, "10.0.0.1", 1, "10.0.0.2", 2, 6, 100, 1))
                .add(Flows.flow(MINUTE - 1, 0, "10.0.0.1", 1, "10.0.0.2", 2, 6, 20, 1));
        TimeSeries expected = Expected.timeSeries(data.flows(), TimeRange.ALL, r -> true, "bytes", 0, 1);
        for (FlowSnapshot flows : data.snapshots()) {
            TimeSeries s = (TimeSeries) BuiltIns.registry().compute("bytes-over-time", AnalysisQuery.of(flows).withResolution(1), Progress.NONE);
            assertEquals(expected.bucketMicros(), s.bucketMicros());
            assertEquals(-s.bucketMicros(), s.startMicros());
            assertArrayEquals(new long[] { 100, 20 }, s.values());
        }
    }

    @Test
    void anExplicitBucketIsAlignedToMultiplesOfItsWidth() {
        Dataset data = new Dataset().add(Flows.flow(T0 + 10 * SECOND, 0, "10.0.0.1", 1, "10.0.0.2", 2, 6, 100, 1))
                .add(Flows.flow(T0 + 26 * SECOND, 0, "10.0.0.1", 1, "10.0.0.2", 2, 6, 10, 1));
        for (FlowSnapshot flows : data.snapshots()) {
            TimeSeries s = (TimeSeries) BuiltIns.registry().compute("bytes-over-time", AnalysisQuery.of(flows).withParameter("bucket", "11s"),
                    Progress.NONE);
            // T0 is a multiple of 11 s plus 8 s: the buckets start at T0 + 3 s, T0 + 14 s, T0 + 25 s
            assertEquals(T0 + 3 * SECOND, s.startMicros());
            assertEquals(11 * SECOND, s.bucketMicros());
            assertEquals("Bytes per 11s", s.title());
            assertArrayEquals(new long[] { 100, 0, 10 }, s.values());
        }
    }

    @Test
    void tooManyBucketsAreRefusedNamingTheBucket() {
        FlowSnapshot flows = new Dataset().add(Flows.flow(T0, 24 * HOUR, "10.0.0.1", 1, "10.0.0.2", 2, 6, 100, 1)).snapshot();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BuiltIns.registry().compute("bytes-over-time",
                AnalysisQuery.of(flows).withParameter("bucket", "1us"), Progress.NONE));
        assertTrue(e.getMessage().startsWith("bucket 1us over "), e.getMessage());
    }

    @Test
    void aBucketWiderThanAnyRangeGivesOneBucket() {
        Dataset data = new Dataset().add(Flows.flow(T0, 0, "10.0.0.1", 1, "10.0.0.2", 2, 6, 100, 1))
                .add(Flows.flow(-T0, 0, "10.0.0.1", 1, "10.0.0.2", 2, 6, 10, 1));
        for (String bucket : List.of("100000000d", "106000000d")) {
            TimeSeries s = (TimeSeries) BuiltIns.registry().compute("bytes-over-time", AnalysisQuery.of(data.snapshot()).withParameter("bucket", bucket),
                    Progress.NONE);
            assertEquals(110, s.total(), bucket);
            assertTrue(s.size() <= 2, bucket);
        }
    }
}
