package org.flowbench.ui.charts.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.AnalysisResult;
import org.flowbench.analysis.TimeSeries;
import org.flowbench.generator.AnomalyLabel;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.FlowbenchPreferences;
import org.flowbench.ui.charts.ChartsUi;
import org.flowbench.ui.charts.ExportableChart;
import org.flowbench.ui.charts.TimeMark;
import org.flowbench.ui.charts.TimeSeriesChart;
import org.flowbench.ui.datasets.Dataset;
import org.flowbench.ui.selection.TrafficSelection;
import org.flowbench.ui.views.AnalysisView;

/**
 * Traffic over time: bytes (or packets, flows, bits/s) per bucket over the whole dataset, with the
 * selected time range marked. Zooming asks for new buckets: with the automatic bucket there are
 * about as many as the plot has pixels, over the visible range and one more width on either side
 * (so that panning has data at once); a fixed bucket from the preferences stays as it is.
 */
public final class TrafficOverTimeView extends AnalysisView implements ExportableChart {

    public static final String ID = ChartsUi.TRAFFIC_OVER_TIME_VIEW_ID;
    private static final int DEFAULT_WIDTH = 1000;

    private TimeSeriesChart chart;
    private volatile TrafficMetric metric = TrafficMetric.BYTES;
    private volatile TimeRange zoom;
    private volatile String zoomDataset;
    /** The plot width, kept for queries made off the UI thread. */
    private volatile int plotWidth;

    @Override
    protected String analysisId() {
        return "bytes-over-time";
    }

    @Override
    protected TrafficSelection.Own own() {
        return TrafficSelection.Own.TIME_RANGE;
    }

    @Override
    protected void createContent(Composite parent) {
        chart = new TimeSeriesChart(parent, SWT.NONE);
        chart.setColors(PreferenceWatch.seriesColor(), PreferenceWatch.markColor());
        chart.addVisibleRangeListener(this::zoomed);
        chart.addRangeSelectionListener(r -> selection().selectTimeRange(r == null ? TimeRange.ALL : r));
        setTitleToolTip(getTitle() + "\n" + TimeSeriesChart.GESTURES);
        ViewSupport.gestureHint(getViewSite(), chart.getChart().getPlotArea().getControl(), TimeSeriesChart.GESTURES);
        String state = ViewSupport.followRadioState(getViewSite(), chart.getChart(), ChartsUi.TRAFFIC_METRIC_COMMAND_ID, this::setMetric);
        metric = TrafficMetric.of(state);
        PreferenceWatch.start(chart.getChart(), () -> {
            chart.setColors(PreferenceWatch.seriesColor(), PreferenceWatch.markColor());
            refresh();
        });
    }

    /** Shows another metric. UI thread. */
    public void setMetric(String id) {
        TrafficMetric m = TrafficMetric.of(id);
        if (m != metric) {
            metric = m;
            refresh();
        }
    }

    public TrafficMetric metric() {
        return metric;
    }

    /** @return the chart widget (tests read its series) */
    public TimeSeriesChart chart() {
        return chart;
    }

    /** Shows the range (null: all of it) and asks for buckets that fit it. UI thread. */
    public void zoomTo(TimeRange range) {
        chart.setVisibleRange(range);
        zoomed(chart.visibleRange());
    }

    private void zoomed(TimeRange visible) {
        zoom = chart.isZoomed() ? visible : null;
        plotWidth = chart.plotWidth();
        refresh();
    }

    @Override
    protected AnalysisQuery query(AnalysisQuery base) {
        Dataset dataset = selection().current().dataset();
        String id = dataset == null ? null : dataset.id();
        if (id == null || !id.equals(zoomDataset)) {
            zoom = null; // a new dataset starts unzoomed
            zoomDataset = id;
        }
        int width = plotWidth > 0 ? plotWidth : DEFAULT_WIDTH;
        AnalysisQuery q = base.withParameter("metric", metric.analysisMetric()).withResolution(width);
        TimeRange z = zoom;
        TimeRange span = base.flows().timeSpan();
        if (z != null && span != null) {
            long length = z.lengthMicros();
            // the zoom lies inside the data's span, so one more width on either side cannot overflow
            TimeRange wide = new TimeRange(z.startMicros() - length, z.endMicros() + length).intersect(span);
            q = q.withTimeRange(wide).withResolution((int) Math.max(1, Math.min(4L * width, (double) width * wide.lengthMicros() / length)));
        }
        String bucket = FlowbenchPreferences.bucket();
        if (bucket != null && !bucket.isBlank() && !"auto".equals(bucket)) {
            q = q.withParameter("bucket", bucket);
        }
        return q;
    }

    @Override
    protected void show(AnalysisResult result, TrafficSelection selection) {
        TimeSeries series = (TimeSeries) result;
        TimeRange span = selection.dataset().snapshot().timeSpan();
        if (span != null && !span.isEmpty()) {
            chart.setExtent(span);
        }
        chart.setValueAxis(metric.title(series.bucketMicros()), metric.format());
        chart.setSeries(series.startMicros(), series.bucketMicros(), metric.values(series));
        chart.setVisibleRange(zoom);
        chart.setSelectedRange(selection.timeRange().equals(TimeRange.ALL) ? null : selection.timeRange());
        chart.setMarks(marks(selection.dataset()));
        plotWidth = chart.plotWidth();
    }

    /** @return the labelled anomalies of a generated dataset */
    private static List<TimeMark> marks(Dataset dataset) {
        List<TimeMark> marks = new ArrayList<>();
        dataset.groundTruth().ifPresent(t -> {
            for (AnomalyLabel a : t.anomalies()) {
                marks.add(new TimeMark(a.window(), a.kind().displayName()));
            }
        });
        return marks;
    }

    @Override
    public Chart exportChart() {
        return shownResult() == null ? null : chart.getChart();
    }

    @Override
    public String exportName() {
        return "traffic-over-time";
    }

    @Override
    public void setFocus() {
        if (!chart.getChart().getPlotArea().getControl().setFocus()) {
            super.setFocus(); // the "no dataset" message is shown
        }
    }
}
