package org.flowbench.analysis;

/** The result of an analysis: one of a few typed kinds. */
public sealed interface AnalysisResult permits TimeSeries, Ranking, Table, Findings {

    ResultKind kind();

    /** @return a short title for views and reports, e.g. "Bytes per minute" */
    String title();
}
