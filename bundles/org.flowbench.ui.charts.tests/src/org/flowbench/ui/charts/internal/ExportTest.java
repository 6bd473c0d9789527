package org.flowbench.ui.charts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.flowbench.ui.charts.ChartExport;
import org.flowbench.ui.charts.ChartsUi;
import org.flowbench.ui.charts.RankingChart;
import org.flowbench.ui.datasets.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Export writes: the chart's data as CSV, the chart as a PNG; the commands are handled in the chart views. */
class ExportTest {

    @TempDir
    Path folder;
    private Dataset dataset;
    private TopTalkersView talkers;

    @BeforeEach
    void open() throws Exception {
        dataset = HandMadeTraffic.open();
        talkers = HandMadeTraffic.show(ChartsUi.TOP_TALKERS_VIEW_ID);
        talkers.setTopN(3);
        HandMadeTraffic.waitShown(talkers, dataset);
    }

    @AfterEach
    void restore() {
        talkers.setTopN(10);
    }

    @Test
    void theDataOfTheTalkersIsWrittenAsCsvWithOtherAndTotal() throws Exception {
        Path csv = folder.resolve("talkers.csv");
        ChartExport.writeCsv(talkers.shownResult(), csv);
        // packets: 10.0.0.1 10 + 3 + 40; 10.0.0.2 20 + 1; 10.0.0.3 8 + 2; all 89. Commons CSV quotes an
        // empty first field, so that a line never starts with a bare separator.
        assertEquals(List.of("rank,source,bytes,packets,flows,share",
                "1,10.0.0.1,5300,53,3,39.6%",
                "2,2001:db8::5,5000,5,1,37.3%",
                "3,10.0.0.2,2100,21,2,15.7%",
                "\"\",other (1),1000,10,2,7.5%",
                "\"\",total,13400,89,8,100.0%"), Files.readAllLines(csv));
    }

    @Test
    void theChartIsSavedAsAPngOfItsSizeWithTheBarsInIt() throws Exception {
        Path png = folder.resolve("talkers.png");
        Chart chart = talkers.exportChart();
        ChartExport.savePng(chart, png);
        ImageData image = new ImageData(png.toString());
        Point size = chart.getSize();
        assertEquals(size.x, image.width);
        assertEquals(size.y, image.height);

        // the middle of the second bar (not picked, not other) has the bar color, drawn translucent on white
        RankingChart ranking = talkers.chart();
        Rectangle plot = chart.getPlotArea().getBounds();
        int x = plot.x + chart.getAxisSet().getYAxis(0).getPixelCoordinate(2500);
        int y = plot.y + ranking.rowCenter(1);
        RGB expected = blendOnWhite(PreferenceWatch.seriesColor(), 0xD0);
        RGB actual = image.palette.getRGB(image.getPixel(x, y));
        assertTrue(close(expected, actual), "bar color " + expected + " at " + x + "," + y + ", found " + actual);
        RGB white = image.palette.getRGB(image.getPixel(plot.x + plot.width - 3, plot.y + 2));
        assertEquals(new RGB(255, 255, 255), white, "the plot's corner is white");
    }

    @Test
    void theExportCommandsAreHandledWhileAChartViewIsActive() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        HandMadeTraffic.page().activate(talkers);
        HandMadeTraffic.flush();
        for (String id : List.of(ChartsUi.EXPORT_IMAGE_COMMAND_ID, ChartsUi.EXPORT_DATA_COMMAND_ID)) {
            Command c = commands.getCommand(id);
            assertTrue(c.isDefined(), id);
            assertTrue(c.isHandled(), id + " has a handler in Top Talkers");
        }
    }

    private static RGB blendOnWhite(RGB c, int alpha) {
        return new RGB(blend(c.red, alpha), blend(c.green, alpha), blend(c.blue, alpha));
    }

    private static int blend(int c, int alpha) {
        return (c * alpha + 255 * (255 - alpha)) / 255;
    }

    private static boolean close(RGB a, RGB b) {
        return Math.abs(a.red - b.red) <= 6 && Math.abs(a.green - b.green) <= 6 && Math.abs(a.blue - b.blue) <= 6;
    }
}
