package org.flowbench.io.internal.pcap;

import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSink;

/**
 * Finished flows in columns, on their way from the packet parser to the sink: batches are reused,
 * so no object is made per flow, and one hand-over between threads carries thousands of flows.
 */
final class FlowBatch {

    final long[] start;
    final long[] end;
    final long[] sourceHigh;
    final long[] sourceLow;
    final long[] destinationHigh;
    final long[] destinationLow;
    final long[] bytes;
    final long[] packets;
    /** Source port in the upper 16 bits, destination port in the lower. */
    final int[] ports;
    final byte[] protocol;
    final byte[] tcpFlags;
    int size;
    /** Input bytes consumed when the batch was handed over, for progress. */
    long inputPosition;

    FlowBatch(int capacity) {
        start = new long[capacity];
        end = new long[capacity];
        sourceHigh = new long[capacity];
        sourceLow = new long[capacity];
        destinationHigh = new long[capacity];
        destinationLow = new long[capacity];
        bytes = new long[capacity];
        packets = new long[capacity];
        ports = new int[capacity];
        protocol = new byte[capacity];
        tcpFlags = new byte[capacity];
    }

    boolean isFull() {
        return size == start.length;
    }

    /** Adds a copy of the flow; the batch must not be full. */
    void add(FlowRecord r) {
        int i = size++;
        start[i] = r.startMicros;
        end[i] = r.endMicros;
        sourceHigh[i] = r.sourceHigh;
        sourceLow[i] = r.sourceLow;
        destinationHigh[i] = r.destinationHigh;
        destinationLow[i] = r.destinationLow;
        ports[i] = r.sourcePort << 16 | r.destinationPort;
        protocol[i] = (byte) r.protocol;
        tcpFlags[i] = (byte) r.tcpFlags;
        bytes[i] = r.bytes;
        packets[i] = r.packets;
    }

    /** Gives every flow to the sink, through the one reused record, and empties the batch. */
    void replay(FlowSink sink, FlowRecord record) {
        for (int i = 0; i < size; i++) {
            record.startMicros = start[i];
            record.endMicros = end[i];
            record.sourceHigh = sourceHigh[i];
            record.sourceLow = sourceLow[i];
            record.destinationHigh = destinationHigh[i];
            record.destinationLow = destinationLow[i];
            record.sourcePort = ports[i] >>> 16;
            record.destinationPort = ports[i] & 0xFFFF;
            record.protocol = protocol[i] & 0xFF;
            record.tcpFlags = tcpFlags[i] & 0xFF;
            record.bytes = bytes[i];
            record.packets = packets[i];
            sink.accept(record);
        }
        size = 0;
    }
}
