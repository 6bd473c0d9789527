package org.flowbench.ui.charts;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swtchart.Chart;
import org.flowbench.analysis.AnalysisResult;
import org.flowbench.analysis.ResultGrid;

/**
 * Saves charts as images and their data as CSV. SWTChart 1.1 can only render bitmaps; there is no
 * vector (SVG) output in its core.
 */
public final class ChartExport {

    private ChartExport() {
    }

    /**
     * Renders the chart as it is on screen into a PNG file. UI thread.
     *
     * @throws IOException when the file cannot be written
     */
    public static void savePng(Chart chart, Path file) throws IOException {
        Point size = chart.getSize();
        if (size.x <= 0 || size.y <= 0) {
            throw new IOException("the chart has no size yet; show it first");
        }
        // the same rendering as Chart.save, but with errors as exceptions instead of a silent empty file
        Image image = new Image(chart.getDisplay(), size.x, size.y);
        try {
            GC gc = new GC(image);
            try {
                chart.print(gc);
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            try (var out = Files.newOutputStream(file)) {
                loader.save(out, SWT.IMAGE_PNG);
            }
        } catch (org.eclipse.swt.SWTException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            image.dispose();
        }
    }

    /**
     * Writes the result as CSV, in the same columns as the command line and the table views.
     *
     * @throws IOException when the file cannot be written
     */
    public static void writeCsv(AnalysisResult result, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ResultGrid.of(result).writeCsv(out);
        }
    }
}
