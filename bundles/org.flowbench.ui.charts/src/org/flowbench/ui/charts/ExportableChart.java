package org.flowbench.ui.charts;

import org.eclipse.swtchart.Chart;
import org.flowbench.analysis.AnalysisResult;

/**
 * A part that shows a chart which the Export Image and Export Data commands can save. The export
 * handlers are active while such a part is the active part.
 */
public interface ExportableChart {

    /** @return the chart to save as an image; null while none is shown */
    Chart exportChart();

    /** @return the result the chart shows, whose data is saved as CSV; null while none is shown */
    AnalysisResult shownResult();

    /** @return a file name without extension to propose, e.g. "top-talkers" */
    String exportName();
}
