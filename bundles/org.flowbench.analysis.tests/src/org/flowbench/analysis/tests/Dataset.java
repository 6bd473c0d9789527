package org.flowbench.analysis.tests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.FlowStore;

/**
 * The same flows twice over: as a plain list, which the expected results are computed from with
 * straightforward loops, and in stores of several segment sizes, which the analyses read.
 */
public final class Dataset {

    /**
     * Segment sizes the tests use: tiny (thousands of segments, time ranges cut them anywhere), medium,
     * and the default (one segment for small data: the serial path).
     */
    public static final int[] SEGMENT_SIZES = { 7, 1000, FlowStore.DEFAULT_SEGMENT_SIZE };

    private final List<FlowRecord> flows = new ArrayList<>();
    private final List<FlowStore> stores = new ArrayList<>();

    public Dataset() {
        this(SEGMENT_SIZES);
    }

    public Dataset(int... segmentSizes) {
        for (int size : segmentSizes) {
            stores.add(new FlowStore(size));
        }
    }

    public Dataset add(FlowRecord flow) {
        flows.add(new FlowRecord().copyFrom(flow));
        for (FlowStore store : stores) {
            store.accept(flow);
        }
        return this;
    }

    public Dataset addAll(List<FlowRecord> more) {
        more.forEach(this::add);
        return this;
    }

    /** @return the flows in the order they were added (the store order) */
    public List<FlowRecord> flows() {
        return Collections.unmodifiableList(flows);
    }

    /** @return one snapshot per segment size */
    public List<FlowSnapshot> snapshots() {
        return stores.stream().map(FlowStore::snapshot).toList();
    }

    public FlowSnapshot snapshot() {
        return stores.get(0).snapshot();
    }
}
