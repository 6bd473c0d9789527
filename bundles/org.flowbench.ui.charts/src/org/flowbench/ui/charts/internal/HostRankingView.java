package org.flowbench.ui.charts.internal;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ControlContribution;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.AnalysisResult;
import org.flowbench.analysis.Ranking;
import org.flowbench.model.FlowFilter.Direction;
import org.flowbench.model.IpAddress;
import org.flowbench.ui.FlowbenchPreferences;
import org.flowbench.ui.charts.BarEntry;
import org.flowbench.ui.charts.ExportableChart;
import org.flowbench.ui.charts.RankingChart;
import org.flowbench.ui.selection.HostFocus;
import org.flowbench.ui.selection.TrafficSelection;
import org.flowbench.ui.views.AnalysisView;

/**
 * The hosts that send (or receive) the most bytes, as a ranking chart. Clicking a host picks it for
 * the other views; this view keeps showing all hosts and marks the picked one. How many hosts it
 * shows starts at the preferences' top N and is set with the - and + of the view's toolbar or typed
 * in its menu (a spinner in a view toolbar is taller than the toolbar on GTK and comes out clipped).
 */
public abstract class HostRankingView extends AnalysisView implements ExportableChart {

    static final int MAX_TOP_N = 100;

    private RankingChart chart;
    private Label topNLabel;
    private volatile int topN = Math.max(1, Math.min(MAX_TOP_N, FlowbenchPreferences.topN()));

    /** @return sources for talkers, destinations for destinations */
    protected abstract Direction direction();

    protected abstract RankingChart.Style style();

    /** @return the value axis title, e.g. "sent" */
    protected abstract String verb();

    @Override
    protected TrafficSelection.Own own() {
        return direction() == Direction.SOURCE ? TrafficSelection.Own.SOURCE_HOST : TrafficSelection.Own.DESTINATION_HOST;
    }

    @Override
    protected void createContent(Composite parent) {
        chart = new RankingChart(parent, SWT.NONE, style());
        chart.setColors(PreferenceWatch.seriesColor(), PreferenceWatch.markColor());
        chart.addPickListener(this::picked);
        setTitleToolTip(getTitle() + "\n" + RankingChart.GESTURES);
        ViewSupport.gestureHint(getViewSite(), chart.getChart().getPlotArea().getControl(), RankingChart.GESTURES);
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(new TopNLabel());
        toolbar.add(new StepTopN("\u2212", "Show fewer hosts", -1));
        toolbar.add(new StepTopN("+", "Show more hosts", +1));
        getViewSite().getActionBars().getMenuManager().add(new Action("Number of &Hosts...") {
            @Override
            public void run() {
                askTopN();
            }
        });
        getViewSite().getActionBars().updateActionBars();
        PreferenceWatch.start(chart.getChart(), () -> {
            chart.setColors(PreferenceWatch.seriesColor(), PreferenceWatch.markColor());
            refresh();
        });
    }

    /** @return the chart widget (tests read its series) */
    public RankingChart chart() {
        return chart;
    }

    public int topN() {
        return topN;
    }

    /** Shows this many hosts. UI thread. */
    public void setTopN(int n) {
        int clamped = Math.max(1, Math.min(MAX_TOP_N, n));
        if (topNLabel != null && !topNLabel.isDisposed()) {
            topNLabel.setText(topNText(clamped));
        }
        if (clamped != topN) {
            topN = clamped;
            refresh();
        }
    }

    @Override
    protected AnalysisQuery query(AnalysisQuery base) {
        return base.withTopN(topN).withParameter("by", "bytes");
    }

    @Override
    protected void show(AnalysisResult result, TrafficSelection selection) {
        Ranking ranking = (Ranking) result;
        var format = ValueFormats.of(ranking.metrics().get(0).unit());
        chart.setValueAxis((FlowbenchPreferences.bits() ? "Bits " : "Bytes ") + verb(), format);
        List<BarEntry> entries = RankingChart.entriesOf(ranking, format);
        chart.setEntries(entries, pickedKey(entries, selection.focus()));
    }

    /** @return the key of the entry that is the picked host of this view's direction, null when none is */
    private String pickedKey(List<BarEntry> entries, HostFocus focus) {
        if (focus == null || focus.direction() != direction()) {
            return null;
        }
        for (BarEntry e : entries) {
            if (!e.other() && address(e.key()) != null && address(e.key()).equals(focus.host())) {
                return e.key();
            }
        }
        return null;
    }

    /** Picks the host, or drops it when it is the picked one. */
    private void picked(String key) {
        IpAddress host = address(key);
        if (host == null) {
            return;
        }
        HostFocus current = selection().current().focus();
        boolean again = current != null && current.direction() == direction() && current.host().equals(host);
        selection().focus(again ? null : new HostFocus(host, direction()));
    }

    private static IpAddress address(String key) {
        try {
            return IpAddress.parse(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public Chart exportChart() {
        return shownResult() == null ? null : chart.getChart();
    }

    @Override
    public void setFocus() {
        if (!chart.getChart().getPlotArea().getControl().setFocus()) {
            super.setFocus();
        }
    }

    private static String topNText(int n) {
        return "Top " + n;
    }

    /** @return the next count in steps of 1 up to 5, then of 5 */
    static int stepped(int n, int direction) {
        if (direction > 0) {
            return n < 5 ? n + 1 : n - n % 5 + 5;
        }
        return n <= 5 ? n - 1 : (n % 5 == 0 ? n - 5 : n - n % 5);
    }

    private void askTopN() {
        InputDialog dialog = new InputDialog(getSite().getShell(), "Number of Hosts", "Hosts to show (1 to " + MAX_TOP_N
                + "); the rest is summed up as other:", Integer.toString(topN), text -> {
                    try {
                        int n = Integer.parseInt(text.trim());
                        return n >= 1 && n <= MAX_TOP_N ? null : "Between 1 and " + MAX_TOP_N + ", please.";
                    } catch (NumberFormatException e) {
                        return "A whole number, please.";
                    }
                });
        if (dialog.open() == Window.OK) {
            setTopN(Integer.parseInt(dialog.getValue().trim()));
        }
    }

    /** "Top 10" in the view's toolbar. */
    private final class TopNLabel extends ControlContribution {
        private int width;

        TopNLabel() {
            super("org.flowbench.ui.charts.topN");
        }

        @Override
        protected Control createControl(Composite parent) {
            topNLabel = new Label(parent, SWT.CENTER);
            topNLabel.setBackground(parent.getBackground()); // a label in a toolbar is not themed with it
            topNLabel.setText(topNText(MAX_TOP_N));
            width = topNLabel.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 4; // room for the widest
            topNLabel.setText(topNText(topN));
            topNLabel.setToolTipText("How many hosts are shown; the rest is summed up as other");
            return topNLabel;
        }

        @Override
        protected int computeWidth(Control control) {
            return width;
        }
    }

    /** Shows fewer or more hosts. */
    private final class StepTopN extends Action {
        private final int direction;

        StepTopN(String text, String tooltip, int direction) {
            super(text);
            this.direction = direction;
            setToolTipText(tooltip);
        }

        @Override
        public void run() {
            setTopN(stepped(topN, direction));
        }
    }
}
