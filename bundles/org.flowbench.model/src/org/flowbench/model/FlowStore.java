package org.flowbench.model;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * The columnar, append-only store of a dataset's flows: rows in fixed-size {@link FlowSegment}s,
 * addresses interned in an {@link AddressDictionary}.
 * <p>
 * One thread appends; any number of threads read at the same time through {@link #snapshot()}, which
 * sees a fixed number of rows however many are appended later. That is what lets a live collector
 * append while views aggregate.
 */
public final class FlowStore implements FlowSink {

    /** Rows per segment: large enough for tight loops, small enough to split work across cores. */
    public static final int DEFAULT_SEGMENT_SIZE = 1 << 16;

    private static final VarHandle ROWS;
    static {
        try {
            ROWS = MethodHandles.lookup().findVarHandle(FlowStore.class, "rows", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final int segmentSize;
    private final AddressDictionary addresses;
    private volatile FlowSegment[] segments = new FlowSegment[8];
    private int segmentCount;
    @SuppressWarnings("unused") // accessed through ROWS
    private long rows;

    public FlowStore() {
        this(DEFAULT_SEGMENT_SIZE);
    }

    public FlowStore(int segmentSize) {
        this(segmentSize, new AddressDictionary());
    }

    FlowStore(int segmentSize, AddressDictionary addresses) {
        if (segmentSize < 1) {
            throw new IllegalArgumentException("segment size must be positive: " + segmentSize);
        }
        this.segmentSize = segmentSize;
        this.addresses = addresses;
    }

    /**
     * Appends a copy of the flow.
     *
     * @throws IllegalArgumentException when {@link FlowRecord#problem()} finds the record invalid
     */
    @Override
    public void accept(FlowRecord flow) {
        String problem = flow.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem + ": " + flow);
        }
        int sourceId = addresses.intern(flow.sourceHigh, flow.sourceLow);
        int destinationId = addresses.intern(flow.destinationHigh, flow.destinationLow);
        FlowSegment segment = writableSegment();
        segment.append(flow, sourceId, destinationId);
        ROWS.setRelease(this, (long) ROWS.get(this) + 1);
    }

    private FlowSegment writableSegment() {
        FlowSegment[] all = segments;
        if (segmentCount > 0 && all[segmentCount - 1].size < segmentSize) {
            return all[segmentCount - 1];
        }
        if (segmentCount == all.length) {
            all = Arrays.copyOf(all, all.length * 2);
        }
        FlowSegment fresh = new FlowSegment(segmentSize);
        all[segmentCount++] = fresh;
        segments = all;
        return fresh;
    }

    /** Appends a segment read from a file; only the file reader does this, before publication. */
    void appendSegment(FlowSegment segment) {
        FlowSegment[] all = segments;
        if (segmentCount > 0 && all[segmentCount - 1].size != segmentSize) {
            throw new IllegalStateException("only the last segment may be partly filled");
        }
        if (segmentCount == all.length) {
            all = Arrays.copyOf(all, Math.max(8, all.length * 2));
        }
        all[segmentCount++] = segment;
        segments = all;
        ROWS.setRelease(this, (long) ROWS.get(this) + segment.size);
    }

    /** @return the rows published so far */
    public long size() {
        return (long) ROWS.getAcquire(this);
    }

    /** @return a read view of the rows published so far */
    public FlowSnapshot snapshot() {
        long n = size();
        FlowSegment[] all = segments;
        int count = (int) ((n + segmentSize - 1) / segmentSize);
        return new FlowSnapshot(addresses, Arrays.copyOf(all, count), n, segmentSize);
    }

    public AddressDictionary addresses() {
        return addresses;
    }

    public int segmentSize() {
        return segmentSize;
    }

    /** @return the bytes of memory that the rows and the dictionary hold */
    public long memoryBytes() {
        FlowSegment[] all = segments;
        long total = addresses.memoryBytes();
        for (int i = 0; i < segmentCount; i++) {
            total += all[i].memoryBytes();
        }
        return total;
    }
}
