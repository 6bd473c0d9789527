package org.flowbench.ui.charts.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.flowbench.ui.charts.ChartExport;
import org.flowbench.ui.charts.ExportableChart;

/** File > Export > Chart as PNG Image. */
public final class ExportImageHandler extends ExportHandler {

    @Override
    protected String extension() {
        return "png";
    }

    @Override
    protected String filterName() {
        return "PNG image (*.png)";
    }

    @Override
    protected boolean canExport(ExportableChart chart) {
        return chart.exportChart() != null;
    }

    @Override
    protected void export(ExportableChart chart, Path file) throws IOException {
        ChartExport.savePng(chart.exportChart(), file);
    }
}
