package org.flowbench.ui.charts.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.flowbench.ui.charts.ChartExport;
import org.flowbench.ui.charts.ExportableChart;

/** File > Export > Chart Data as CSV. */
public final class ExportDataHandler extends ExportHandler {

    @Override
    protected String extension() {
        return "csv";
    }

    @Override
    protected String filterName() {
        return "CSV (*.csv)";
    }

    @Override
    protected boolean canExport(ExportableChart chart) {
        return chart.shownResult() != null;
    }

    @Override
    protected void export(ExportableChart chart, Path file) throws IOException {
        ChartExport.writeCsv(chart.shownResult(), file);
    }
}
