package org.flowbench.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.flowbench.analysis.Ranking;
import org.flowbench.ui.charts.internal.ChartStyle;
import org.flowbench.ui.charts.internal.ValueFormats;

/**
 * A ranking as horizontal bars, largest on top, built on SWTChart: one bar per entry with its value
 * written at the end, the entry summing up the rest ("other") in gray, and a picked entry in the
 * mark color. As {@link Style#LOLLIPOP}, each entry is a thin stem with a dot.
 * <p>
 * Clicking an entry (or Up/Down and Enter or Space while the plot has the focus) tells the pick
 * listeners its key; what picking means, and whether to mark it with {@link #setPicked(String)},
 * is the caller's business.
 * <p>
 * The SWTChart bar series {@link #BARS_ID}, {@link #PICKED_ID} and {@link #OTHER_ID} each hold one
 * value per entry, zero where the entry is drawn by another of them; the category axis holds the keys.
 */
public class RankingChart {

    /** How entries are drawn. */
    public enum Style {
        /** A bar per entry. */
        BARS,
        /** A thin stem and a dot per entry. */
        LOLLIPOP
    }

    public static final String BARS_ID = "entries";
    public static final String PICKED_ID = "picked";
    public static final String OTHER_ID = "other";
    /** The dots of a lollipop chart (a line series without line). */
    public static final String DOTS_ID = "dots";
    /** What the gestures are, for tooltips and status lines. */
    public static final String GESTURES = "Click a bar (or Up/Down and Enter) to pick the host; again to drop it";

    private static final int LABEL_GAP = 6;
    private static final int MAX_BAR_THICKNESS = 24;
    /** "Other" longer than this many times the largest ranked entry is cut at the plot's edge. */
    private static final double OTHER_CUT_RATIO = 1.6;

    private final Chart chart;
    private final Style style;
    private final Control plot;
    private final IBarSeries<?> bars;
    private final IBarSeries<?> pickedBar;
    private final IBarSeries<?> otherBar;
    private final ILineSeries<?> dots;
    private final List<Consumer<String>> pickListeners = new CopyOnWriteArrayList<>();
    private List<BarEntry> entries = List.of();
    private String picked;
    private int cursor = -1;
    private boolean pickable = true;
    private boolean otherCut;
    private RGB seriesColor = new RGB(31, 119, 180);
    private RGB markColor = new RGB(214, 39, 40);
    private final LocalResourceManager resources;
    private static final int MAX_FOLLOW_UPS = 3;
    private boolean scaling;
    private boolean rescalePending;
    /** Rescales in a row that only followed a width change of their own making. */
    private int followUps;
    private int labelFontHeight;

    public RankingChart(Composite parent, int swtStyle, Style style) {
        this.style = Objects.requireNonNull(style);
        chart = new Chart(parent, swtStyle | Chart.NO_AXIS_POSITION_UPDATE);
        resources = new LocalResourceManager(JFaceResources.getResources(), chart);
        ChartStyle.apply(chart);
        // categories down the left, values along the bottom
        chart.setOrientation(SWT.VERTICAL);
        IAxis categories = categoryAxis();
        categories.enableCategory(true);
        categories.setReversed(true); // the first entry on top
        categories.getTitle().setVisible(false);
        categories.getGrid().setVisible(false);
        categories.getTick().setForeground(new Color(ChartStyle.TEXT));
        valueAxis().getTitle().setText("");
        // labels such as "10.5 GB" need more room than SWTChart's default spacing gives
        valueAxis().getTick().setTickMarkStepHint(90);
        bars = barSeries(BARS_ID);
        pickedBar = barSeries(PICKED_ID);
        otherBar = barSeries(OTHER_ID);
        if (style == Style.LOLLIPOP) {
            dots = (ILineSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.LINE, DOTS_ID);
            dots.setLineStyle(LineStyle.NONE);
            dots.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
            dots.setSymbolSize(5);
            dots.setAntialias(SWT.ON);
        } else {
            dots = null;
        }
        plot = chart.getPlotArea().getControl();
        chart.getPlotArea().addCustomPaintListener(e -> paintOver(e.gc));
        hookGestures();
        plot.addListener(SWT.Resize, e -> rescale());
        applyColors();
    }

