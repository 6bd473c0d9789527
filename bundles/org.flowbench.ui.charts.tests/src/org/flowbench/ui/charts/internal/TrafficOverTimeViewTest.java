package org.flowbench.ui.charts.internal;

import static org.flowbench.ui.charts.internal.HandMadeTraffic.MINUTE;
import static org.flowbench.ui.charts.internal.HandMadeTraffic.SECOND;
import static org.flowbench.ui.charts.internal.HandMadeTraffic.T0;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.Parameterization;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.handlers.RadioState;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.FlowbenchPreferences;
import org.flowbench.ui.charts.ChartsUi;
import org.flowbench.ui.charts.TimeSeriesChart;
import org.flowbench.ui.datasets.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Traffic over time on the hand-made flows: buckets, metrics, peak, zoom and selecting a time range. */
class TrafficOverTimeViewTest {

    private Dataset dataset;
    private TrafficOverTimeView view;

    @BeforeEach
    void open() throws Exception {
        HandMadeTraffic.minuteBuckets();
        dataset = HandMadeTraffic.open();
        view = HandMadeTraffic.show(ChartsUi.TRAFFIC_OVER_TIME_VIEW_ID);
        setMetric("bytes");
        view.zoomTo(null);
        HandMadeTraffic.waitShown(view, dataset);
    }

    @AfterEach
    void restore() throws Exception {
        setMetric("bytes");
        HandMadeTraffic.setPreference(FlowbenchPreferences.BUCKET, null);
    }

    @Test
    void bytesPerMinuteAreTheSumsOfTheFlowsStartingInEachMinute() {
        ISeries<?> series = series();
        // x: the middle of each minute, in seconds since the first flow
        assertArrayEquals(new double[] { 30, 90, 150, 210, 270 }, series.getXSeries(), 1e-9);
        assertArrayEquals(new double[] { 1000 + 2000, 300, 5000 + 800, 4000, 100 + 200 }, series.getYSeries(), 1e-9);
        assertEquals("Bytes per 1 min", axisTitle());
        assertEquals("Time (UTC), 2026-01-05", view.chart().getChart().getAxisSet().getXAxis(0).getTitle().getText());
    }

    @Test
    void thePeakIsTheLargestBucketWithItsTimeAndValue() {
        TimeSeriesChart chart = view.chart();
        assertEquals(2, chart.peakIndex());
        assertEquals(T0 + 2 * MINUTE, chart.bucketStart(chart.peakIndex()));
        assertEquals("Peak 10:02:00 · 5.8 KB", chart.peakLabel());
    }

    @Test
    void theMetricCommandSwitchesToPacketsFlowsAndBitsPerSecond() throws Exception {
        setMetric("packets");
        HandMadeTraffic.waitUntil(() -> view.isUpToDate() && "Packets per 1 min".equals(axisTitle()), "packets are shown");
        assertArrayEquals(new double[] { 10 + 20, 3, 5 + 8, 40, 1 + 2 }, series().getYSeries(), 1e-9);
        assertEquals("Peak 10:03:00 · 40", view.chart().peakLabel());

        setMetric("flows");
        HandMadeTraffic.waitUntil(() -> view.isUpToDate() && "Flows per 1 min".equals(axisTitle()), "flows are shown");
        assertArrayEquals(new double[] { 2, 1, 2, 1, 2 }, series().getYSeries(), 1e-9);
        assertEquals(0, view.chart().peakIndex(), "the first of equal buckets is the peak");

        setMetric("bits");
        HandMadeTraffic.waitUntil(() -> view.isUpToDate() && "Bits per second (1 min buckets)".equals(axisTitle()), "bits/s are shown");
        assertArrayEquals(new double[] { 3000 * 8 / 60.0, 300 * 8 / 60.0, 5800 * 8 / 60.0, 4000 * 8 / 60.0, 300 * 8 / 60.0 },
                series().getYSeries(), 1e-9);
        assertEquals("Peak 10:02:00 · 773 bit/s", view.chart().peakLabel());
    }

