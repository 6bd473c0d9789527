package org.flowbench.analysis.portscan.internal;

import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.model.FlowSegment;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.Progress;
import org.flowbench.model.RowPredicate;
import org.flowbench.model.TimeRange;

/**
 * Visits the probe-sized flows that a query selects (start in its time range, passing its filter,
 * at most as many packets as the settings allow, of a protocol they count), with the public model
 * API only.
 */
final class ProbeRows {

    @FunctionalInterface
    interface Visitor {
        void visit(FlowSegment segment, int row);
    }

    private ProbeRows() {
    }

    static void forEach(AnalysisQuery query, ScanSettings settings, Progress progress, String task, Visitor visitor) {
        FlowSnapshot flows = query.flows();
        TimeRange range = query.timeRange();
        RowPredicate filter = query.filter().bind(flows);
        progress.begin(task, flows.segmentCount());
        for (int k = 0; k < flows.segmentCount(); k++) {
            progress.checkCanceled();
            FlowSegment segment = flows.segment(k);
            for (int row = 0, n = flows.rowsIn(k); row < n; row++) {
                if (segment.packets(row) <= settings.maxPackets() && settings.probes(segment.protocol(row)) && range.contains(segment.start(row)) && filter.test(segment, row)) {
                    visitor.visit(segment, row);
                }
            }
            progress.worked(1);
        }
    }
}
