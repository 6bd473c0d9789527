package org.flowbench.ui.charts;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.eclipse.swtchart.model.DoubleArraySeriesModel;
import org.flowbench.analysis.TimeSeries;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.charts.internal.ChartStyle;
import org.flowbench.ui.charts.internal.MinMaxDownsampler;
import org.flowbench.ui.charts.internal.TimeTicks;
import org.flowbench.ui.charts.internal.ValueFormats;

/**
 * A chart of values per time bucket on a UTC time axis, built on SWTChart. It keeps the series at
 * full resolution and hands SWTChart only what the plot's pixel width can show (the smallest and
 * largest bucket of every pixel column), so a series may have millions of buckets.
 * <p>
 * Gestures on the plot: the mouse wheel zooms around the pointer, dragging pans, Shift+drag or a
 * right-button drag selects a time range, a double click shows all of it again. Keys while the plot
 * has the focus: + and - zoom, Left and Right pan, Home shows all, Escape drops the selected range.
 * The chart marks the peak of what is visible with its time and value, the selected range, and any
 * {@link TimeMark}s; hovering shows the bucket's time and value.
 * <p>
 * The x values given to SWTChart are seconds since the start of the extent (doubles keep
 * microseconds exact there); {@link #timeOf(double)} converts back.
 */
public class TimeSeriesChart {

    /** The id of the SWTChart line series that holds the (thinned) data. */
    public static final String SERIES_ID = "values";
    /** What the gestures are, for tooltips and status lines. */
    public static final String GESTURES = "Wheel: zoom · Drag: pan · Shift+drag or right-drag: select a time range · "
            + "Double-click or Home: show all · Esc: drop the selected range";

    private static final int DRAG_THRESHOLD = 3;
    private static final long MIN_VISIBLE_MICROS = 10_000;
    private static final int SETTLE_MILLIS = 250;
    /** How opaque the area under the line is (SWTChart's own area uses about the same). */
    private static final int AREA_ALPHA = 50;

    private final Chart chart;
    private final ILineSeries<?> line;
    private final Control plot;
    private final List<Consumer<TimeRange>> visibleRangeListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<TimeRange>> selectionListeners = new CopyOnWriteArrayList<>();
    private final Runnable settled = this::fireVisibleRange;

    private long startMicros;
    private long bucketMicros = 1;
    private double[] values = new double[0];
    private double[] xs = new double[0];
    private TimeRange extent;
    private TimeRange visible;
    private TimeRange selected;
    private List<TimeMark> marks = List.of();
    private DoubleFunction<String> valueFormat = ValueFormats::count;
    private RGB seriesColor = new RGB(31, 119, 180);
    private RGB markColor = new RGB(214, 39, 40);
    private int peak = -1;

    private int dragFrom = -1;
    private int dragTo = -1;
    private boolean selecting;
    private TimeRange dragVisible;
    private int hoverX = -1;
    private int hoverY = -1;
    private String valueTitle = "";
    /** The points handed to SWTChart, at most a few per pixel. */
    private double[] shownX = new double[0];
    private double[] shownY = new double[0];

    public TimeSeriesChart(Composite parent, int style) {
        chart = new Chart(parent, style | Chart.NO_AXIS_POSITION_UPDATE);
        ChartStyle.apply(chart);
        line = (ILineSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.LINE, SERIES_ID);
        line.setSymbolType(ILineSeries.PlotSymbolType.NONE);
        // SWTChart keeps the data and scales the axes; paintSeries draws it, see there why
        line.setLineStyle(LineStyle.NONE);
        IAxis x = xAxis();
        // the time axis draws its own round times: SWTChart's decimal ticks stay empty and invisible
        x.getTick().setFormat(ChartStyle.labels(v -> ""));
        x.getTick().setForeground(new Color(ChartStyle.BACKGROUND));
        x.getGrid().setVisible(false);
        x.getTitle().setText("Time (UTC)");
        // SWTChart keeps the title's room (a blank title would get none), paintValueTitle draws it
        yAxis().getTitle().setText("\u00a0");
        plot = chart.getPlotArea().getControl();
        chart.getPlotArea().addCustomPaintListener(behindSeries(this::paintBehind));
        chart.getPlotArea().addCustomPaintListener(behindSeries(this::paintSeries));
        chart.getPlotArea().addCustomPaintListener(overSeries(this::paintOver));
        chart.addPaintListener(e -> paintTimeAxis(e.gc));
        chart.addPaintListener(e -> paintValueTitle(e.gc));
        hookMouse();
        hookKeys();
        plot.addListener(SWT.Resize, e -> {
            refresh();
            plot.getDisplay().timerExec(SETTLE_MILLIS, settled);
        });
        applyColors();
    }

