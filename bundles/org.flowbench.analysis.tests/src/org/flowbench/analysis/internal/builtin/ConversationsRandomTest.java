package org.flowbench.analysis.internal.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.LongStream;

import org.flowbench.analysis.Table;
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

/** conversations against per-pair sums computed from the plain list of flows. */
class ConversationsRandomTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyRowAndCellMatchesTheNaivePairs(long seed) {
        RandomFlows shape = new RandomFlows(seed);
        Dataset data = new Dataset().addAll(shape.flows(1500 + (int) (seed * 7919 % 2500)));
        List<FlowRecord> all = data.flows();
        for (QueryCase c : QueryCase.of(data, shape, seed)) {
            List<List<Object>> expected = Expected.conversations(c.selected(all), c.topN());
            for (FlowSnapshot flows : data.snapshots()) {
                Table actual = (Table) BuiltIns.registry().compute("conversations", c.query(flows), Progress.NONE);
                assertEquals(expected, actual.rows(), "seed " + seed + ", " + c + ", " + flows.segmentCount() + " segments");
            }
        }
    }
}
