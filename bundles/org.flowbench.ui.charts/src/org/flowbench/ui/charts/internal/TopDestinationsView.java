package org.flowbench.ui.charts.internal;

import org.flowbench.model.FlowFilter.Direction;
import org.flowbench.ui.charts.ChartsUi;
import org.flowbench.ui.charts.RankingChart;

/** The destinations that receive the most bytes, as lollipops; a click picks a destination for the other views. */
public final class TopDestinationsView extends HostRankingView {

    public static final String ID = ChartsUi.TOP_DESTINATIONS_VIEW_ID;

    @Override
    protected String analysisId() {
        return "top-destinations";
    }

    @Override
    protected Direction direction() {
        return Direction.DESTINATION;
    }

    @Override
    protected RankingChart.Style style() {
        return RankingChart.Style.LOLLIPOP;
    }

    @Override
    protected String verb() {
        return "received";
    }

    @Override
    public String exportName() {
        return "top-destinations";
    }
}