    /** @return the SWTChart chart, e.g. to save it or to read the series it draws */
    public Chart getChart() {
        return chart;
    }

    /** @return the plot's width in pixels: the resolution worth computing for the visible range */
    public int plotWidth() {
        return plot.getSize().x;
    }

    /** @return the title of the value axis, e.g. "Bytes per 1 min" */
    public String valueTitle() {
        return valueTitle;
    }

    private void setValueTitle(String title) {
        valueTitle = Objects.requireNonNull(title);
        chart.redraw();
    }

    /**
     * Draws the value axis title turned upright, in the room SWTChart keeps for its own. SWTChart
     * turns text by reading an image back pixel by pixel, which took tens of milliseconds of the
     * UI thread per paint; Cairo turns it as it draws.
     */
    private void paintValueTitle(GC gc) {
        Rectangle ticks = yAxis().getTick().getBounds();
        Rectangle area = plot.getBounds();
        if (valueTitle.isEmpty() || ticks == null || area.height <= 0) {
            return;
        }
        gc.setFont(yAxis().getTitle().getFont());
        gc.setForeground(yAxis().getTitle().getForeground());
        Point size = gc.textExtent(valueTitle);
        Transform turn = new Transform(gc.getDevice());
        try {
            turn.translate(Math.max(size.y / 2f, ticks.x - size.y / 2f), area.y + area.height / 2f);
            turn.rotate(-90);
            gc.setTransform(turn);
            gc.drawText(valueTitle, -size.x / 2, -size.y / 2, true);
        } finally {
            gc.setTransform(null);
            turn.dispose();
        }
    }

    /** Sets the title of the value axis (e.g. "Bytes per 1 min") and how values read (e.g. "1.5 MB"). */
    public void setValueAxis(String title, DoubleFunction<String> format) {
        valueFormat = Objects.requireNonNull(format);
        setValueTitle(title);
        yAxis().getTick().setFormat(ChartStyle.labels(format));
        refresh();
    }

    /**
     * Shows values per bucket: bucket {@code i} covers {@code [start + i * bucket, start + (i + 1) * bucket)}.
     */
    public void setSeries(long start, long bucket, double[] bucketValues) {
        if (bucket <= 0) {
            throw new IllegalArgumentException("bucket width must be positive");
        }
        startMicros = start;
        bucketMicros = bucket;
        values = bucketValues.clone();
        xs = null; // recomputed against the extent's origin
        refresh();
    }

    /** Shows a time series result as it is, with its title and units. */
    public void setTimeSeries(TimeSeries series) {
        double[] v = new double[series.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = series.values()[i];
        }
        if (extent == null) {
            setExtent(series.range());
        }
        valueFormat = ValueFormats.of(series.unit());
        setValueTitle(series.title());
        yAxis().getTick().setFormat(ChartStyle.labels(valueFormat));
        setSeries(series.startMicros(), series.bucketMicros(), v);
    }

    /** Sets all the time there is: the farthest the chart zooms out, and the origin of its x values. */
    public void setExtent(TimeRange range) {
        if (range == null || range.isEmpty()) {
            throw new IllegalArgumentException("the extent must not be empty: " + range);
        }
        extent = range;
        xs = null;
        refresh();
    }

    /** @return all the time there is, as {@link #setExtent(TimeRange)} set it (widened to the series' buckets) */
    public TimeRange extent() {
        TimeRange e = extent != null ? extent : seriesRange();
        TimeRange s = seriesRange();
        return s == null || e == null ? e : new TimeRange(Math.min(e.startMicros(), s.startMicros()), Math.max(e.endMicros(), s.endMicros()));
    }

    /** Shows this part of the time, null for all of it. Tells no listener. */
    public void setVisibleRange(TimeRange range) {
        visible = range == null ? null : clamp(range);
        refresh();
    }

    /** @return the time the plot shows */
    public TimeRange visibleRange() {
        return visible != null ? visible : extent();
    }

