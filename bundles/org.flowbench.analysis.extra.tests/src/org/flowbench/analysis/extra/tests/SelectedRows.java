package org.flowbench.analysis.extra.tests;

import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.model.FlowSegment;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.Progress;
import org.flowbench.model.RowPredicate;
import org.flowbench.model.TimeRange;

/**
 * Visits the rows a query selects (start in the time range, passing the filter), in store order,
 * with only the public model API: what a third-party analysis without the core's internal scan
 * helpers writes.
 */
final class SelectedRows {

    /** Called for each selected row. */
    @FunctionalInterface
    interface Visitor {
        void visit(FlowSegment segment, int row);
    }

    private SelectedRows() {
    }

    static void forEach(AnalysisQuery query, Progress progress, Visitor visitor) {
        FlowSnapshot flows = query.flows();
        TimeRange range = query.timeRange();
        RowPredicate filter = query.filter().bind(flows);
        progress.begin("Reading " + flows.size() + " flows", flows.segmentCount());
        for (int k = 0; k < flows.segmentCount(); k++) {
            progress.checkCanceled();
            FlowSegment segment = flows.segment(k);
            for (int row = 0, n = flows.rowsIn(k); row < n; row++) {
                if (range.contains(segment.start(row)) && filter.test(segment, row)) {
                    visitor.visit(segment, row);
                }
            }
            progress.worked(1);
        }
    }
}
