package org.flowbench.io.internal.pcap;

import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSink;
import org.flowbench.model.Progress;

/** Gives finished flows to the sink on the parser's own thread, and reports progress as it goes. */
final class SinkOutput implements FlowOutput {

    private final FlowSink sink;
    private final Progress progress;
    private final FlowRecord record = new FlowRecord();
    private long reported;

    SinkOutput(FlowSink sink, Progress progress) {
        this.sink = sink;
        this.progress = progress;
    }

    /** Small: a batch is given to the sink as soon as it is full, so size buys nothing here. */
    private static final int BATCH_FLOWS = 1 << 10;

    @Override
    public FlowBatch firstBatch() {
        return new FlowBatch(BATCH_FLOWS);
    }

    @Override
    public FlowBatch handOver(FlowBatch batch, long inputPosition) {
        batch.replay(sink, record);
        worked(inputPosition);
        progress.checkCanceled();
        return batch;
    }

    @Override
    public void finish(FlowBatch batch, long inputPosition) {
        batch.replay(sink, record);
        worked(inputPosition);
    }

    private void worked(long inputPosition) {
        if (inputPosition > reported) {
            progress.worked(inputPosition - reported);
            reported = inputPosition;
        }
    }
}