    /**
     * SWTChart leaves out category labels that would touch each other, which in a short view
     * would hide every other address: the labels get a smaller font instead, down to 7 points.
     */
    private void fitCategoryLabels() {
        int n = Math.max(1, entries.size());
        int rowHeight = plot.getSize().y / n;
        Font base = chart.getFont();
        int height = base.getFontData()[0].getHeight();
        int fitting = height;
        GC gc = new GC(chart);
        try {
            while (fitting > 7) {
                Font f = resources.create(FontDescriptor.createFrom(base).setHeight(fitting));
                gc.setFont(f);
                // SWTChart draws a label only if it is more than its height + 3 px from the last
                // one; positions are whole pixels, so leave one more
                if (gc.textExtent("Ag").y + 4 < rowHeight) {
                    break;
                }
                fitting--;
            }
        } finally {
            gc.dispose();
        }
        if (fitting != labelFontHeight) {
            labelFontHeight = fitting;
            categoryAxis().getTick().setFont(resources.create(FontDescriptor.createFrom(base).setHeight(fitting)));
        }
    }

    private IBarSeries<?> barSeries(String id) {
        IBarSeries<?> s = (IBarSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.BAR, id);
        // the three series share each category's place: only one of them is non-zero there
        s.setBarOverlay(true);
        s.setBarPadding(25);
        if (style == Style.LOLLIPOP) {
            s.setBarWidthStyle(IBarSeries.BarWidthStyle.FIXED);
            s.setBarWidth(2);
        }
        return s;
    }

    /** @return the SWTChart chart, e.g. to save it or to read its series */
    public Chart getChart() {
        return chart;
    }

    public Style style() {
        return style;
    }

    /** @return the entries of a ranking, with its "other" as the last when there is one, values in the ranked metric */
    public static List<BarEntry> entriesOf(Ranking ranking, DoubleFunction<String> format) {
        List<BarEntry> list = new ArrayList<>();
        for (Ranking.Entry e : ranking.entries()) {
            list.add(new BarEntry(e.key(), e.value(), label(format, e.value(), ranking.total()[0]), false));
        }
        if (ranking.otherKeys() > 0) {
            String key = "other (" + ranking.otherKeys() + ")";
            list.add(new BarEntry(key, ranking.other()[0], label(format, ranking.other()[0], ranking.total()[0]), true));
        }
        return list;
    }

    private static String label(DoubleFunction<String> format, long value, long total) {
        return format.apply(value) + " (" + ValueFormats.share(value, total) + ")";
    }

    /** Shows a ranking by its first metric. */
    public void setRanking(Ranking ranking, DoubleFunction<String> format) {
        valueAxis().getTick().setFormat(ChartStyle.labels(format));
        setEntries(entriesOf(ranking, format));
    }

    /** Shows the entries, top to bottom. */
    public void setEntries(List<BarEntry> list) {
        setEntries(list, picked);
    }

    /** Shows the entries, top to bottom, with the one of this key picked (null for none); tells no listener. */
    public void setEntries(List<BarEntry> list, String pickedKey) {
        entries = List.copyOf(list);
        if (cursor >= entries.size()) {
            cursor = entries.size() - 1;
        }
        setPicked(pickedKey);
    }

    public List<BarEntry> entries() {
        return entries;
    }

