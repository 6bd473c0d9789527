package org.flowbench.analysis.internal.builtin;

import static org.flowbench.analysis.tests.Results.assertRanking;
import static org.flowbench.analysis.tests.Results.assertSeries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.LongStream;

import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.AnalysisRegistry;
import org.flowbench.analysis.Ranking;
import org.flowbench.analysis.Table;
import org.flowbench.analysis.TimeSeries;
import org.flowbench.analysis.tests.BuiltIns;
import org.flowbench.analysis.tests.Expected;
import org.flowbench.analysis.tests.RandomFlows;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.FlowStore;
import org.flowbench.model.Progress;
import org.flowbench.model.TimeRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A live collector appends while views aggregate: an analysis of a snapshot sees the rows of the
 * snapshot only, although the segments it reads (the last one partly) and the address dictionary
 * have grown since.
 */
class GrowingStoreTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 10);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aSnapshotIgnoresTheFlowsAppendedAfterIt(long seed) {
        List<FlowRecord> flows = new RandomFlows(seed).flows(3_000);
        List<FlowRecord> later = new RandomFlows(seed + 1000).flows(2_000); // other hosts, other times
        int taken = 1_000 + (int) (seed * 37); // not at a segment boundary
        AnalysisRegistry registry = BuiltIns.registry();
        for (int segmentSize : new int[] { 7, 1000, FlowStore.DEFAULT_SEGMENT_SIZE }) {
            FlowStore store = new FlowStore(segmentSize);
            flows.subList(0, taken).forEach(store::accept);
            FlowSnapshot snapshot = store.snapshot();
            flows.subList(taken, flows.size()).forEach(store::accept);
            later.forEach(store::accept);

            List<FlowRecord> seen = flows.subList(0, taken);
            long a = seen.get(10).startMicros;
            long b = seen.get(taken - 10).startMicros;
            String context = "seed " + seed + ", segments of " + segmentSize;
            for (TimeRange range : List.of(TimeRange.ALL, new TimeRange(Math.min(a, b), Math.max(a, b)))) {
                AnalysisQuery q = AnalysisQuery.of(snapshot).withTimeRange(range).withTopN(7);
                List<FlowRecord> selected = Expected.selected(seen, range, r -> true);
                assertSeries(Expected.timeSeries(seen, range, r -> true, "bytes", 0, 100),
                        (TimeSeries) registry.compute("bytes-over-time", q.withResolution(100), Progress.NONE), context);
                assertRanking(Expected.hostRanking(seen, selected, true, "bytes", 7), (Ranking) registry.compute("top-talkers", q, Progress.NONE),
                        context);
                assertRanking(Expected.hostRanking(seen, selected, false, "packets", 7),
                        (Ranking) registry.compute("top-destinations", q.withParameter("by", "packets"), Progress.NONE), context);
                assertEquals(Expected.conversations(selected, 7), ((Table) registry.compute("conversations", q, Progress.NONE)).rows(), context);
                assertEquals(Expected.protocolMix(selected, true, 7), ((Table) registry.compute("protocol-mix", q, Progress.NONE)).rows(), context);
            }
        }
    }
}