    /** @return whether the plot shows less than all of the time */
    public boolean isZoomed() {
        return visible != null && !visible.equals(extent());
    }

    /** Marks a selected time range, null for none. Tells no listener. */
    public void setSelectedRange(TimeRange range) {
        selected = range;
        plot.redraw();
    }

    public TimeRange selectedRange() {
        return selected;
    }

    /** Marks stretches of time, such as known anomalies. */
    public void setMarks(List<TimeMark> timeMarks) {
        marks = List.copyOf(timeMarks);
        refresh(); // their labels need room above the peak
    }

    /** Sets the color of the series, and of the marks of the peak and of the selection. */
    public void setColors(RGB series, RGB mark) {
        seriesColor = Objects.requireNonNull(series);
        markColor = Objects.requireNonNull(mark);
        applyColors();
        chart.redraw();
    }

    /** Tells the listener the visible range after the user zoomed or panned (once the gesture settles). */
    public void addVisibleRangeListener(Consumer<TimeRange> listener) {
        visibleRangeListeners.add(listener);
    }

    public void removeVisibleRangeListener(Consumer<TimeRange> listener) {
        visibleRangeListeners.remove(listener);
    }

    /** Tells the listener the time range the user selected (bucket-aligned), or null when the user dropped it. */
    public void addRangeSelectionListener(Consumer<TimeRange> listener) {
        selectionListeners.add(listener);
    }

    public void removeRangeSelectionListener(Consumer<TimeRange> listener) {
        selectionListeners.remove(listener);
    }

    /** @return the bucket with the largest value among the visible ones (the first of equals), -1 when none is above zero */
    public int peakIndex() {
        return peak;
    }

    /** @return the label of the peak mark, e.g. "Peak 14:02:00 · 5.8 KB", null when there is no peak */
    public String peakLabel() {
        if (peak < 0) {
            return null;
        }
        long at = bucketStart(peak);
        // the time of day is enough within one day (the axis title has the date); over days the date says which
        TimeRange v = visibleRange();
        String when = TimeTicks.sameDay(v.startMicros(), v.endMicros() - 1) ? TimeTicks.timeOfDay(at) : TimeTicks.instant(at);
        return "Peak " + when + " · " + valueFormat.apply(values[peak]);
    }

    /** @return the start of bucket {@code i} */
    public long bucketStart(int i) {
        return startMicros + i * bucketMicros;
    }

    /** @return the bucket under the plot's pixel column, -1 when there is none */
    public int bucketAt(int pixelX) {
        long t = timeAt(pixelX);
        long i = Math.floorDiv(t - startMicros, bucketMicros);
        return i >= 0 && i < values.length ? (int) i : -1;
    }

    /** @return the text shown when hovering over bucket {@code i}: its time span and value */
    public String describeBucket(int i) {
        long from = bucketStart(i);
        return TimeTicks.instant(from) + " – " + TimeTicks.timeOfDay(from + bucketMicros) + " UTC\n" + valueFormat.apply(values[i]);
    }

    /** @return the instant of an x value of the SWTChart series */
    public long timeOf(double x) {
        return origin() + Math.round(x * 1e6);
    }

    /** @return the x value SWTChart gets for an instant */
    public double xOf(long micros) {
        return (micros - origin()) / 1e6;
    }

    /** @return the instant at the plot's pixel column */
    public long timeAt(int pixelX) {
        TimeRange v = visibleRange();
        int width = Math.max(1, plotWidth());
        return v.startMicros() + Math.round((double) pixelX / width * v.lengthMicros());
    }

    /** @return the plot's pixel column of an instant */
    public int pixelOf(long micros) {
        TimeRange v = visibleRange();
        return (int) Math.round((double) (micros - v.startMicros()) / v.lengthMicros() * Math.max(1, plotWidth()));
    }

    // ---------------------------------------------------------------- drawing the data

    private long origin() {
        TimeRange e = extent();
        return e != null ? e.startMicros() : startMicros;
    }

    private TimeRange seriesRange() {
        return values.length == 0 ? null : new TimeRange(startMicros, startMicros + values.length * bucketMicros);
    }