    /** Marks the entry with this key as picked, null for none. Tells no listener. */
    public void setPicked(String key) {
        picked = key;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).key().equals(key)) {
                cursor = i; // the keyboard goes on from the picked entry, wherever it is ranked now
            }
        }
        rebuild();
    }

    public String picked() {
        return picked;
    }

    /** Sets whether entries can be picked (with a click or the keyboard); they can by default. */
    public void setPickable(boolean canPick) {
        pickable = canPick;
    }

    /**
     * Sets the title of the value axis (e.g. "Bytes sent") and how its ticks read; the chart shows
     * them when next laid out (each new entries are), or at once when the title changed.
     */
    public void setValueAxis(String title, DoubleFunction<String> format) {
        valueAxis().getTick().setFormat(ChartStyle.labels(format));
        if (!title.equals(valueAxis().getTitle().getText())) {
            valueAxis().getTitle().setText(title);
            chart.updateLayout();
            chart.redraw();
        }
    }

    /** Sets the color of the bars, and of the picked bar. */
    public void setColors(RGB series, RGB mark) {
        seriesColor = Objects.requireNonNull(series);
        markColor = Objects.requireNonNull(mark);
        applyColors();
        rebuild();
    }

    /** Tells the listener the key of the entry the user clicked or chose with the keyboard (never "other"). */
    public void addPickListener(Consumer<String> listener) {
        pickListeners.add(listener);
    }

    public void removePickListener(Consumer<String> listener) {
        pickListeners.remove(listener);
    }

    /** @return the category labels as the chart shows them, top to bottom */
    public List<String> categories() {
        String[] c = categoryAxis().getCategorySeries();
        return c == null ? List.of() : List.of(c);
    }

    /** @return the texts written at the ends of the bars, top to bottom */
    public List<String> valueLabels() {
        return entries.stream().map(BarEntry::valueText).toList();
    }

    /** @return the entry in the plot's pixel row, -1 when none */
    public int entryAt(int plotY) {
        int n = entries.size();
        int height = plot.getSize().y;
        if (n == 0 || height <= 0 || plotY < 0 || plotY >= height) {
            return -1;
        }
        return Math.min(n - 1, plotY * n / height);
    }

    /** @return the pixel row in the plot at the middle of entry {@code i} */
    public int rowCenter(int i) {
        return (int) ((i + 0.5) * plot.getSize().y / Math.max(1, entries.size()));
    }

    // ---------------------------------------------------------------- building the series

    private void rebuild() {
        if (chart.isDisposed()) {
            return;
        }
        int n = entries.size();
        String[] keys = new String[n];
        double[] normal = new double[n];
        double[] mark = new double[n];
        double[] rest = new double[n];
        double[] all = new double[n];
        double[] index = new double[n];
        Color[] dotColors = new Color[n];
        for (int i = 0; i < n; i++) {
            BarEntry e = entries.get(i);
            keys[i] = e.key();
            all[i] = e.value();
            index[i] = i;
            if (e.other()) {
                rest[i] = e.value();
                dotColors[i] = new Color(ChartStyle.OTHER);
            } else if (e.key().equals(picked)) {
                mark[i] = e.value();
                dotColors[i] = new Color(markColor);
            } else {
                normal[i] = e.value();
                dotColors[i] = new Color(seriesColor);
            }
        }
        chart.suspendUpdate(true);
        try {
            categoryAxis().setCategorySeries(keys);
            bars.setYSeries(normal);
            pickedBar.setYSeries(mark);
            otherBar.setYSeries(rest);
            if (dots != null) {
                dots.setXSeries(index);
                dots.setYSeries(all);
                dots.setSymbolColors(dotColors);
            }
            if (n > 0) {
                categoryAxis().setRange(new Range(0, n - 1));
            }
        } finally {
            chart.suspendUpdate(false);
        }
        scaleValueAxis();
    }

    /**
     * Leaves room right of every bar for its value label, so that no label is cut. When "other" is
     * much larger than the ranked entries, the scale follows the entries and the other bar is cut
     * at the plot's edge (with a break mark), so that it does not squash them.
     */
    /** For new data: a fresh allowance of follow-ups (a resize alone does not give one). */
    private void scaleValueAxis() {
        followUps = 0;
        rescale();
    }

    private void rescale() {
        if (chart.isDisposed() || scaling) {
            return;
        }
        // a new range can change the tick labels' width and so resize the plot, which calls this
        // again: scale once, and once more later if the plot ended up another width
        scaling = true;
        int widthBefore = plot.getSize().x;
        try {
            scaleValueAxisNow();
        } finally {
            scaling = false;
        }
        // at most a few: some widths flip between two layouts forever (seen with a 200,000-flow
        // day in the test runtime: the UI thread spun at full load)
        if (plot.getSize().x != widthBefore && !rescalePending && followUps < MAX_FOLLOW_UPS) {
            rescalePending = true;
            chart.getDisplay().asyncExec(() -> {
                rescalePending = false;
                followUps++;
                rescale();
            });
        }
    }

    private void scaleValueAxisNow() {
        fitCategoryLabels();
        double largestRanked = entries.stream().filter(e -> !e.other()).mapToDouble(BarEntry::value).max().orElse(0);
        double largestOther = entries.stream().filter(BarEntry::other).mapToDouble(BarEntry::value).max().orElse(0);
        otherCut = largestRanked > 0 && largestOther > OTHER_CUT_RATIO * largestRanked;
        int width = plot.getSize().x;
        double upper = 0;
        GC gc = new GC(chart);
        try {
            for (BarEntry e : entries) {
                if (otherCut && e.other()) {
                    continue;
                }
                upper = Math.max(upper, e.value() * 1.02);
                double room = width <= 0 ? 0.8 : 1 - (double) (gc.textExtent(e.valueText()).x + 2 * LABEL_GAP + 6) / width;
                if (room > 0.2 && e.value() > 0) {
                    // value / upper * width + label <= width
                    upper = Math.max(upper, e.value() / room);
                }
            }
        } finally {
            gc.dispose();
        }
        valueAxis().setRange(new Range(0, upper > 0 ? upper : 1));
        if (style == Style.BARS) {
            // few entries in a tall plot: bars of a usual thickness rather than slabs
            boolean tall = plot.getSize().y / Math.max(1, entries.size()) > 2 * MAX_BAR_THICKNESS;
            for (IBarSeries<?> s : List.of(bars, pickedBar, otherBar)) {
                s.setBarWidthStyle(tall ? IBarSeries.BarWidthStyle.FIXED : IBarSeries.BarWidthStyle.STRETCHED);
                s.setBarWidth(MAX_BAR_THICKNESS);
            }
        }
        chart.redraw();
    }

    /** @return whether the other bar is longer than the plot shows (when it would squash the ranked bars) */
    public boolean isOtherCut() {
        return otherCut;
    }

    private void applyColors() {
        bars.setBarColor(new Color(seriesColor));
        pickedBar.setBarColor(new Color(markColor));
        otherBar.setBarColor(new Color(ChartStyle.OTHER));
        if (dots != null) {
            dots.setSymbolColor(new Color(seriesColor));
        }
    }

    private IAxis categoryAxis() {
        return chart.getAxisSet().getXAxis(0);
    }

    private IAxis valueAxis() {
        return chart.getAxisSet().getYAxis(0);
    }

    // ---------------------------------------------------------------- labels, marks, gestures

    private void paintOver(GC gc) {
        Point size = plot.getSize();
        int n = entries.size();
        if (n == 0) {
            return;
        }
        gc.setAntialias(SWT.ON);
        int textHeight = gc.getFontMetrics().getHeight();
        for (int i = 0; i < n; i++) {
            BarEntry e = entries.get(i);
            int end = valueAxis().getPixelCoordinate(e.value());
            if (style == Style.LOLLIPOP) {
                end += 4; // past the dot
            }
            int y = rowCenter(i) - textHeight / 2;
            int w = gc.textExtent(e.valueText()).x;
            if (e.other() && otherCut) {
                drawCutOther(gc, e, y, size);
                continue;
            }
            boolean isPicked = e.key().equals(picked);
            int x = Math.min(end + LABEL_GAP, size.x - w - 2);
            gc.setForeground(new Color(isPicked ? markColor : ChartStyle.TEXT));
            gc.drawText(e.valueText(), Math.max(2, x), y, true);
        }
        if (cursor >= 0 && cursor < n && plot.isFocusControl()) {
            int top = cursor * size.y / n;
            int bottom = (cursor + 1) * size.y / n;
            gc.setForeground(new Color(ChartStyle.AXIS));
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawRectangle(1, top + 1, size.x - 3, Math.max(2, bottom - top - 3));
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    /** The other bar runs past the plot's edge: a break mark near the end, the label inside before it. */
    private void drawCutOther(GC gc, BarEntry e, int textY, Point size) {
        int half = Math.max(3, Math.min(MAX_BAR_THICKNESS / 2 - 2, size.y / Math.max(1, entries.size()) * 3 / 10));
        int mid = rowCenter(entries.indexOf(e));
        int x = size.x - 24;
        gc.setForeground(new Color(ChartStyle.BACKGROUND));
        gc.setLineWidth(3);
        gc.drawLine(x - 4, mid + half, x + 2, mid - half);
        gc.drawLine(x + 4, mid + half, x + 10, mid - half);
        gc.setLineWidth(1);
        Point text = gc.textExtent(e.valueText());
        int tx = Math.max(2, x - 10 - text.x);
        if (style == Style.LOLLIPOP) {
            // the stem is thin: the label needs its own background to be read
            gc.setBackground(new Color(ChartStyle.BACKGROUND));
            gc.fillRectangle(tx - 3, textY, text.x + 6, text.y);
        }
        gc.setForeground(new Color(ChartStyle.TEXT));
        gc.drawText(e.valueText(), tx, textY, true);
    }

    private void hookGestures() {
        plot.addListener(SWT.MouseDown, e -> {
            plot.setFocus();
            if (e.button == 1) {
                int i = entryAt(e.y);
                if (i >= 0) {
                    cursor = i;
                    pick(i);
                }
            }
        });
        plot.addListener(SWT.MouseMove, e -> {
            int i = entryAt(e.y);
            boolean canPick = pickable && i >= 0 && !entries.get(i).other();
            plot.setCursor(canPick ? plot.getDisplay().getSystemCursor(SWT.CURSOR_HAND) : null);
            plot.setToolTipText(i >= 0 ? entries.get(i).key() + ": " + entries.get(i).valueText()
                    + (canPick ? "\n" + (entries.get(i).key().equals(picked) ? "Click to drop the pick" : "Click to pick") : "") : null);
        });
        plot.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
        plot.addListener(SWT.KeyDown, this::key);
        plot.addListener(SWT.FocusIn, e -> {
            if (cursor < 0 && !entries.isEmpty()) {
                cursor = 0;
            }
            plot.redraw();
        });
        plot.addListener(SWT.FocusOut, e -> plot.redraw());
    }

    private void key(Event e) {
        int n = entries.size();
        switch (e.keyCode) {
        case SWT.ARROW_UP -> cursor = Math.max(0, cursor - 1);
        case SWT.ARROW_DOWN -> cursor = Math.min(n - 1, cursor + 1);
        case SWT.HOME -> cursor = n > 0 ? 0 : -1;
        case SWT.END -> cursor = n - 1;
        case SWT.CR, SWT.KEYPAD_CR, ' ' -> {
            if (cursor >= 0 && cursor < n) {
                pick(cursor);
            }
        }
        default -> {
            return;
        }
        }
        e.doit = false;
        plot.redraw();
    }

    private void pick(int i) {
        BarEntry e = entries.get(i);
        if (e.other() || !pickable) {
            return;
        }
        for (Consumer<String> l : pickListeners) {
            l.accept(e.key());
        }
    }
}
