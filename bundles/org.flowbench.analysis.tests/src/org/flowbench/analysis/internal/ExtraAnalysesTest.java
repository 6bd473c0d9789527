package org.flowbench.analysis.internal;

import static org.flowbench.analysis.tests.Flows.MINUTE;
import static org.flowbench.analysis.tests.Flows.SECOND;
import static org.flowbench.analysis.tests.Flows.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.LongStream;

import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.AnalysisRegistry;
import org.flowbench.analysis.Durations;
import org.flowbench.analysis.Findings;
import org.flowbench.analysis.Findings.Finding;
import org.flowbench.analysis.Findings.Severity;
import org.flowbench.analysis.Table;
import org.flowbench.analysis.tests.Dataset;
import org.flowbench.analysis.tests.Expected;
import org.flowbench.analysis.tests.FixedFlows;
import org.flowbench.analysis.tests.Flows;
import org.flowbench.analysis.tests.LiveRegistry;
import org.flowbench.analysis.tests.QueryCase;
import org.flowbench.analysis.tests.RandomFlows;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.IpAddress;
import org.flowbench.model.Progress;
import org.flowbench.model.TimeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The analyses of the extra bundle, run through the live registry as the application runs them. */
class ExtraAnalysesTest {

    private final AnalysisRegistry registry = LiveRegistry.get();

    private <R> List<R> compute(Dataset data, String id, java.util.function.Function<FlowSnapshot, AnalysisQuery> query, Class<R> type) {
        return data.snapshots().stream().map(s -> type.cast(registry.compute(id, query.apply(s), Progress.NONE))).toList();
    }

    // ---- flow-size-classes

    @Test
    void sizeClassesOfTheFixedFlows() {
        for (Table t : compute(FixedFlows.dataset(), "flow-size-classes", AnalysisQuery::of, Table.class)) {
            assertEquals("Flows by size", t.title());
            assertEquals(List.of("Size", "Flows", "Bytes"), t.columns().stream().map(Table.Column::name).toList());
            assertEquals(List.of(
                    List.of("< 100 B", 3L, 164L), // 80, 84 and the empty flow
                    List.of("100 B - 1 KB", 2L, 320L), // 120, 200
                    List.of("1 KB - 10 KB", 5L, 12000L)), t.rows());
        }
    }

    @Test
    void classBoundariesArePowersOfTenWithEmptyClassesBetweenShown() {
        Dataset data = new Dataset();
        long[] sizes = { 99, 100, 999, 1000, 9_999_999, 10_000_000, 999_999_999_999_999_999L, Long.MAX_VALUE };
        for (long bytes : sizes) {
            data.add(Flows.flow(T0, 0, "10.0.0.1", 1, "10.0.0.2", 2, 6, bytes, 1));
        }
        for (Table t : compute(data, "flow-size-classes", AnalysisQuery::of, Table.class)) {
            assertEquals(18, t.rows().size());
            assertEquals(List.of("< 100 B", 1L, 99L), t.rows().get(0));
            assertEquals(List.of("100 B - 1 KB", 2L, 1099L), t.rows().get(1));
            assertEquals(List.of("1 KB - 10 KB", 1L, 1000L), t.rows().get(2));
            assertEquals(List.of("10 KB - 100 KB", 0L, 0L), t.rows().get(3));
            assertEquals(List.of("1 MB - 10 MB", 1L, 9_999_999L), t.rows().get(5));
            assertEquals(List.of("10 MB - 100 MB", 1L, 10_000_000L), t.rows().get(6));
            assertEquals(List.of("100 PB - 1 EB", 1L, 999_999_999_999_999_999L), t.rows().get(16));
            assertEquals(List.of("1 EB - 10 EB", 1L, Long.MAX_VALUE), t.rows().get(17));
        }
    }

    @Test
    void noFlowsNoRows() {
        Table t = (Table) registry.compute("flow-size-classes", AnalysisQuery.of(FlowSnapshot.empty()), Progress.NONE);
        assertEquals(List.of(), t.rows());
    }

    // ---- long-flows

    private static Finding finding(String summary, long start, long duration, String source, String destination) {
        return new Finding(summary, Severity.INFO, new TimeRange(start, start + duration), List.of(IpAddress.parse(source), IpAddress.parse(destination)),
                duration);
    }

