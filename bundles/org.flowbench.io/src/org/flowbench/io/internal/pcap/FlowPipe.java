package org.flowbench.io.internal.pcap;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSink;
import org.flowbench.model.Progress;

/**
 * Parses on a second thread while the calling thread fills the sink: the parser hands over full
 * batches of flows, the caller gives them to the sink, reports progress and checks cancellation,
 * then returns the batches for reuse. The sink and the progress are only ever called on the
 * calling thread, as with a reader that works alone.
 * <p>
 * When either side stops early (the caller on cancellation or a failing sink, the parser on an
 * exception), the other notices within a fraction of a second; the parser's exception is rethrown
 * on the calling thread.
 */
final class FlowPipe implements FlowOutput {

    /** What the parser thread runs. */
    @FunctionalInterface
    interface Work {
        void run() throws IOException;
    }

    private static final int BATCHES = 4;
    private static final int BATCH_FLOWS = 1 << 13;
    private static final long POLL_MILLIS = 100;

    private final BlockingQueue<FlowBatch> full = new ArrayBlockingQueue<>(BATCHES + 1);
    private final BlockingQueue<FlowBatch> free = new ArrayBlockingQueue<>(BATCHES + 1);
    private volatile boolean stopped;
    private volatile Throwable failure;

    FlowPipe() {
        for (int i = 1; i < BATCHES; i++) { // the parser starts with a batch of its own
            free.add(new FlowBatch(BATCH_FLOWS));
        }
    }

    /** Thrown on the parser thread when the caller stopped; only unwinds it. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped", null, false, false);
        }
    }

    /** A batch with this position marks the end. */
    private static final long END = -1;

    @Override
    public FlowBatch firstBatch() {
        return new FlowBatch(BATCH_FLOWS);
    }

    @Override
    public FlowBatch handOver(FlowBatch batch, long inputPosition) {
        batch.inputPosition = inputPosition;
        offer(batch);
        try {
            while (true) {
                FlowBatch next = free.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (next != null) {
                    return next;
                }
                if (stopped) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    @Override
    public void finish(FlowBatch batch, long inputPosition) {
        batch.inputPosition = inputPosition;
        offer(batch);
    }

    private void offer(FlowBatch batch) {
        try {
            while (!full.offer(batch, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /**
     * Runs the work on a new thread and fills the sink with what it hands over, until it is done.
     *
     * @throws IOException, RuntimeException or Error as the work threw it
     */
    void run(String name, Work work, FlowSink sink, Progress progress) throws IOException {
        Thread parser = Thread.ofPlatform().daemon().name(name).start(() -> {
            try {
                work.run();
            } catch (Stopped e) {
                // the caller is gone
            } catch (Throwable t) {
                failure = t;
            } finally {
                FlowBatch end = new FlowBatch(0);
                end.inputPosition = END;
                try {
                    offer(end);
                } catch (Stopped e) {
                    // the caller is gone
                }
            }
        });
        FlowRecord record = new FlowRecord();
        long reported = 0;
        boolean done = false;
        try {
            while (true) {
                FlowBatch batch = full.take();
                if (batch.inputPosition == END) {
                    break;
                }
                batch.replay(sink, record);
                if (batch.inputPosition > reported) {
                    progress.worked(batch.inputPosition - reported);
                    reported = batch.inputPosition;
                }
                free.add(batch);
                progress.checkCanceled();
            }
            parser.join();
            done = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } finally {
            if (!done) {
                stopped = true;
            }
        }
        Throwable t = failure;
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IOException(t);
        }
    }
}
