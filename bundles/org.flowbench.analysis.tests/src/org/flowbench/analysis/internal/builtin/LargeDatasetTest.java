package org.flowbench.analysis.internal.builtin;

import static org.flowbench.analysis.tests.Results.assertRanking;
import static org.flowbench.analysis.tests.Results.assertSeries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.AnalysisRegistry;
import org.flowbench.analysis.Ranking;
import org.flowbench.analysis.Table;
import org.flowbench.analysis.TimeSeries;
import org.flowbench.analysis.tests.BuiltIns;
import org.flowbench.analysis.tests.Dataset;
import org.flowbench.analysis.tests.Expected;
import org.flowbench.analysis.tests.FilterCase;
import org.flowbench.analysis.tests.QueryCase;
import org.flowbench.analysis.tests.RandomFlows;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.FlowStore;
import org.flowbench.model.Progress;
import org.flowbench.model.TimeRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every built-in over 200,000 flows in segments of the default size: several full segments split among the parts. */
class LargeDatasetTest {

    private static Dataset data;
    private static List<QueryCase> cases;

    @BeforeAll
    static void makeData() {
        RandomFlows shape = new RandomFlows(1234);
        data = new Dataset(FlowStore.DEFAULT_SEGMENT_SIZE).addAll(shape.flows(200_000));
        List<FlowRecord> all = data.flows();
        long a = all.get(1_000).startMicros;
        long b = all.get(150_000).startMicros;
        TimeRange cut = new TimeRange(Math.min(a, b), Math.max(a, b));
        FilterCase filter = FilterCase.all(shape.hosts().get(0), shape.hosts().get(1)).get(18); // a combination of src net, dst host and not udp
        cases = List.of(new QueryCase("all time", TimeRange.ALL, FilterCase.ALL, 10), new QueryCase("cut", cut, filter, 25));
    }

    private final AnalysisRegistry registry = BuiltIns.registry();

    @Test
    void theDataFillsSeveralSegments() {
        assertEquals(4, data.snapshot().segmentCount());
    }

    @Test
    void bytesOverTime() {
        for (QueryCase c : cases) {
            for (String metric : List.of("bytes", "packets", "flows")) {
                TimeSeries expected = Expected.timeSeries(data.flows(), c.range(), c.filter().naive(), metric, 0, 1440);
                assertSeries(expected, (TimeSeries) registry.compute("bytes-over-time", c.query(data.snapshot()).withParameter("metric", metric),
                        Progress.NONE), c + " " + metric);
            }
        }
    }

    @Test
    void rankings() {
        for (QueryCase c : cases) {
            List<FlowRecord> selected = c.selected(data.flows());
            for (String by : List.of("bytes", "packets", "flows")) {
                FlowSnapshot flows = data.snapshot();
                AnalysisQuery q = c.query(flows).withParameter("by", by);
                assertRanking(Expected.hostRanking(data.flows(), selected, true, by, c.topN()), (Ranking) registry.compute("top-talkers", q, Progress.NONE),
                        c + " " + by);
                assertRanking(Expected.hostRanking(data.flows(), selected, false, by, c.topN()),
                        (Ranking) registry.compute("top-destinations", q, Progress.NONE), c + " " + by);
            }
        }
    }

    @Test
    void tables() {
        for (QueryCase c : cases) {
            List<FlowRecord> selected = c.selected(data.flows());
            AnalysisQuery q = c.query(data.snapshot());
            assertEquals(Expected.conversations(selected, c.topN()), ((Table) registry.compute("conversations", q, Progress.NONE)).rows(), c.toString());
            assertEquals(Expected.protocolMix(selected, true, c.topN()), ((Table) registry.compute("protocol-mix", q, Progress.NONE)).rows(), c.toString());
            assertEquals(Expected.protocolMix(selected, false, c.topN()),
                    ((Table) registry.compute("protocol-mix", q.withParameter("level", "protocol"), Progress.NONE)).rows(), c.toString());
        }
    }
}
