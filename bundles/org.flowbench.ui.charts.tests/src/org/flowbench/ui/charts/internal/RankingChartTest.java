package org.flowbench.ui.charts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Range;
import org.flowbench.ui.charts.BarEntry;
import org.flowbench.ui.charts.RankingChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ranking widget on its own: room for labels, a huge "other" cut at the edge, picks. */
class RankingChartTest {

    private Shell shell;
    private RankingChart chart;

    @BeforeEach
    void open() {
        shell = new Shell(Display.getCurrent());
        shell.setLayout(new FillLayout());
        shell.setSize(700, 300);
        chart = new RankingChart(shell, SWT.NONE, RankingChart.Style.BARS);
        shell.open();
        HandMadeTraffic.flush();
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void aHugeOtherIsCutAtTheEdgeSoThatTheRankedBarsKeepTheirScale() {
        chart.setEntries(List.of(new BarEntry("10.0.0.1", 100, "100 B", false), new BarEntry("10.0.0.2", 50, "50 B", false),
                new BarEntry("other (7)", 1000, "1.0 KB", true)));
        HandMadeTraffic.flush();
        assertTrue(chart.isOtherCut());
        Range values = chart.getChart().getAxisSet().getYAxis(0).getRange();
        assertTrue(values.upper >= 100 && values.upper < 1000, "scaled to the ranked bars, with room for labels: " + values.upper);

        chart.setEntries(List.of(new BarEntry("10.0.0.1", 100, "100 B", false), new BarEntry("other (7)", 120, "120 B", true)));
        HandMadeTraffic.flush();
        assertFalse(chart.isOtherCut());
        assertTrue(chart.getChart().getAxisSet().getYAxis(0).getRange().upper > 120);
    }

    @Test
    void everyValueLabelFitsRightOfItsBar() {
        chart.setEntries(List.of(new BarEntry("2001:db8:85a3::8a2e:370:7334", 1_000_000, "1.0 MB (90.9%)", false),
                new BarEntry("10.0.0.2", 100_000, "100 KB (9.1%)", false)));
        HandMadeTraffic.flush();
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(chart.getChart());
        try {
            int plotWidth = chart.getChart().getPlotArea().getSize().x;
            for (BarEntry e : chart.entries()) {
                int end = chart.getChart().getAxisSet().getYAxis(0).getPixelCoordinate(e.value());
                assertTrue(end + gc.textExtent(e.valueText()).x < plotWidth, e.key() + "'s label is cut");
            }
        } finally {
            gc.dispose();
        }
        assertEquals(List.of("2001:db8:85a3::8a2e:370:7334", "10.0.0.2"), chart.categories());
    }

    @Test
    void clicksOnOtherPickNothingAndUnpickableChartsPickNothing() {
        List<String> picks = new ArrayList<>();
        chart.addPickListener(picks::add);
        chart.setEntries(List.of(new BarEntry("10.0.0.1", 100, "100 B", false), new BarEntry("other (7)", 80, "80 B", true)));
        HandMadeTraffic.flush();
        var plot = chart.getChart().getPlotArea().getControl();
        HandMadeTraffic.mouse(plot, SWT.MouseDown, 10, chart.rowCenter(1), 1, 0);
        HandMadeTraffic.mouse(plot, SWT.MouseDown, 10, chart.rowCenter(0), 1, 0);
        assertEquals(List.of("10.0.0.1"), picks);
        chart.setPickable(false);
        HandMadeTraffic.mouse(plot, SWT.MouseDown, 10, chart.rowCenter(0), 1, 0);
        assertEquals(List.of("10.0.0.1"), picks);
    }
}
