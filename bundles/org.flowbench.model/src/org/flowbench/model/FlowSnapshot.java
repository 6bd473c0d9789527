package org.flowbench.model;

/**
 * A fixed view of the rows of a {@link FlowStore}: what analyses read. Rows appended to the store
 * after the snapshot was taken are not part of it. Two snapshots are equal when they hold the same
 * rows: the same store (rows are only ever appended) up to the same size.
 */
public final class FlowSnapshot {

    private final AddressDictionary addresses;
    private final FlowSegment[] segments;
    private final long size;
    private final int segmentSize;

    FlowSnapshot(AddressDictionary addresses, FlowSegment[] segments, long size, int segmentSize) {
        this.addresses = addresses;
        this.segments = segments;
        this.size = size;
        this.segmentSize = segmentSize;
    }

    /** @return an empty snapshot with its own empty dictionary */
    public static FlowSnapshot empty() {
        return new FlowStore().snapshot();
    }

    public long size() {
        return size;
    }

    public int segmentCount() {
        return segments.length;
    }

    public FlowSegment segment(int index) {
        return segments[index];
    }

    /** @return the rows per segment of the store (the capacity of every segment) */
    int segmentSize() {
        return segmentSize;
    }

    /** @return how many rows of segment {@code index} belong to this snapshot */
    public int rowsIn(int index) {
        return (int) Math.min(segmentSize, size - (long) index * segmentSize);
    }

    /**
     * @return whether the segment is full and every row of it belongs to this snapshot, so that its
     *         statistics are exact. A partly filled segment is never complete: the writer may be
     *         appending to it, and updates its statistics before it counts the new row.
     */
    public boolean isComplete(int index) {
        return rowsIn(index) == segments[index].capacity();
    }

    public AddressDictionary addresses() {
        return addresses;
    }

    @Override
    public boolean equals(Object o) {
        // a store and its dictionary belong to each other for life
        return o instanceof FlowSnapshot other && other.addresses == addresses && other.size == size;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(addresses) * 31 + Long.hashCode(size);
    }

    /** Copies row {@code row} (0-based over the whole snapshot) into {@code into}. */
    public FlowRecord read(long row, FlowRecord into) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        FlowSegment s = segments[(int) (row / segmentSize)];
        int i = (int) (row % segmentSize);
        into.startMicros = s.start(i);
        into.endMicros = s.end(i);
        int src = s.source(i);
        int dst = s.destination(i);
        into.sourceHigh = addresses.high(src);
        into.sourceLow = addresses.low(src);
        into.destinationHigh = addresses.high(dst);
        into.destinationLow = addresses.low(dst);
        into.sourcePort = s.sourcePort(i);
        into.destinationPort = s.destinationPort(i);
        into.protocol = s.protocol(i);
        into.tcpFlags = s.tcpFlags(i);
        into.bytes = s.bytes(i);
        into.packets = s.packets(i);
        return into;
    }

    /**
     * @return from the earliest start to just after the latest end (to the latest end when that is
     *         {@link Long#MAX_VALUE}); null when there are no rows
     */
    public TimeRange timeSpan() {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int k = 0; k < segments.length; k++) {
            FlowSegment s = segments[k];
            if (isComplete(k)) {
                min = Math.min(min, s.minStart());
                max = Math.max(max, s.maxEnd());
            } else {
                for (int i = 0, n = rowsIn(k); i < n; i++) {
                    min = Math.min(min, s.start(i));
                    max = Math.max(max, s.end(i));
                }
            }
        }
        return size == 0 ? null : new TimeRange(min, max == Long.MAX_VALUE ? max : max + 1);
    }

    /** @return the sum of the byte counts of all rows */
    public long totalBytes() {
        long total = 0;
        for (int k = 0; k < segments.length; k++) {
            FlowSegment s = segments[k];
            for (int i = 0, n = rowsIn(k); i < n; i++) {
                total += s.bytes(i);
            }
        }
        return total;
    }

    /** @return the sum of the packet counts of all rows */
    public long totalPackets() {
        long total = 0;
        for (int k = 0; k < segments.length; k++) {
            FlowSegment s = segments[k];
            for (int i = 0, n = rowsIn(k); i < n; i++) {
                total += s.packets(i);
            }
        }
        return total;
    }
}