    /** Hands SWTChart what the plot can show of the visible range, and scales the value axis to it. */
    private void refresh() {
        if (chart.isDisposed()) {
            return;
        }
        TimeRange v = visibleRange();
        int width = plotWidth();
        if (v == null || v.isEmpty() || width <= 0) {
            return;
        }
        if (xs == null) {
            long o = origin();
            xs = new double[values.length];
            for (int i = 0; i < xs.length; i++) {
                // the center of the bucket, where its value belongs
                xs[i] = (startMicros + i * bucketMicros + bucketMicros / 2.0 - o) / 1e6;
            }
        }
        double lower = xOf(v.startMicros());
        double upper = xOf(v.endMicros());
        int[] shown = values.length == 0 ? new int[0] : MinMaxDownsampler.select(xs, values, lower, upper, width);
        shownX = MinMaxDownsampler.pick(xs, shown);
        shownY = MinMaxDownsampler.pick(values, shown);
        setData(shownX, shownY);
        peak = visiblePeak(v);
        double top = peak < 0 ? 1 : values[peak] / (1 - headroom());
        chart.suspendUpdate(true);
        try {
            String title = "Time (UTC), " + TimeTicks.dates(v.startMicros(), v.endMicros());
            if (!title.equals(xAxis().getTitle().getText())) {
                xAxis().getTitle().setText(title);
            }
            xAxis().setRange(new Range(lower, upper));
            yAxis().setRange(new Range(0, top));
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private void setData(double[] x, double[] y) {
        // one model for both, so that SWTChart never sees x and y of different lengths
        ((ISeries) line).setDataModel(new DoubleArraySeriesModel(x, y));
    }

    private int visiblePeak(TimeRange v) {
        if (values.length == 0) {
            return -1;
        }
        long first = Math.max(0, Math.floorDiv(v.startMicros() - startMicros, bucketMicros));
        long last = Math.min(values.length - 1L, Math.floorDiv(v.endMicros() - 1 - startMicros, bucketMicros));
        int best = -1;
        for (long i = first; i <= last; i++) {
            if (best < 0 || values[(int) i] > values[best]) {
                best = (int) i;
            }
        }
        return best >= 0 && values[best] > 0 ? best : -1;
    }

    private void applyColors() {
        line.setLineColor(new Color(seriesColor));
    }

    /**
     * Draws the line and the shaded area under it as one polyline and one polygon. SWTChart draws
     * a shaded line segment by segment, two Cairo operations per point, which kept the UI thread
     * busy for up to a second per paint at full width under a software renderer.
     */
    private void paintSeries(GC gc) {
        double[] x = shownX;
        double[] y = shownY;
        if (x.length == 0 || x.length != y.length) {
            return;
        }
        IAxis xAxis = xAxis();
        IAxis yAxis = yAxis();
        int[] area = new int[2 * x.length + 4];
        for (int i = 0; i < x.length; i++) {
            area[2 * i] = xAxis.getPixelCoordinate(x[i]);
            area[2 * i + 1] = yAxis.getPixelCoordinate(y[i]);
        }
        int baseline = yAxis.getPixelCoordinate(0);
        int n = 2 * x.length;
        area[n] = area[n - 2];
        area[n + 1] = baseline;
        area[n + 2] = area[0];
        area[n + 3] = baseline;
        gc.setAntialias(SWT.ON);
        int alpha = gc.getAlpha();
        gc.setAlpha(AREA_ALPHA);
        gc.setBackground(new Color(seriesColor));
        gc.fillPolygon(area);
        gc.setAlpha(alpha);
        gc.setForeground(new Color(seriesColor));
        gc.setLineWidth(1);
        gc.drawPolyline(Arrays.copyOf(area, n));
    }

    private IAxis xAxis() {
        return chart.getAxisSet().getXAxis(0);
    }

    private IAxis yAxis() {
        return chart.getAxisSet().getYAxis(0);
    }

    // ---------------------------------------------------------------- marks

    private void paintBehind(GC gc) {
        Point size = plot.getSize();
        TimeRange v = visibleRange();
        if (v == null || v.isEmpty()) {
            return;
        }
        gc.setForeground(new Color(ChartStyle.GRID));
        for (TimeTicks.Tick tick : ticks(gc)) {
            int x = pixelOf(tick.micros());
            gc.drawLine(x, 0, x, size.y);
        }
        for (TimeMark m : marks) {
            if (m.range().overlaps(v)) {
                int from = Math.max(0, pixelOf(m.range().startMicros()));
                int to = Math.min(size.x, Math.max(from + 2, pixelOf(m.range().endMicros())));
                ChartStyle.fillTranslucent(gc, ChartStyle.ANOMALY, 40, from, 0, to - from, size.y);
            }
        }
        TimeRange shade = dragRange();
        if (shade == null) {
            shade = selected;
        }
        if (shade != null && shade.overlaps(v)) {
            int from = pixelOf(shade.startMicros());
            int to = Math.max(from + 1, pixelOf(shade.endMicros()));
            ChartStyle.fillTranslucent(gc, markColor, 45, from, 0, to - from, size.y);
            gc.setForeground(new Color(markColor));
            gc.drawLine(from, 0, from, size.y);
            gc.drawLine(to, 0, to, size.y);
        }
    }

    private void paintOver(GC gc) {
        Point size = plot.getSize();
        gc.setAntialias(SWT.ON);
        int lineHeight = gc.getFontMetrics().getHeight();
        gc.setForeground(new Color(ChartStyle.ANOMALY.red * 3 / 4, ChartStyle.ANOMALY.green * 3 / 4, 0));
        List<MarkLabel> labels = markLabels(gc);
        for (MarkLabel l : labels) {
            gc.drawText(l.text(), l.x(), 2 + l.row() * lineHeight, true);
        }
        int bandBottom = 2 + rows(labels) * lineHeight;
        if (peak >= 0) {
            int px = pixelOf(bucketStart(peak) + bucketMicros / 2);
            int py = yAxis().getPixelCoordinate(values[peak]);
            gc.setBackground(new Color(markColor));
            gc.fillOval(px - 4, py - 4, 9, 9);
            String text = peakLabel();
            int textWidth = gc.textExtent(text).x + 8;
            int lx = px + 8 + textWidth < size.x ? px + 8 : px - 8 - textWidth;
            int ly = py - lineHeight - 6;
            ChartStyle.drawLabel(gc, text, lx, ly < bandBottom ? py + 6 : ly, markColor, size.x, size.y);
        }
        if (hoverX >= 0 && dragFrom < 0) {
            int i = bucketAt(hoverX);
            if (i >= 0) {
                int px = pixelOf(bucketStart(i) + bucketMicros / 2);
                gc.setForeground(new Color(ChartStyle.AXIS));
                gc.setLineStyle(SWT.LINE_DOT);
                gc.drawLine(px, 0, px, size.y);
                gc.setLineStyle(SWT.LINE_SOLID);
                String text = describeBucket(i);
                int textWidth = gc.textExtent(text).x + 8;
                int lx = hoverX + 12 + textWidth < size.x ? hoverX + 12 : hoverX - 12 - textWidth;
                int textHeight = gc.textExtent(text).y + 4;
                // below the pointer like a tooltip, above it near the bottom
                int ly = hoverY + 20 + textHeight < size.y ? hoverY + 20 : hoverY - 8 - textHeight;
                ChartStyle.drawLabel(gc, text, lx, ly, ChartStyle.AXIS, size.x, size.y);
            }
        }
        if (plot.isFocusControl()) {
            gc.setForeground(new Color(ChartStyle.AXIS));
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawRectangle(1, 1, size.x - 3, size.y - 3);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    /** A mark's label and where it goes: rows at the top of the plot, a new row only where labels would overlap. */
    private record MarkLabel(String text, int x, int row) {
    }

    private List<MarkLabel> markLabels(GC gc) {
        TimeRange v = visibleRange();
        List<MarkLabel> labels = new java.util.ArrayList<>();
        List<Integer> rowEnds = new java.util.ArrayList<>();
        int width = plotWidth();
        for (TimeMark m : marks) {
            if (v == null || !m.range().overlaps(v)) {
                continue;
            }
            int w = gc.textExtent(m.label()).x;
            int x = Math.max(0, Math.min(Math.max(0, pixelOf(m.range().startMicros())) + 3, width - w - 2));
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > x - 8) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(x + w);
            } else {
                rowEnds.set(row, x + w);
            }
            labels.add(new MarkLabel(m.label(), x, row));
        }
        return labels;
    }

    private static int rows(List<MarkLabel> labels) {
        return labels.stream().mapToInt(l -> l.row() + 1).max().orElse(0);
    }

    /** @return the part of the plot's height above the peak: room for the mark labels and the peak's label */
    private double headroom() {
        int height = plot.getSize().y;
        if (height <= 0) {
            return 0.15;
        }
        GC gc = new GC(plot);
        try {
            int lineHeight = gc.getFontMetrics().getHeight();
            int reserved = (rows(markLabels(gc)) + 1) * lineHeight + 16;
            return Math.max(0.08, Math.min(0.5, (double) reserved / height));
        } finally {
            gc.dispose();
        }
    }

    /** Draws the round time ticks and their labels below the plot, where SWTChart's empty ones are. */
    private void paintTimeAxis(GC gc) {
        TimeRange v = visibleRange();
        if (v == null || v.isEmpty() || plotWidth() <= 0) {
            return;
        }
        Rectangle area = plot.getBounds();
        Rectangle labels = xAxis().getTick().getBounds();
        int labelY = labels != null && labels.height > 0 ? labels.y : area.y + area.height + 10;
        gc.setForeground(new Color(ChartStyle.AXIS));
        gc.setFont(chart.getDisplay().getSystemFont());
        gc.drawLine(area.x, area.y + area.height, area.x + area.width - 1, area.y + area.height);
        int lastEnd = Integer.MIN_VALUE;
        Point chartSize = chart.getSize();
        for (TimeTicks.Tick tick : ticks(gc)) {
            int x = area.x + pixelOf(tick.micros());
            gc.drawLine(x, area.y + area.height, x, area.y + area.height + 5);
            int w = gc.textExtent(tick.label()).x;
            int lx = Math.max(0, Math.min(x - w / 2, chartSize.x - w - 1));
            if (lx > lastEnd + 6) {
                gc.drawText(tick.label(), lx, labelY, true);
                lastEnd = lx + w;
            }
        }
    }

    private List<TimeTicks.Tick> ticks(GC gc) {
        TimeRange v = visibleRange();
        int width = Math.max(1, plotWidth());
        // the room of the widest label that the step shows
        int room = gc.textExtent("00:00").x + 28;
        long step = TimeTicks.step(v.lengthMicros(), width, room);
        if (step < 60_000_000L) {
            room = gc.textExtent("00:00:00").x + 28;
            step = TimeTicks.step(v.lengthMicros(), width, room);
        }
        if (step < 1_000_000L) {
            room = gc.textExtent("00:00:00.000").x + 28;
        }
        if (TimeTicks.inMonths(v.lengthMicros(), width, room)) {
            room = gc.textExtent("Mmm 0000").x + 28;
        }
        return TimeTicks.ticks(v.startMicros(), v.endMicros(), width, room);
    }

    // ---------------------------------------------------------------- gestures

    private void hookMouse() {
        plot.addListener(SWT.MouseDown, e -> {
            plot.setFocus();
            if (e.button == 1 || e.button == 3) {
                dragFrom = e.x;
                dragTo = e.x;
                selecting = e.button == 3 || (e.stateMask & SWT.SHIFT) != 0;
                dragVisible = visibleRange();
            }
        });
        plot.addListener(SWT.MouseMove, e -> {
            hoverX = e.x;
            hoverY = e.y;
            if (dragFrom >= 0) {
                dragTo = e.x;
                if (!selecting && dragVisible != null) {
                    long shift = Math.round((double) (dragFrom - e.x) / Math.max(1, plotWidth()) * dragVisible.lengthMicros());
                    visible = clamp(new TimeRange(dragVisible.startMicros() + shift, dragVisible.endMicros() + shift));
                    refresh();
                }
            }
            plot.redraw();
        });
        plot.addListener(SWT.MouseUp, e -> {
            if (dragFrom < 0) {
                return;
            }
            dragTo = e.x;
            TimeRange range = dragRange();
            boolean wasSelecting = selecting;
            boolean moved = Math.abs(dragTo - dragFrom) >= DRAG_THRESHOLD;
            dragFrom = -1;
            dragTo = -1;
            if (wasSelecting && range != null) {
                selected = range;
                plot.redraw();
                fireSelection(range);
            } else if (!wasSelecting && moved) {
                fireVisibleRange();
            }
            plot.redraw();
        });
        plot.addListener(SWT.MouseDoubleClick, e -> showAll());
        plot.addListener(SWT.MouseExit, e -> {
            hoverX = -1;
            plot.redraw();
        });
        plot.addListener(SWT.MouseVerticalWheel, e -> {
            zoom(e.count > 0 ? 0.8 : 1.25, e.x);
            e.doit = false;
        });
        plot.addListener(SWT.FocusIn, e -> plot.redraw());
        plot.addListener(SWT.FocusOut, e -> plot.redraw());
    }

    private void hookKeys() {
        plot.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
        plot.addListener(SWT.KeyDown, this::key);
    }

    private void key(Event e) {
        int middle = plotWidth() / 2;
        switch (e.keyCode) {
        case '+', '=', SWT.KEYPAD_ADD -> zoom(0.8, middle);
        case '-', SWT.KEYPAD_SUBTRACT -> zoom(1.25, middle);
        case SWT.ARROW_LEFT -> pan(-0.1);
        case SWT.ARROW_RIGHT -> pan(0.1);
        case SWT.HOME, '0' -> showAll();
        case SWT.ESC -> {
            if (selected != null) {
                selected = null;
                plot.redraw();
                fireSelection(null);
            }
        }
        default -> {
            return;
        }
        }
        e.doit = false;
    }

    /** Zooms by the factor (below 1 zooms in) keeping the instant under the pixel column in place. */
    private void zoom(double factor, int pixelX) {
        TimeRange v = visibleRange();
        if (v == null) {
            return;
        }
        long pivot = timeAt(pixelX);
        long length = Math.max(MIN_VISIBLE_MICROS, Math.round(v.lengthMicros() * factor));
        double left = (double) (pivot - v.startMicros()) / v.lengthMicros();
        long start = pivot - Math.round(left * length);
        visible = clamp(new TimeRange(start, start + length));
        refresh();
        plot.getDisplay().timerExec(SETTLE_MILLIS, settled);
    }

    private void pan(double fraction) {
        TimeRange v = visibleRange();
        if (v == null) {
            return;
        }
        long shift = Math.round(v.lengthMicros() * fraction);
        visible = clamp(new TimeRange(v.startMicros() + shift, v.endMicros() + shift));
        refresh();
        plot.getDisplay().timerExec(SETTLE_MILLIS, settled);
    }

    private void showAll() {
        visible = null;
        refresh();
        fireVisibleRange();
    }

    /** @return the range inside the extent, shifted rather than cut where it can be */
    private TimeRange clamp(TimeRange r) {
        TimeRange e = extent();
        if (e == null) {
            return r;
        }
        long length = Math.min(r.lengthMicros(), e.lengthMicros());
        long start = Math.max(e.startMicros(), Math.min(r.startMicros(), e.endMicros() - length));
        TimeRange clamped = new TimeRange(start, start + length);
        return clamped.equals(e) ? null : clamped;
    }

    /** @return the range being dragged out for selection, aligned to whole buckets; null when none */
    private TimeRange dragRange() {
        if (dragFrom < 0 || !selecting || Math.abs(dragTo - dragFrom) < DRAG_THRESHOLD) {
            return null;
        }
        long a = timeAt(Math.min(dragFrom, dragTo));
        long b = timeAt(Math.max(dragFrom, dragTo));
        long from = startMicros + Math.floorDiv(a - startMicros, bucketMicros) * bucketMicros;
        long to = startMicros + -Math.floorDiv(-(b - startMicros), bucketMicros) * bucketMicros;
        return new TimeRange(from, Math.max(to, from + bucketMicros));
    }

    private void fireVisibleRange() {
        if (chart.isDisposed()) {
            return;
        }
        plot.getDisplay().timerExec(-1, settled);
        TimeRange v = visibleRange();
        for (Consumer<TimeRange> l : visibleRangeListeners) {
            l.accept(v);
        }
    }

    private void fireSelection(TimeRange range) {
        for (Consumer<TimeRange> l : selectionListeners) {
            l.accept(range);
        }
    }

    private static ICustomPaintListener behindSeries(Consumer<GC> paint) {
        return new ICustomPaintListener() {
            @Override
            public void paintControl(org.eclipse.swt.events.PaintEvent e) {
                paint.accept(e.gc);
            }

            @Override
            public boolean drawBehindSeries() {
                return true;
            }
        };
    }

    private static ICustomPaintListener overSeries(Consumer<GC> paint) {
        return e -> paint.accept(e.gc);
    }
}
