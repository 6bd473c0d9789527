package org.flowbench.ui.charts.internal;

import org.flowbench.model.FlowFilter.Direction;
import org.flowbench.ui.charts.ChartsUi;
import org.flowbench.ui.charts.RankingChart;

/** The sources that send the most bytes, as bars; a click picks a source for the other views. */
public final class TopTalkersView extends HostRankingView {

    public static final String ID = ChartsUi.TOP_TALKERS_VIEW_ID;

    @Override
    protected String analysisId() {
        return "top-talkers";
    }

    @Override
    protected Direction direction() {
        return Direction.SOURCE;
    }

    @Override
    protected RankingChart.Style style() {
        return RankingChart.Style.BARS;
    }

    @Override
    protected String verb() {
        return "sent";
    }

    @Override
    public String exportName() {
        return "top-talkers";
    }
}
