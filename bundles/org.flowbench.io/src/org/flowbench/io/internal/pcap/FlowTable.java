package org.flowbench.io.internal.pcap;

import java.util.Arrays;

/**
 * The flows of one time interval, keyed by their 5-tuple (source, destination, ports, protocol):
 * an open-addressing hash table over primitive arrays, so a packet costs a hash and a probe, no
 * object. {@link #flush} hands the flows to a batch in the order their first packets came, and
 * empties the table by clearing only the slots it used.
 */
final class FlowTable {

    /** Flows held at most; a table this full is flushed early (the flows then end before the interval does). */
    static final int MAX_FLOWS = 1 << 19;
    /** Small, so that reading a small capture costs little; the table doubles as an interval needs it. */
    private static final int INITIAL_FLOWS = 1 << 8;

    private int[] slots; // entry index + 1, 0 when empty
    private int mask;
    private int size;

    private long[] sourceHigh;
    private long[] sourceLow;
    private long[] destinationHigh;
    private long[] destinationLow;
    private long[] first;
    private long[] last;
    private long[] bytes;
    private long[] packets;
    private int[] ports;
    private int[] protocolAndFlags; // protocol in bits 8..15, OR of TCP flags in bits 0..7
    private int[] slotOf;

    FlowTable() {
        allocate(INITIAL_FLOWS);
    }

    private void allocate(int flows) {
        slots = new int[flows * 2];
        mask = slots.length - 1;
        sourceHigh = new long[flows];
        sourceLow = new long[flows];
        destinationHigh = new long[flows];
        destinationLow = new long[flows];
        first = new long[flows];
        last = new long[flows];
        bytes = new long[flows];
        packets = new long[flows];
        ports = new int[flows];
        protocolAndFlags = new int[flows];
        slotOf = new int[flows];
    }

    int size() {
        return size;
    }

    boolean isFull() {
        return size == MAX_FLOWS;
    }

    /** Adds a packet of the decoded flow; the caller flushes first when {@link #isFull()}. */
    void add(FrameDecoder d, long micros, long length) {
        long sh = d.sourceHigh;
        long sl = d.sourceLow;
        long dh = d.destinationHigh;
        long dl = d.destinationLow;
        int p = d.sourcePort << 16 | d.destinationPort;
        int protocol = d.protocol << 8;
        int slot = slot(sh, sl, dh, dl, p, protocol);
        while (true) {
            int e = slots[slot] - 1;
            if (e < 0) {
                break;
            }
            if (sourceLow[e] == sl && destinationLow[e] == dl && ports[e] == p && (protocolAndFlags[e] & 0xFF00) == protocol
                    && sourceHigh[e] == sh && destinationHigh[e] == dh) {
                if (micros < first[e]) {
                    first[e] = micros;
                }
                if (micros > last[e]) {
                    last[e] = micros;
                }
                bytes[e] += length;
                packets[e]++;
                protocolAndFlags[e] |= d.tcpFlags;
                return;
            }
            slot = (slot + 1) & mask;
        }
        int e = size;
        if (e == first.length) {
            grow();
            add(d, micros, length); // the slots moved
            return;
        }
        size = e + 1;
        slots[slot] = e + 1;
        slotOf[e] = slot;
        sourceHigh[e] = sh;
        sourceLow[e] = sl;
        destinationHigh[e] = dh;
        destinationLow[e] = dl;
        ports[e] = p;
        protocolAndFlags[e] = protocol | d.tcpFlags;
        first[e] = micros;
        last[e] = micros;
        bytes[e] = length;
        packets[e] = 1;
    }

    private void grow() {
        int n = size;
        long[] sh = sourceHigh, sl = sourceLow, dh = destinationHigh, dl = destinationLow, f = first, l = last, by = bytes, pk = packets;
        int[] po = ports, pf = protocolAndFlags;
        allocate(first.length * 2);
        System.arraycopy(sh, 0, sourceHigh, 0, n);
        System.arraycopy(sl, 0, sourceLow, 0, n);
        System.arraycopy(dh, 0, destinationHigh, 0, n);
        System.arraycopy(dl, 0, destinationLow, 0, n);
        System.arraycopy(f, 0, first, 0, n);
        System.arraycopy(l, 0, last, 0, n);
        System.arraycopy(by, 0, bytes, 0, n);
        System.arraycopy(pk, 0, packets, 0, n);
        System.arraycopy(po, 0, ports, 0, n);
        System.arraycopy(pf, 0, protocolAndFlags, 0, n);
        size = 0;
        // re-insert in the same order, so that entry indexes stay those of first appearance
        for (int e = 0; e < n; e++) {
            int slot = slotFor(e);
            slots[slot] = e + 1;
            slotOf[e] = slot;
        }
        size = n;
    }

    /** The home slot of a key: one multiply of the mixed key, its high bits folded down. */
    private int slot(long sh, long sl, long dh, long dl, int ports, int protocol) {
        long h = (sl ^ Long.rotateLeft(dl, 23) ^ sh ^ Long.rotateLeft(dh, 41) ^ ((long) ports << 8 | protocol)) * 0x9E37_79B9_7F4A_7C15L;
        return (int) (h >>> 32 ^ h) & mask;
    }

    private int slotFor(int e) {
        int slot = slot(sourceHigh[e], sourceLow[e], destinationHigh[e], destinationLow[e], ports[e], protocolAndFlags[e] & 0xFF00);
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /**
     * Moves every flow into batches, in the order of their first packets, and empties the table.
     *
     * @return the batch to go on filling
     */
    FlowBatch flush(FlowBatch batch, FlowOutput output, long inputPosition) {
        for (int e = 0; e < size; e++) {
            if (batch.isFull()) {
                batch = output.handOver(batch, inputPosition);
            }
            int i = batch.size++;
            batch.start[i] = first[e];
            batch.end[i] = last[e];
            batch.sourceHigh[i] = sourceHigh[e];
            batch.sourceLow[i] = sourceLow[e];
            batch.destinationHigh[i] = destinationHigh[e];
            batch.destinationLow[i] = destinationLow[e];
            batch.bytes[i] = bytes[e];
            batch.packets[i] = packets[e];
            batch.ports[i] = ports[e];
            batch.protocol[i] = (byte) (protocolAndFlags[e] >>> 8);
            batch.tcpFlags[i] = (byte) protocolAndFlags[e];
            slots[slotOf[e]] = 0;
        }
        size = 0;
        return batch;
    }

    /** For tests: whether no slot is in use. */
    boolean isClean() {
        return size == 0 && Arrays.stream(slots).allMatch(s -> s == 0);
    }
}
