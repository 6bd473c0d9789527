package org.flowbench.analysis.internal.builtin;

import static org.flowbench.analysis.tests.Results.assertRanking;

import java.util.List;
import java.util.stream.LongStream;

import org.flowbench.analysis.Ranking;
import org.flowbench.analysis.tests.BuiltIns;
import org.flowbench.analysis.tests.Dataset;
import org.flowbench.analysis.tests.Expected;
import org.flowbench.analysis.tests.QueryCase;
import org.flowbench.analysis.tests.RandomFlows;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** top-talkers and top-destinations against per-host sums computed from the plain list of flows. */
class HostRankingRandomTest {

    private static final String[] METRICS = { "bytes", "packets", "flows" };

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void topTalkersMatchTheNaiveRanking(long seed) {
        check(seed, true, "top-talkers");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void topDestinationsMatchTheNaiveRanking(long seed) {
        check(seed, false, "top-destinations");
    }

    private static void check(long seed, boolean bySource, String id) {
        RandomFlows shape = new RandomFlows(seed);
        Dataset data = new Dataset().addAll(shape.flows(1500 + (int) (seed * 7919 % 2500)));
        List<FlowRecord> all = data.flows();
        for (QueryCase c : QueryCase.of(data, shape, seed)) {
            List<FlowRecord> selected = c.selected(all);
            for (String by : METRICS) {
                Ranking expected = Expected.hostRanking(all, selected, bySource, by, c.topN());
                for (FlowSnapshot flows : data.snapshots()) {
                    Ranking actual = (Ranking) BuiltIns.registry().compute(id, c.query(flows).withParameter("by", by), Progress.NONE);
                    assertRanking(expected, actual, "seed " + seed + ", " + c + ", by " + by + ", " + flows.segmentCount() + " segments");
                }
            }
        }
    }
}
