package org.flowbench.ui.charts.internal;

import org.eclipse.jface.action.ControlContribution;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
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
 * shows starts at the preferences' top N and is set with the spinner in the view's toolbar.
 */
public abstract class HostRankingView extends AnalysisView implements ExportableChart {

    static final int MAX_TOP_N = 100;

    private RankingChart chart;
    private Spinner topNSpinner;
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
        toolbar.add(new TopNControl());
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
        if (topNSpinner != null && !topNSpinner.isDisposed() && topNSpinner.getSelection() != clamped) {
            topNSpinner.setSelection(clamped);
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
        chart.setEntries(RankingChart.entriesOf(ranking, format));
        chart.setPicked(pickedKey(selection.focus()));
    }

    /** @return the key of the entry that is the picked host of this view's direction, null when none is */
    private String pickedKey(HostFocus focus) {
        if (focus == null || focus.direction() != direction()) {
            return null;
        }
        for (BarEntry e : chart.entries()) {
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

    /** "Top [10]" in the view's toolbar. */
    private final class TopNControl extends ControlContribution {
        TopNControl() {
            super("org.flowbench.ui.charts.topN");
        }

        @Override
        protected Control createControl(Composite parent) {
            Composite box = new Composite(parent, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 0).applyTo(box);
            Label label = new Label(box, SWT.NONE);
            label.setText("&Top");
            topNSpinner = new Spinner(box, SWT.BORDER);
            topNSpinner.setValues(topN, 1, MAX_TOP_N, 0, 1, 5);
            topNSpinner.setToolTipText("How many hosts to show; the rest is summed up as other");
            topNSpinner.addListener(SWT.Selection, e -> setTopN(topNSpinner.getSelection()));
            topNSpinner.addListener(SWT.DefaultSelection, e -> setTopN(topNSpinner.getSelection()));
            return box;
        }
    }
}
