package org.flowbench.model;

/**
 * A fixed-capacity block of rows of a {@link FlowStore}, one primitive array per column. Analyses
 * read rows through the accessors, which the JIT turns into plain array reads.
 * <p>
 * Durations, byte and packet counts are held as ints; the rare value that does not fit (a flow
 * longer than 35 minutes, larger than 2 GiB or of more than 2^31 packets) is held in a long
 * array that the segment makes only when it first needs it.
 */
public final class FlowSegment {

    /** The int column value that says the value is in the long overflow array. */
    static final int OVERFLOW = -1;

    final long[] start;
    final int[] duration;
    final int[] source;
    final int[] destination;
    final char[] sourcePort;
    final char[] destinationPort;
    final byte[] protocol;
    final byte[] tcpFlags;
    final int[] bytes;
    final int[] packets;
    long[] durationOverflow;
    long[] bytesOverflow;
    long[] packetsOverflow;
    int size;
    long minStart = Long.MAX_VALUE;
    long maxStart = Long.MIN_VALUE;
    long maxEnd = Long.MIN_VALUE;

    FlowSegment(int capacity) {
        start = new long[capacity];
        duration = new int[capacity];
        source = new int[capacity];
        destination = new int[capacity];
        sourcePort = new char[capacity];
        destinationPort = new char[capacity];
        protocol = new byte[capacity];
        tcpFlags = new byte[capacity];
        bytes = new int[capacity];
        packets = new int[capacity];
    }

    void append(FlowRecord r, int sourceId, int destinationId) {
        int i = size;
        start[i] = r.startMicros;
        long d = r.endMicros - r.startMicros;
        duration[i] = fit(d);
        if (duration[i] == OVERFLOW) {
            durationOverflow = overflow(durationOverflow);
            durationOverflow[i] = d;
        }
        source[i] = sourceId;
        destination[i] = destinationId;
        sourcePort[i] = (char) r.sourcePort;
        destinationPort[i] = (char) r.destinationPort;
        protocol[i] = (byte) r.protocol;
        tcpFlags[i] = (byte) r.tcpFlags;
        bytes[i] = fit(r.bytes);
        if (bytes[i] == OVERFLOW) {
            bytesOverflow = overflow(bytesOverflow);
            bytesOverflow[i] = r.bytes;
        }
        packets[i] = fit(r.packets);
        if (packets[i] == OVERFLOW) {
            packetsOverflow = overflow(packetsOverflow);
            packetsOverflow[i] = r.packets;
        }
        minStart = Math.min(minStart, r.startMicros);
        maxStart = Math.max(maxStart, r.startMicros);
        maxEnd = Math.max(maxEnd, r.endMicros);
        size = i + 1;
    }

    private static int fit(long value) {
        return value >= 0 && value < Integer.MAX_VALUE ? (int) value : OVERFLOW;
    }

    private long[] overflow(long[] existing) {
        return existing != null ? existing : new long[start.length];
    }

    public int capacity() {
        return start.length;
    }

    public long start(int row) {
        return start[row];
    }

    public long duration(int row) {
        int d = duration[row];
        return d != OVERFLOW ? d : durationOverflow[row];
    }

    public long end(int row) {
        return start[row] + duration(row);
    }

    /** @return the source address id in the store's {@link AddressDictionary} */
    public int source(int row) {
        return source[row];
    }

    /** @return the destination address id in the store's {@link AddressDictionary} */
    public int destination(int row) {
        return destination[row];
    }

    public int sourcePort(int row) {
        return sourcePort[row];
    }

    public int destinationPort(int row) {
        return destinationPort[row];
    }

    public int protocol(int row) {
        return protocol[row] & 0xFF;
    }

    public int tcpFlags(int row) {
        return tcpFlags[row] & 0xFF;
    }

    public long bytes(int row) {
        int b = bytes[row];
        return b != OVERFLOW ? b : bytesOverflow[row];
    }

    public long packets(int row) {
        int p = packets[row];
        return p != OVERFLOW ? p : packetsOverflow[row];
    }

    /** @return the earliest start of the rows appended so far (Long.MAX_VALUE when none) */
    public long minStart() {
        return minStart;
    }

    /** @return the latest start of the rows appended so far (Long.MIN_VALUE when none) */
    public long maxStart() {
        return maxStart;
    }

    /** @return the latest end of the rows appended so far (Long.MIN_VALUE when none) */
    public long maxEnd() {
        return maxEnd;
    }

    long memoryBytes() {
        long perRow = 8 + 4 + 4 + 4 + 2 + 2 + 1 + 1 + 4 + 4;
        long overflow = (durationOverflow != null ? 8 : 0) + (bytesOverflow != null ? 8 : 0) + (packetsOverflow != null ? 8 : 0);
        return (perRow + overflow) * start.length;
    }
}