    @Test
    void longFlowsOfTheFixedFlowsLongestFirstEqualOnesByStart() {
        List<Finding> expected = List.of(
                finding("10.0.0.1:50002 -> 192.168.1.10:22 TCP lasted 20m (1000 bytes)", T0 + 180 * SECOND - 1, 20 * MINUTE, "10.0.0.1", "192.168.1.10"),
                finding("10.0.0.2:41000 -> 192.168.1.10:80 TCP lasted 10m (2000 bytes)", T0 + 61 * SECOND, 10 * MINUTE, "10.0.0.2", "192.168.1.10"),
                finding("10.0.0.1:50001 -> 192.168.1.10:443 TCP lasted 3s (3000 bytes)", T0 + 125 * SECOND, 3 * SECOND, "10.0.0.1", "192.168.1.10"),
                finding("10.0.0.1:50000 -> 192.168.1.10:443 TCP lasted 2s (1000 bytes)", T0, 2 * SECOND, "10.0.0.1", "192.168.1.10"),
                finding("192.168.1.10:443 -> 10.0.0.1:50000 TCP lasted 1s (5000 bytes)", T0 + SECOND, SECOND, "192.168.1.10", "10.0.0.1"),
                finding("10.0.0.1:0 -> 192.168.1.53:0 ICMP lasted 1s (84 bytes)", T0 + 65 * SECOND, SECOND, "10.0.0.1", "192.168.1.53"),
                finding("[2001:db8::1]:5353 -> [ff02::fb]:5353 UDP lasted 1s (200 bytes)", T0 + 180 * SECOND, SECOND, "2001:db8::1", "ff02::fb"));
        for (Findings f : compute(FixedFlows.dataset(), "long-flows", s -> AnalysisQuery.of(s).withParameter("min", "1s"), Findings.class)) {
            assertEquals(new Findings("Flows lasting at least 1s", expected), f);
        }
        for (Findings f : compute(FixedFlows.dataset(), "long-flows", s -> AnalysisQuery.of(s).withParameter("min", "1s").withTopN(2), Findings.class)) {
            assertEquals(expected.subList(0, 2), f.findings());
        }
    }

    @Test
    void theDefaultMinimumIsTenMinutes() {
        for (Findings f : compute(FixedFlows.dataset(), "long-flows", AnalysisQuery::of, Findings.class)) {
            assertEquals("Flows lasting at least 10m", f.title());
            assertEquals(List.of(20 * MINUTE * 1.0, 10 * MINUTE * 1.0), f.findings().stream().map(Finding::score).toList());
        }
    }

    @Test
    void longFlowsHonourTheFilterAndTheTimeRange() {
        for (Findings f : compute(FixedFlows.dataset(), "long-flows", s -> AnalysisQuery.of(s).withParameter("min", "1s")
                .withFilter(FlowFilter.parse("src host 10.0.0.1")).withTimeRange(new TimeRange(T0 + SECOND, T0 + 3 * MINUTE)), Findings.class)) {
            assertEquals(List.of(20 * MINUTE * 1.0, 3.0 * SECOND, 1.0 * SECOND), f.findings().stream().map(Finding::score).toList());
        }
    }

    @Test
    void bothAnalysesStopWhenCanceled() {
        Progress canceled = Progress.canceledWhen(() -> true);
        FlowSnapshot flows = FixedFlows.dataset().snapshot();
        assertThrows(CancellationException.class, () -> registry.compute("flow-size-classes", AnalysisQuery.of(flows), canceled));
        assertThrows(CancellationException.class, () -> registry.compute("long-flows", AnalysisQuery.of(flows), canceled));
    }

    // ---- against the naive computations on random data

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 20);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void bothMatchTheNaiveComputations(long seed) {
        RandomFlows shape = new RandomFlows(seed);
        Dataset data = new Dataset().addAll(shape.flows(1500 + (int) (seed * 7919 % 2500)));
        List<FlowRecord> all = data.flows();
        String[] minimums = { "1us", "500ms", "1m", "30m", "2h" };
        int n = 0;
        for (QueryCase c : QueryCase.of(data, shape, seed)) {
            List<FlowRecord> selected = c.selected(all);
            List<List<Object>> sizes = Expected.flowSizeClasses(selected);
            String min = minimums[(int) ((seed + n++) % minimums.length)];
            Findings longest = Expected.longFlows(selected, Durations.parseMicros(min), c.topN());
            for (FlowSnapshot flows : data.snapshots()) {
                String context = "seed " + seed + ", " + c + ", " + flows.segmentCount() + " segments";
                assertEquals(sizes, ((Table) registry.compute("flow-size-classes", c.query(flows), Progress.NONE)).rows(), context);
                assertEquals(longest, registry.compute("long-flows", c.query(flows).withParameter("min", min), Progress.NONE), context + ", min " + min);
            }
        }
    }
}
