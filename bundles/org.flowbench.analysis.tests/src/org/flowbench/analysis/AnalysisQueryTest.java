package org.flowbench.analysis;

import static org.flowbench.analysis.tests.Flows.HOUR;
import static org.flowbench.analysis.tests.Flows.SECOND;
import static org.flowbench.analysis.tests.Flows.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowbench.analysis.ParameterDescriptor.Type;
import org.flowbench.analysis.tests.FixedFlows;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.TimeRange;
import org.junit.jupiter.api.Test;

class AnalysisQueryTest {

    /** The fixed flows start at T0 and the last one ends at T0 + 1380 s - 1 us. */
    private static final TimeRange SPAN = new TimeRange(T0, T0 + 1380 * SECOND);

    private final FlowSnapshot flows = FixedFlows.dataset().snapshot();

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("d", "D", "", ResultKind.TABLE,
            List.of(new ParameterDescriptor("metric", "Metric", Type.CHOICE, "bytes", List.of("bytes", "flows"), ""),
                    new ParameterDescriptor("bucket", "Bucket", Type.DURATION, null, List.of(), "")),
            "test");

    @Test
    void ofTakesEverythingWithTheDefaults() {
        AnalysisQuery q = AnalysisQuery.of(flows);
        assertSame(flows, q.flows());
        assertEquals(TimeRange.ALL, q.timeRange());
        assertEquals(FlowFilter.ALL, q.filter());
        assertEquals(1440, q.resolution());
        assertEquals(10, q.topN());
        assertEquals(Map.of(), q.parameters());
    }

    @Test
    void withersChangeOneThing() {
        AnalysisQuery q = AnalysisQuery.of(flows);
        TimeRange r = new TimeRange(1, 2);
        FlowFilter f = FlowFilter.parse("tcp");
        AnalysisQuery changed = q.withTimeRange(r).withFilter(f).withResolution(7).withTopN(3).withParameter("metric", "flows");
        assertEquals(new AnalysisQuery(flows, r, f, 7, 3, Map.of("metric", "flows")), changed);
        assertEquals(AnalysisQuery.of(flows), q, "the original is unchanged");
        assertEquals(Map.of("metric", "bytes"), changed.withParameter("metric", "bytes").parameters());
    }

    @Test
    void resolutionAndTopNMustBePositive() {
        AnalysisQuery q = AnalysisQuery.of(flows);
        assertThrows(IllegalArgumentException.class, () -> q.withResolution(0));
        assertThrows(IllegalArgumentException.class, () -> q.withTopN(0));
        assertThrows(IllegalArgumentException.class, () -> q.withTopN(-1));
    }

    @Test
    void parametersAreCopied() {
        Map<String, String> given = new HashMap<>(Map.of("metric", "flows"));
        AnalysisQuery q = new AnalysisQuery(flows, TimeRange.ALL, FlowFilter.ALL, 1, 1, given);
        given.put("metric", "bytes");
        assertEquals("flows", q.parameters().get("metric"));
        assertThrows(UnsupportedOperationException.class, () -> q.parameters().put("x", "y"));
    }

    @Test
    void parameterGivesTheValueOrTheDefault() {
        AnalysisQuery q = AnalysisQuery.of(flows);
        assertEquals("bytes", q.parameter(DESCRIPTOR, "metric"));
        assertEquals(null, q.parameter(DESCRIPTOR, "bucket"));
        assertEquals("flows", q.withParameter("metric", "flows").parameter(DESCRIPTOR, "metric"));
        assertEquals("5m", q.withParameter("bucket", "5m").parameter(DESCRIPTOR, "bucket"));
    }

    @Test
    void parameterRefusesInvalidValuesAndUnknownParametersByName() {
        AnalysisQuery q = AnalysisQuery.of(flows);
        IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class,
                () -> q.withParameter("metric", "bits").parameter(DESCRIPTOR, "metric"));
        assertEquals("parameter metric=bits: expected one of bytes, flows", invalid.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> q.parameter(DESCRIPTOR, "window"));
        assertEquals("d has no parameter 'window'", unknown.getMessage());
    }

    // ---- effectiveRange: the query's range, narrowed to the flows' span

    @Test
    void allTimeBecomesTheSpanOfTheData() {
        assertEquals(SPAN, AnalysisQuery.of(flows).effectiveRange());
    }

    @Test
    void allTimeBecomesTheSpanHoweverItIsWritten() {
        assertEquals(SPAN, AnalysisQuery.of(flows).withTimeRange(new TimeRange(Long.MIN_VALUE, Long.MAX_VALUE)).effectiveRange());
    }

    @Test
    void aRangeInsideTheDataStaysAsItIs() {
        TimeRange inside = new TimeRange(T0 + 30 * SECOND + 1, T0 + 130 * SECOND);
        assertEquals(inside, AnalysisQuery.of(flows).withTimeRange(inside).effectiveRange());
    }

    @Test
    void aRangeWiderThanTheDataIsNarrowedToIt() {
        assertEquals(SPAN, AnalysisQuery.of(flows).withTimeRange(new TimeRange(T0 - HOUR, T0 + 2 * HOUR)).effectiveRange());
        assertEquals(new TimeRange(T0 + 60 * SECOND, SPAN.endMicros()),
                AnalysisQuery.of(flows).withTimeRange(new TimeRange(T0 + 60 * SECOND, Long.MAX_VALUE)).effectiveRange(), "open end");
        assertEquals(new TimeRange(T0, T0 + 60 * SECOND),
                AnalysisQuery.of(flows).withTimeRange(new TimeRange(Long.MIN_VALUE, T0 + 60 * SECOND)).effectiveRange(), "open start");
    }

    @Test
    void aRangeOutsideTheDataBecomesEmpty() {
        assertTrue(AnalysisQuery.of(flows).withTimeRange(new TimeRange(T0 + 2 * HOUR, T0 + 3 * HOUR)).effectiveRange().isEmpty());
        assertTrue(AnalysisQuery.of(flows).withTimeRange(new TimeRange(T0 - 2 * HOUR, T0 - HOUR)).effectiveRange().isEmpty());
    }

    @Test
    void noFlowsGiveAnEmptyRange() {
        assertEquals(new TimeRange(0, 0), AnalysisQuery.of(FlowSnapshot.empty()).effectiveRange());
        assertEquals(new TimeRange(0, 0), AnalysisQuery.of(FlowSnapshot.empty()).withTimeRange(new TimeRange(5, 10)).effectiveRange());
    }
}
