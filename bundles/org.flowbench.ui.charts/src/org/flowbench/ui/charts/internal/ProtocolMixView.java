package org.flowbench.ui.charts.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.AnalysisResult;
import org.flowbench.analysis.Table;
import org.flowbench.ui.FlowbenchPreferences;
import org.flowbench.ui.TrafficUnits;
import org.flowbench.ui.charts.BarEntry;
import org.flowbench.ui.charts.ChartsUi;
import org.flowbench.ui.charts.ExportableChart;
import org.flowbench.ui.charts.RankingChart;
import org.flowbench.ui.selection.TrafficSelection;
import org.flowbench.ui.views.AnalysisView;

/** Bytes per protocol, or per protocol and service port, as bars with their share of all bytes. */
public final class ProtocolMixView extends AnalysisView implements ExportableChart {

    public static final String ID = ChartsUi.PROTOCOL_MIX_VIEW_ID;

    private RankingChart chart;
    private volatile String level = "service";

    @Override
    protected String analysisId() {
        return "protocol-mix";
    }

    @Override
    protected void createContent(Composite parent) {
        chart = new RankingChart(parent, SWT.NONE, RankingChart.Style.BARS);
        chart.setPickable(false);
        chart.setColors(PreferenceWatch.seriesColor(), PreferenceWatch.markColor());
        String state = ViewSupport.followRadioState(getViewSite(), chart.getChart(), ChartsUi.MIX_LEVEL_COMMAND_ID, this::setLevel);
        if ("protocol".equals(state)) {
            level = "protocol";
        }
        PreferenceWatch.start(chart.getChart(), () -> {
            chart.setColors(PreferenceWatch.seriesColor(), PreferenceWatch.markColor());
            refresh();
        });
    }

    /** Groups by "protocol" or by "service" (protocol and service port). UI thread. */
    public void setLevel(String newLevel) {
        String l = "protocol".equals(newLevel) ? "protocol" : "service";
        if (!l.equals(level)) {
            level = l;
            refresh();
        }
    }

    public String level() {
        return level;
    }

    public RankingChart chart() {
        return chart;
    }

    @Override
    protected AnalysisQuery query(AnalysisQuery base) {
        return base.withParameter("level", level);
    }

    @Override
    protected void show(AnalysisResult result, TrafficSelection selection) {
        Table table = (Table) result;
        int protocol = table.columnIndex("Protocol");
        int service = table.columnIndex("Service");
        int bytes = table.columnIndex("Bytes");
        long total = 0;
        for (List<Object> row : table.rows()) {
            total += (Long) row.get(bytes); // the rows include "other": together they are all bytes
        }
        List<BarEntry> entries = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            String p = (String) row.get(protocol);
            String s = (String) row.get(service);
            long b = (Long) row.get(bytes);
            boolean other = p.equals("other") && s.isEmpty();
            String text = TrafficUnits.volume(b) + " (" + ValueFormats.share(b, total) + ")";
            entries.add(new BarEntry(s.isEmpty() ? p : p + " " + s, b, text, other));
        }
        chart.setValueAxis(FlowbenchPreferences.bits() ? "Bits" : "Bytes", TrafficUnits::volume);
        chart.setEntries(entries);
    }

    @Override
    public Chart exportChart() {
        return shownResult() == null ? null : chart.getChart();
    }

    @Override
    public String exportName() {
        return "protocol-mix";
    }

    @Override
    public void setFocus() {
        if (!chart.getChart().getPlotArea().getControl().setFocus()) {
            super.setFocus();
        }
    }
}
