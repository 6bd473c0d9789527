package org.flowbench.ui.tables.internal.flows;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowSegment;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.RowPredicate;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.tables.internal.sort.IntList;

/**
 * The rows of a snapshot that a selection shows: flows that start in the time range and pass the
 * filter, as the analyses select them. Segments wholly outside the range are skipped by their
 * statistics, as the analyses do.
 */
public final class SelectedRows {

    /** Visits one selected row. */
    @FunctionalInterface
    public interface Visitor {
        /**
         * @param segment  the row's segment
         * @param row      the row within the segment
         * @param position the row's position in the snapshot
         */
        void visit(FlowSegment segment, int row, int position);
    }

    private SelectedRows() {
    }

    /**
     * @return the positions of the selected rows, ascending
     * @throws IllegalArgumentException when the snapshot has more rows than an int counts
     */
    public static int[] positions(FlowSnapshot flows, TimeRange range, FlowFilter filter, BooleanSupplier canceled) {
        checkSize(flows);
        if (range.startMicros() == Long.MIN_VALUE && range.endMicros() == Long.MAX_VALUE && filter == FlowFilter.ALL) {
            int[] all = new int[(int) flows.size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        IntList out = new IntList(1024);
        scan(flows, range, filter, (s, i, position) -> out.add(position), canceled);
        return out.toArray();
    }

    /** Visits the selected rows in store order. */
    public static void scan(FlowSnapshot flows, TimeRange range, FlowFilter filter, Visitor visitor, BooleanSupplier canceled) {
        checkSize(flows);
        RowPredicate predicate = filter.bind(flows);
        long from = range.startMicros();
        long to = range.endMicros();
        int base = 0;
        for (int k = 0; k < flows.segmentCount(); k++) {
            if (canceled.getAsBoolean()) {
                throw new CancellationException();
            }
            FlowSegment s = flows.segment(k);
            int n = flows.rowsIn(k);
            boolean exact = flows.isComplete(k);
            if (!(exact && (s.maxStart() < from || s.minStart() >= to))) {
                for (int i = 0; i < n; i++) {
                    long t = s.start(i);
                    if (t >= from && t < to && predicate.test(s, i)) {
                        visitor.visit(s, i, base + i);
                    }
                }
            }
            base += n;
        }
    }

    private static void checkSize(FlowSnapshot flows) {
        if (flows.size() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the table shows at most " + (Integer.MAX_VALUE - 8) + " flows; choose a shorter time range");
        }
    }
}