    @Test
    void shiftDragSelectsWholeBucketsAsTheSharedTimeRangeAndTheViewKeepsTheWholeSpan() {
        TimeSeriesChart chart = view.chart();
        Control plot = chart.getChart().getPlotArea().getControl();
        int from = chart.pixelOf(T0 + 61 * SECOND);
        int to = chart.pixelOf(T0 + 170 * SECOND);
        int y = plot.getSize().y / 2;
        HandMadeTraffic.mouse(plot, SWT.MouseDown, from, y, 1, SWT.SHIFT);
        HandMadeTraffic.mouse(plot, SWT.MouseMove, (from + to) / 2, y, 0, SWT.SHIFT | SWT.BUTTON1);
        HandMadeTraffic.mouse(plot, SWT.MouseMove, to, y, 0, SWT.SHIFT | SWT.BUTTON1);
        HandMadeTraffic.mouse(plot, SWT.MouseUp, to, y, 1, SWT.SHIFT | SWT.BUTTON1);

        TimeRange minutes1And2 = new TimeRange(T0 + MINUTE, T0 + 3 * MINUTE);
        assertEquals(minutes1And2, HandMadeTraffic.selection().current().timeRange());
        HandMadeTraffic.waitShown(view, dataset);
        assertEquals(minutes1And2, chart.selectedRange(), "the selected range is marked");
        assertEquals(5, series().getYSeries().length, "the view keeps showing every bucket");
        assertEquals(5800, series().getYSeries()[2], 1e-9);

        org.eclipse.swt.widgets.Event esc = new org.eclipse.swt.widgets.Event();
        esc.keyCode = SWT.ESC;
        plot.notifyListeners(SWT.KeyDown, esc);
        assertEquals(TimeRange.ALL, HandMadeTraffic.selection().current().timeRange(), "Escape drops the range");
        assertNull(chart.selectedRange());
    }

    @Test
    void theWheelZoomsAroundThePointerAndTheAutomaticBucketFollowsTheZoom() {
        HandMadeTraffic.setPreference(FlowbenchPreferences.BUCKET, "auto");
        HandMadeTraffic.waitUntil(() -> view.isUpToDate() && "Bytes per 1 s".equals(axisTitle()), "1 s buckets over five minutes");
        TimeSeriesChart chart = view.chart();
        int width = chart.plotWidth();
        assertTrue(width >= 600, "the plot is wide enough for the buckets below: " + width);
        // 300 one-second buckets fit the plot; 100 ms buckets (2,990 of them) would not
        assertEquals(T0, chart.bucketStart(0));

        TimeRange before = chart.visibleRange();
        int x = width / 4;
        long pivot = chart.timeAt(x);
        org.eclipse.swt.widgets.Event wheel = new org.eclipse.swt.widgets.Event();
        wheel.x = x;
        wheel.y = 10;
        wheel.count = 3;
        chart.getChart().getPlotArea().getControl().notifyListeners(SWT.MouseVerticalWheel, wheel);
        TimeRange after = chart.visibleRange();
        assertEquals(Math.round(before.lengthMicros() * 0.8), after.lengthMicros(), "one wheel step shows 80% of the time");
        long pixel = before.lengthMicros() / width;
        assertTrue(Math.abs(chart.timeAt(x) - pivot) <= pixel, "the time under the pointer stays there");

        // a minute (with a minute on either side to pan into) in about 3 x width buckets: 100 ms
        view.zoomTo(new TimeRange(T0 + MINUTE, T0 + 2 * MINUTE));
        HandMadeTraffic.waitUntil(() -> view.isUpToDate() && "Bytes per 100 ms".equals(axisTitle()), "100 ms buckets over a minute");
        assertEquals(new TimeRange(T0 + MINUTE, T0 + 2 * MINUTE), chart.visibleRange());
        assertEquals(T0 + 65 * SECOND, chart.bucketStart(chart.peakIndex()), "the peak of the visible minute is the flow at +65 s");
        assertEquals("Peak 10:01:05 · 300 B", chart.peakLabel());
        assertEquals(60.0, chart.getChart().getAxisSet().getXAxis(0).getRange().lower, 1e-9, "the plot starts at +60 s");
    }

