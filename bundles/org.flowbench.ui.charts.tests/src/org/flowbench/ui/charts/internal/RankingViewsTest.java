package org.flowbench.ui.charts.internal;

import static org.flowbench.ui.charts.internal.HandMadeTraffic.MINUTE;
import static org.flowbench.ui.charts.internal.HandMadeTraffic.T0;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.ISeries;
import org.flowbench.model.FlowFilter.Direction;
import org.flowbench.model.IpAddress;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.charts.ChartsUi;
import org.flowbench.ui.charts.RankingChart;
import org.flowbench.ui.datasets.Dataset;
import org.flowbench.ui.selection.HostFocus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Top talkers and top destinations on the hand-made flows, and how they narrow each other: a
 * picked talker narrows the destinations and leaves the talkers whole; a selected time range
 * narrows both; undo brings back what was there.
 */
class RankingViewsTest {

    private Dataset dataset;
    private TopTalkersView talkers;
    private TopDestinationsView destinations;

    @BeforeEach
    void open() throws Exception {
        dataset = HandMadeTraffic.open();
        destinations = HandMadeTraffic.show(ChartsUi.TOP_DESTINATIONS_VIEW_ID);
        talkers = HandMadeTraffic.show(ChartsUi.TOP_TALKERS_VIEW_ID);
        talkers.setTopN(10);
        destinations.setTopN(10);
        HandMadeTraffic.waitShown(talkers, dataset);
        HandMadeTraffic.waitShown(destinations, dataset);
    }

    @AfterEach
    void clear() {
        HandMadeTraffic.selection().clear();
    }

    @Test
    void talkersAreTheSourcesByBytesSentWithTheirShares() {
        RankingChart chart = talkers.chart();
        assertEquals(List.of("10.0.0.1", "2001:db8::5", "10.0.0.2", "10.0.0.3"), chart.categories());
        // 10.0.0.1: 1000 + 300 + 4000; 10.0.0.2: 2000 + 100; 10.0.0.3: 800 + 200; of 13,400 in all
        assertArrayEquals(new double[] { 5300, 5000, 2100, 1000 }, bars(chart, RankingChart.BARS_ID), 0);
        assertEquals(List.of("5.3 KB (39.6%)", "5.0 KB (37.3%)", "2.1 KB (15.7%)", "1.0 KB (7.5%)"), chart.valueLabels());
        assertEquals("Bytes sent", chart.getChart().getAxisSet().getYAxis(0).getTitle().getText());
    }

    @Test
    void theRestBeyondTopNIsOneGrayOtherBar() {
        talkers.setTopN(3);
        HandMadeTraffic.waitShown(talkers, dataset);
        RankingChart chart = talkers.chart();
        assertEquals(List.of("10.0.0.1", "2001:db8::5", "10.0.0.2", "other (1)"), chart.categories());
        assertArrayEquals(new double[] { 5300, 5000, 2100, 0 }, bars(chart, RankingChart.BARS_ID), 0);
        assertArrayEquals(new double[] { 0, 0, 0, 1000 }, bars(chart, RankingChart.OTHER_ID), 0);
        assertEquals("1.0 KB (7.5%)", chart.valueLabels().get(3));
    }

    @Test
    void theToolbarShowsFewerOrMoreHosts() {
        talkers.setTopN(3);
        HandMadeTraffic.waitShown(talkers, dataset);
        toolbarAction(talkers, "\u2212").run();
        HandMadeTraffic.waitShown(talkers, dataset);
        assertEquals(List.of("10.0.0.1", "2001:db8::5", "other (2)"), talkers.chart().categories());
        toolbarAction(talkers, "+").run();
        HandMadeTraffic.waitShown(talkers, dataset);
        assertEquals(3, talkers.topN());
        // steps of one up to five, then of five
        assertEquals(List.of(4, 10, 15, 15, 100), List.of(HostRankingView.stepped(3, 1), HostRankingView.stepped(5, 1),
                HostRankingView.stepped(10, 1), HostRankingView.stepped(12, 1), HostRankingView.stepped(95, 1)));
        assertEquals(List.of(4, 5, 10, 10), List.of(HostRankingView.stepped(5, -1), HostRankingView.stepped(10, -1),
                HostRankingView.stepped(12, -1), HostRankingView.stepped(15, -1)));
    }

    private static IAction toolbarAction(HostRankingView view, String text) {
        for (IContributionItem item : view.getViewSite().getActionBars().getToolBarManager().getItems()) {
            if (item instanceof ActionContributionItem a && text.equals(a.getAction().getText())) {
                return a.getAction();
            }
        }
        throw new AssertionError("no toolbar action " + text);
    }

    @Test
    void destinationsAreLollipopsOfBytesReceived() {
        RankingChart chart = destinations.chart();
        assertEquals(RankingChart.Style.LOLLIPOP, chart.style());
        assertEquals(List.of("192.168.1.10", "2001:db8::53", "192.168.1.20", "192.168.1.30"), chart.categories());
        // 192.168.1.10: 1000 + 2000 + 800 + 4000; 192.168.1.20: 300 + 200
        assertArrayEquals(new double[] { 7800, 5000, 500, 100 }, bars(chart, RankingChart.DOTS_ID), 0);
        assertArrayEquals(new double[] { 7800, 5000, 500, 100 }, bars(chart, RankingChart.BARS_ID), 0);
    }

