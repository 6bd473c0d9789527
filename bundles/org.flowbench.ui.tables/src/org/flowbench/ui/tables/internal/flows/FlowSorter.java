package org.flowbench.ui.tables.internal.flows;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.flowbench.model.FlowSegment;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.IndexSort;

/**
 * Sorts the positions of selected flows by a column: reads each row's primitive key straight from
 * the store's columns into a long array and sorts positions and keys together. Equal keys stay in
 * store order.
 */
public final class FlowSorter {

    private FlowSorter() {
    }

    /**
     * @param positions the rows to sort, ascending (as {@link SelectedRows} gives them); sorted in place
     */
    public static void sort(FlowSnapshot flows, int[] positions, FlowColumn column, boolean descending, BooleanSupplier canceled) {
        SortOrders orders = new SortOrders(flows.addresses());
        if (column == FlowColumn.SOURCE || column == FlowColumn.DESTINATION) {
            orders.rankAddresses(flows.addresses().size(), canceled);
        }
        long[] keys = new long[positions.length];
        int segment = 0;
        long segmentStart = 0;
        for (int j = 0; j < positions.length; j++) {
            int p = positions[j];
            if (j > 0 && p < positions[j - 1]) {
                throw new IllegalArgumentException("positions must ascend");
            }
            while (p >= segmentStart + flows.rowsIn(segment)) {
                segmentStart += flows.rowsIn(segment++);
                if ((segment & 63) == 0 && canceled.getAsBoolean()) {
                    throw new CancellationException();
                }
            }
            FlowSegment s = flows.segment(segment);
            keys[j] = column.key(s, (int) (p - segmentStart), orders);
        }
        IndexSort.sort(positions, keys, descending, canceled);
    }
}
