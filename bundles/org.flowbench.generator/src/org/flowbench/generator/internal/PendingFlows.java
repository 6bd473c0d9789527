package org.flowbench.generator.internal;

import java.util.Arrays;

import org.flowbench.model.FlowRecord;

/**
 * Flows made ahead of their turn (the answer to a request starts a round trip later, after other
 * flows may have started), held until their start comes: a binary min-heap on the start, equal
 * starts in the order they were added. Records are pooled, so holding a flow allocates nothing once
 * the pool has grown to the most flows ever pending at once, which depends on the flow rate times
 * the longest delay, not on the number of flows.
 */
public final class PendingFlows {

    private FlowRecord[] heap = new FlowRecord[64];
    private long[] order = new long[64];
    private int size;
    private long added;
    private FlowRecord[] spare = new FlowRecord[64];
    private int spareCount;

    /** @return a record to fill and then {@link #add}; its contents are undefined */
    public FlowRecord obtain() {
        return spareCount > 0 ? spare[--spareCount] : new FlowRecord();
    }

    /** Holds a record that came from {@link #obtain()}. */
    public void add(FlowRecord flow) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
            order = Arrays.copyOf(order, size * 2);
        }
        int i = size++;
        long sequence = added++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(flow.startMicros, sequence, heap[parent].startMicros, order[parent])) {
                break;
            }
            heap[i] = heap[parent];
            order[i] = order[parent];
            i = parent;
        }
        heap[i] = flow;
        order[i] = sequence;
    }

    private static boolean before(long start, long sequence, long otherStart, long otherSequence) {
        return start < otherStart || (start == otherStart && sequence < otherSequence);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    /** @return the earliest start held; only when not empty */
    public long earliestStart() {
        return heap[0].startMicros;
    }

    /** Copies the earliest flow into {@code into} and lets it go. */
    public void poll(FlowRecord into) {
        if (size == 0) {
            throw new IllegalStateException("no pending flows");
        }
        FlowRecord top = heap[0];
        into.copyFrom(top);
        release(top);
        FlowRecord last = heap[--size];
        long lastOrder = order[size];
        heap[size] = null;
        if (size == 0) {
            return;
        }
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(heap[child + 1].startMicros, order[child + 1], heap[child].startMicros, order[child])) {
                child++;
            }
            if (!before(heap[child].startMicros, order[child], last.startMicros, lastOrder)) {
                break;
            }
            heap[i] = heap[child];
            order[i] = order[child];
            i = child;
        }
        heap[i] = last;
        order[i] = lastOrder;
    }

    private void release(FlowRecord flow) {
        if (spareCount == spare.length) {
            spare = Arrays.copyOf(spare, spareCount * 2);
        }
        spare[spareCount++] = flow;
    }
}