    @Test
    void clickingATalkerNarrowsTheDestinationsAndKeepsTheTalkersWhole() throws Exception {
        Control plot = talkers.chart().getChart().getPlotArea().getControl();
        int firstRow = talkers.chart().rowCenter(0);
        HandMadeTraffic.mouse(plot, SWT.MouseDown, plot.getSize().x / 3, firstRow, 1, 0);
        HandMadeTraffic.mouse(plot, SWT.MouseUp, plot.getSize().x / 3, firstRow, 1, SWT.BUTTON1);
        assertEquals(new HostFocus(IpAddress.parse("10.0.0.1"), Direction.SOURCE), HandMadeTraffic.selection().current().focus());

        HandMadeTraffic.waitShown(destinations, dataset);
        HandMadeTraffic.waitShown(talkers, dataset);
        // what 10.0.0.1 sent: 1000 + 4000 to 192.168.1.10, 300 to 192.168.1.20
        assertEquals(List.of("192.168.1.10", "192.168.1.20"), destinations.chart().categories());
        assertArrayEquals(new double[] { 5000, 300 }, bars(destinations.chart(), RankingChart.DOTS_ID), 0);
        // the talkers stay whole, the picked one drawn by the mark series
        assertEquals(List.of("10.0.0.1", "2001:db8::5", "10.0.0.2", "10.0.0.3"), talkers.chart().categories());
        assertArrayEquals(new double[] { 5300, 0, 0, 0 }, bars(talkers.chart(), RankingChart.PICKED_ID), 0);
        assertArrayEquals(new double[] { 0, 5000, 2100, 1000 }, bars(talkers.chart(), RankingChart.BARS_ID), 0);
        assertEquals("10.0.0.1", talkers.chart().picked());

        HandMadeTraffic.undo();
        assertNull(HandMadeTraffic.selection().current().focus(), "undo drops the pick");
        HandMadeTraffic.waitShown(destinations, dataset);
        assertArrayEquals(new double[] { 7800, 5000, 500, 100 }, bars(destinations.chart(), RankingChart.DOTS_ID), 0);
        HandMadeTraffic.waitShown(talkers, dataset);
        assertNull(talkers.chart().picked());
    }

    @Test
    void clickingThePickedTalkerAgainDropsThePick() {
        Control plot = talkers.chart().getChart().getPlotArea().getControl();
        int secondRow = talkers.chart().rowCenter(1);
        HandMadeTraffic.mouse(plot, SWT.MouseDown, 5, secondRow, 1, 0);
        assertEquals(new HostFocus(IpAddress.parse("2001:db8::5"), Direction.SOURCE), HandMadeTraffic.selection().current().focus());
        HandMadeTraffic.waitShown(talkers, dataset);
        HandMadeTraffic.mouse(plot, SWT.MouseDown, 5, secondRow, 1, 0);
        assertNull(HandMadeTraffic.selection().current().focus());
    }

    @Test
    void aTimeRangeSelectedInTrafficOverTimeNarrowsTheTalkers() throws Exception {
        TrafficOverTimeView traffic = HandMadeTraffic.show(ChartsUi.TRAFFIC_OVER_TIME_VIEW_ID);
        HandMadeTraffic.minuteBuckets();
        try {
            HandMadeTraffic.waitUntil(() -> traffic.isUpToDate() && traffic.chart().bucketStart(1) - traffic.chart().bucketStart(0) == MINUTE,
                    "minute buckets");
            Control plot = traffic.chart().getChart().getPlotArea().getControl();
            // a right-button drag from +61 s to +170 s: minutes 1 and 2
            int from = traffic.chart().pixelOf(T0 + 61_000_000L);
            int to = traffic.chart().pixelOf(T0 + 170_000_000L);
            HandMadeTraffic.mouse(plot, SWT.MouseDown, from, 20, 3, 0);
            HandMadeTraffic.mouse(plot, SWT.MouseMove, to, 20, 0, SWT.BUTTON3);
            HandMadeTraffic.mouse(plot, SWT.MouseUp, to, 20, 3, SWT.BUTTON3);
            assertEquals(new TimeRange(T0 + MINUTE, T0 + 3 * MINUTE), HandMadeTraffic.selection().current().timeRange());

            HandMadeTraffic.waitShown(talkers, dataset);
            // flows starting in [+60 s, +180 s): +65 s (10.0.0.1, 300), +130 s (2001:db8::5, 5000), +150 s (10.0.0.3, 800)
            assertEquals(List.of("2001:db8::5", "10.0.0.3", "10.0.0.1"), talkers.chart().categories());
            assertArrayEquals(new double[] { 5000, 800, 300 }, bars(talkers.chart(), RankingChart.BARS_ID), 0);

            HandMadeTraffic.undo();
            assertEquals(TimeRange.ALL, HandMadeTraffic.selection().current().timeRange());
            HandMadeTraffic.waitShown(talkers, dataset);
            assertArrayEquals(new double[] { 5300, 5000, 2100, 1000 }, bars(talkers.chart(), RankingChart.BARS_ID), 0);
        } finally {
            HandMadeTraffic.setPreference(org.flowbench.ui.FlowbenchPreferences.BUCKET, null);
        }
    }

    @Test
    void keysMoveThroughTheBarsAndPickWithEnter() {
        Control plot = talkers.chart().getChart().getPlotArea().getControl();
        plot.setFocus();
        key(plot, SWT.HOME);
        key(plot, SWT.ARROW_DOWN);
        key(plot, SWT.ARROW_DOWN);
        key(plot, SWT.CR);
        assertEquals(new HostFocus(IpAddress.parse("10.0.0.2"), Direction.SOURCE), HandMadeTraffic.selection().current().focus());
    }

    private static void key(Control c, int keyCode) {
        org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
        e.keyCode = keyCode;
        c.notifyListeners(SWT.KeyDown, e);
    }

    static double[] bars(RankingChart chart, String seriesId) {
        ISeries<?> s = chart.getChart().getSeriesSet().getSeries(seriesId);
        return s.getYSeries();
    }
}
