package org.flowbench.io.internal.pcap;

/**
 * Where the packet parser puts finished flows: straight into the sink on the same thread, or
 * across to the thread that fills the sink ({@link FlowPipe}).
 */
interface FlowOutput {

    /** @return the batch the parser fills first */
    FlowBatch firstBatch();

    /** @return an empty batch to fill next; the given one was full (or is handed over for progress) */
    FlowBatch handOver(FlowBatch batch, long inputPosition);

    /** The parser is done; the batch holds the last flows. */
    void finish(FlowBatch batch, long inputPosition);
}