    @Test
    void aFineFixedBucketIsThinnedToThePlotWidthKeepingThePeak() {
        HandMadeTraffic.setPreference(FlowbenchPreferences.BUCKET, "10ms");
        HandMadeTraffic.waitUntil(() -> view.isUpToDate() && "Bytes per 10 ms".equals(axisTitle()), "10 ms buckets");
        int width = view.chart().plotWidth();
        double[] y = series().getYSeries();
        double[] x = series().getXSeries();
        // 29,901 buckets from +0 s to +299.01 s: SWTChart gets at most two per pixel (and one neighbor on either side)
        assertTrue(y.length <= 2 * width + 2, y.length + " points for " + width + " pixels");
        assertTrue(y.length >= 8, "every flow's bucket is a maximum of its pixel column: " + y.length);
        assertEquals(5000, java.util.Arrays.stream(y).max().orElse(0), 1e-9, "the largest bucket is kept");
        int at = java.util.stream.IntStream.range(0, y.length).filter(i -> y[i] == 5000).findFirst().orElse(-1);
        assertEquals(130.005, x[at], 1e-9, "at the middle of its bucket");
        assertEquals("Peak 10:02:10 · 5.0 KB", view.chart().peakLabel());
    }

    @Test
    void draggingPansTheZoomedTimeAndAsksForItsBuckets() {
        TimeSeriesChart chart = view.chart();
        view.zoomTo(new TimeRange(T0 + MINUTE, T0 + 2 * MINUTE));
        HandMadeTraffic.waitShown(view, dataset);
        Control plot = chart.getChart().getPlotArea().getControl();
        int width = chart.plotWidth();
        int y = plot.getSize().y / 2;
        HandMadeTraffic.mouse(plot, SWT.MouseDown, width / 2, y, 1, 0);
        HandMadeTraffic.mouse(plot, SWT.MouseMove, width / 4, y, 0, SWT.BUTTON1);
        HandMadeTraffic.mouse(plot, SWT.MouseUp, width / 4, y, 1, SWT.BUTTON1);
        // a quarter of the plot to the left: a quarter of the minute later
        TimeRange v = chart.visibleRange();
        long quarter = MINUTE / 4;
        long pixel = MINUTE / width;
        assertEquals(MINUTE, v.lengthMicros());
        assertTrue(Math.abs(v.startMicros() - (T0 + MINUTE + quarter)) <= pixel, "panned to " + v);
        assertEquals(TimeRange.ALL, HandMadeTraffic.selection().current().timeRange(), "panning selects nothing");
        HandMadeTraffic.waitShown(view, dataset);
        assertEquals(v, chart.visibleRange(), "the new buckets keep the panned range");
    }

    private ISeries<?> series() {
        return view.chart().getChart().getSeriesSet().getSeries(TimeSeriesChart.SERIES_ID);
    }

    private String axisTitle() {
        return view.chart().valueTitle();
    }

    private static void setMetric(String metric) throws Exception {
        Command command = workbench().getService(ICommandService.class).getCommand(ChartsUi.TRAFFIC_METRIC_COMMAND_ID);
        ParameterizedCommand p = new ParameterizedCommand(command,
                new Parameterization[] { new Parameterization(command.getParameter(RadioState.PARAMETER_ID), metric) });
        workbench().getService(IHandlerService.class).executeCommand(p, null);
    }

    private static org.eclipse.ui.IWorkbench workbench() {
        return org.eclipse.ui.PlatformUI.getWorkbench();
    }
}
