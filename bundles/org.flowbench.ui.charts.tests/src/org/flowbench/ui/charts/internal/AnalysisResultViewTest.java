package org.flowbench.ui.charts.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;
import java.util.List;

import org.flowbench.analysis.Analysis;
import org.flowbench.analysis.Findings;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.charts.ChartsUi;
import org.flowbench.ui.charts.RankingChart;
import org.flowbench.ui.charts.TimeSeriesChart;
import org.flowbench.ui.datasets.Dataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** The generic view draws any analysis by its result kind, including one a plugin adds at run time. */
class AnalysisResultViewTest {

    private Dataset dataset;
    private AnalysisResultView view;

    @BeforeEach
    void open() throws Exception {
        dataset = HandMadeTraffic.open();
        view = HandMadeTraffic.show(ChartsUi.ANALYSIS_VIEW_ID);
        HandMadeTraffic.waitShown(view, dataset);
    }

    private void showAnalysis(String id) {
        view.choose(id);
        HandMadeTraffic.waitUntil(() -> view.isUpToDate() && view.shownResult() != null, id + " is shown");
    }

    @Test
    void aRankingIsDrawnAsBars() {
        showAnalysis("top-destinations");
        // by hand: 192.168.1.10 gets 1000 + 2000 + 800 + 4000, 2001:db8::53 5000, 192.168.1.20 300 + 200, 192.168.1.30 100
        assertEquals(List.of("192.168.1.10", "2001:db8::53", "192.168.1.20", "192.168.1.30"), view.rankingChart().categories());
        assertArrayEquals(new double[] { 7800, 5000, 500, 100 }, RankingViewsTest.bars(view.rankingChart(), RankingChart.BARS_ID), 0);
    }

    @Test
    void aTimeSeriesIsDrawnOverTimeWithItsSettingsApplied() {
        showAnalysis("bytes-over-time");
        view.setParameter("bucket", "1m");
        HandMadeTraffic.waitUntil(view::isUpToDate, "one-minute buckets");
        double[] y = view.timeChart().getChart().getSeriesSet().getSeries(TimeSeriesChart.SERIES_ID).getYSeries();
        assertArrayEquals(new double[] { 1000 + 2000, 300, 5000 + 800, 4000, 100 + 200 }, y, 0);
        view.setParameter("metric", "packets");
        HandMadeTraffic.waitUntil(view::isUpToDate, "packets");
        y = view.timeChart().getChart().getSeriesSet().getSeries(TimeSeriesChart.SERIES_ID).getYSeries();
        assertArrayEquals(new double[] { 10 + 20, 3, 5 + 8, 40, 1 + 2 }, y, 0);
    }

    /** Datasets arrive from jobs: the selection then changes on a worker thread, not the UI thread. */
    @Test
    void aTimeSeriesFollowsASelectionChangedOffTheUiThread() throws Exception {
        showAnalysis("bytes-over-time");
        view.setParameter("bucket", "1m");
        HandMadeTraffic.waitUntil(view::isUpToDate, "one-minute buckets");
        TimeRange firstTwoMinutes = new TimeRange(HandMadeTraffic.T0, HandMadeTraffic.T0 + 120_000_000L);
        Thread worker = new Thread(() -> HandMadeTraffic.selection().selectTimeRange(firstTwoMinutes));
        worker.start();
        worker.join();
        HandMadeTraffic.waitUntil(() -> view.isUpToDate() && firstTwoMinutes.equals(view.shownSelection().timeRange()),
                "the first two minutes");
        double[] y = view.timeChart().getChart().getSeriesSet().getSeries(TimeSeriesChart.SERIES_ID).getYSeries();
        assertArrayEquals(new double[] { 1000 + 2000, 300 }, y, 0);
    }

    @Test
    void aTableIsShownRowByRow() {
        showAnalysis("conversations");
        List<List<String>> rows = view.tableRows();
        // 10.0.0.1 <-> 192.168.1.10 (1000 + 4000) and the IPv6 pair (5000) tie; the first to occur ranks first
        assertEquals(List.of("10.0.0.1", "192.168.1.10", "5000", "0", "50", "0", "2", "5000"), rows.get(0));
        assertEquals(List.of("2001:db8::5", "2001:db8::53", "5000", "0", "5", "0", "1", "5000"), rows.get(1));
        assertEquals(List.of("10.0.0.2", "192.168.1.10", "2000", "0", "20", "0", "1", "2000"), rows.get(2));
        assertEquals(7, rows.size());
    }

    /** A plugin's analysis, registered as a service with no UI code, appears, shows and goes. */
    @Test
    void anAnalysisAddedAtRunTimeIsOfferedAndShown() {
        Analysis largestFlow = (descriptor, query, progress) -> {
            FlowSnapshot flows = query.flows();
            FlowRecord largest = null;
            FlowRecord r = new FlowRecord();
            for (long row = 0; row < flows.size(); row++) {
                flows.read(row, r);
                if (largest == null || r.bytes > largest.bytes) {
                    largest = new FlowRecord().copyFrom(r);
                }
            }
            return new Findings("Largest flow", List.of(new Findings.Finding(largest.bytes + " bytes", Findings.Severity.INFO,
                    new TimeRange(largest.startMicros, largest.endMicros + 1), List.of(largest.source(), largest.destination()), 1)));
        };
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("flowbench.analysis.id", "largest-flow");
        properties.put("flowbench.analysis.name", "Largest flow");
        properties.put("flowbench.analysis.description", "The single largest flow");
        properties.put("flowbench.analysis.resultKind", "findings");
        ServiceRegistration<Analysis> registration = FrameworkUtil.getBundle(getClass()).getBundleContext()
                .registerService(Analysis.class, largestFlow, properties);
        try {
            HandMadeTraffic.waitUntil(() -> view.choices().contains("largest-flow"), "the new analysis is offered");
            showAnalysis("largest-flow");
            List<String> row = view.tableRows().get(0);
            assertEquals("5000 bytes", row.get(4)); // the IPv6 flow at 10:02:10
            assertEquals("2001:db8::5 2001:db8::53", row.get(3));
            assertTrue(row.get(0).startsWith("2026-01-05T10:02:10"), row.get(0));
        } finally {
            registration.unregister();
        }
        HandMadeTraffic.waitUntil(() -> !view.choices().contains("largest-flow"), "the analysis is gone from the list");
        assertFalse(view.choices().contains("largest-flow"));
    }
}
