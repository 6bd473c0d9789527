package org.flowbench.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.tests.Dataset;
import org.flowbench.analysis.tests.QueryCase;
import org.flowbench.analysis.tests.RandomFlows;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSegment;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.Progress;
import org.flowbench.model.TimeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The selection, the split into parts and the merge that every built-in analysis relies on. */
class SegmentScanTest {

    /** What an aggregate saw: the rows (as start, bytes, source port) and how they were handed over. */
    private static final class Seen {
        final List<String> rows = new ArrayList<>();
        int wholeSegments;

        static Seen merge(Seen a, Seen b) {
            a.rows.addAll(b.rows);
            a.wholeSegments += b.wholeSegments;
            return a;
        }
    }

    private static void add(Seen seen, FlowSegment s, int[] rows, int count) {
        if (rows == null) {
            seen.wholeSegments++;
        }
        for (int j = 0; j < count; j++) {
            int i = rows == null ? j : rows[j];
            seen.rows.add(s.start(i) + "/" + s.bytes(i) + "/" + s.sourcePort(i));
        }
    }

    private static List<String> naive(List<FlowRecord> selected) {
        return selected.stream().map(r -> r.startMicros + "/" + r.bytes + "/" + r.sourcePort).toList();
    }

    @Test
    void theTestRuntimeRunsTheParallelPath() {
        // set in the pom: four parts on any machine, so that the merge of partial aggregates is
        // tested with more parts than the common pool has threads
        assertEquals(4, SegmentScan.threads());
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 20);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void partsTogetherSeeExactlyTheSelectedRowsInStoreOrder(long seed) {
        RandomFlows shape = new RandomFlows(seed);
        Dataset data = new Dataset().addAll(shape.flows(2_000));
        for (QueryCase c : QueryCase.of(data, shape, seed)) {
            List<String> expected = naive(c.selected(data.flows()));
            for (FlowSnapshot flows : data.snapshots()) {
                AtomicInteger partials = new AtomicInteger();
                Seen seen = SegmentScan.reduce(c.query(flows), () -> {
                    partials.incrementAndGet();
                    return new Seen();
                }, SegmentScanTest::add, Seen::merge, Progress.NONE);
                assertEquals(expected, seen.rows, c + ", " + flows.segmentCount() + " segments");
                assertEquals(Math.min(flows.segmentCount(), SegmentScan.threads()), partials.get(), "one partial per part");
            }
        }
    }

    @Test
    void wholeSegmentsInsideTheRangeWithoutFilterComeWithoutARowList() {
        RandomFlows shape = new RandomFlows(3);
        List<FlowRecord> sorted = new ArrayList<>(shape.flows(700));
        sorted.sort((a, b) -> Long.compare(a.startMicros, b.startMicros));
        Dataset data = new Dataset(7).addAll(sorted); // 100 segments, each a narrow slice of time
        FlowSnapshot flows = data.snapshot();
        Seen all = SegmentScan.reduce(AnalysisQuery.of(flows), Seen::new, SegmentScanTest::add, Seen::merge, Progress.NONE);
        assertEquals(100, all.wholeSegments);
        // from the start of the 11th segment to the start of the 91st: 80 whole segments, the rest skipped
        TimeRange middle = new TimeRange(sorted.get(70).startMicros, sorted.get(630).startMicros);
        Seen part = SegmentScan.reduce(AnalysisQuery.of(flows).withTimeRange(middle), Seen::new, SegmentScanTest::add, Seen::merge, Progress.NONE);
        long inside = sorted.stream().filter(r -> middle.contains(r.startMicros)).count();
        assertEquals(inside, part.rows.size());
        assertTrue(part.wholeSegments >= 78 && part.wholeSegments <= 80, "whole segments " + part.wholeSegments);
    }

    @Test
    void progressCountsEverySegmentOnce() {
        FlowSnapshot flows = new Dataset(7).addAll(new RandomFlows(5).flows(1_000)).snapshot();
        AtomicLong total = new AtomicLong();
        AtomicLong worked = new AtomicLong();
        List<String> tasks = Collections.synchronizedList(new ArrayList<>());
        Progress progress = new Progress() {
            @Override
            public void begin(String task, long totalWork) {
                tasks.add(task);
                total.set(totalWork);
            }

            @Override
            public void worked(long work) {
                worked.addAndGet(work);
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        };
        SegmentScan.reduce(AnalysisQuery.of(flows).withTimeRange(new TimeRange(0, 1)), Seen::new, SegmentScanTest::add, Seen::merge, progress);
        assertEquals(List.of("Aggregating 1000 flows"), tasks);
        assertEquals(flows.segmentCount(), total.get());
        assertEquals(flows.segmentCount(), worked.get(), "skipped segments count as done too");
    }
}
