package org.flowbench.io.internal.pcap;

import java.nio.ByteBuffer;

import org.flowbench.io.ReadReport;

/**
 * Turns packets into flows. A flow is the packets of one 5-tuple within one interval of the
 * active timeout, intervals being aligned to the epoch ([k·t, (k+1)·t)): with the default of one
 * second every flow starts and ends within one second, so bytes over time at 1-second buckets (or
 * any multiple) equals the sum of the frame lengths in each second. Bytes are frame lengths as on
 * the wire (a frame cut short by the snapshot length counts whole). Frames without an IP header
 * are counted, not made into flows.
 * <p>
 * Packets out of time order are fine: a packet outside the current interval ends every flow of it
 * and starts the next, so no flow ever spans two intervals.
 */
final class PacketFlows extends Packets {

    /** Counters in the {@link ReadReport}. */
    static final String FRAMES = "frames";
    static final String FRAME_BYTES = "frame bytes";
    static final String FRAMES_WITHOUT_IP = "frames without IP";
    static final String BYTES_WITHOUT_IP = "bytes of frames without IP";
    static final String TRUNCATED_FRAMES = "frames cut short by the snapshot length";
    static final String BYTES_NOT_READ = "bytes not read";

    /** Input bytes between progress hand-overs. */
    private static final long PROGRESS_BYTES = 8L << 20;

    private final FrameDecoder decoder = new FrameDecoder();
    private final FlowTable table = new FlowTable();
    private final long timeoutMicros;
    private final FlowOutput output;
    private FlowBatch batch;
    private long intervalStart = Long.MAX_VALUE;
    private long intervalEnd = Long.MIN_VALUE;
    private long nextProgress = PROGRESS_BYTES;

    long frameBytes;
    long framesWithoutIp;
    long bytesWithoutIp;
    long truncatedFrames;

    PacketFlows(long timeoutMicros, FlowOutput output) {
        if (timeoutMicros <= 0) {
            throw new IllegalArgumentException("the flow timeout must be positive: " + timeoutMicros + " us");
        }
        this.timeoutMicros = timeoutMicros;
        this.output = output;
        this.batch = output.firstBatch();
    }

    /**
     * @param b        the window holding the frame
     * @param at       the frame's first captured byte in {@code b}
     * @param captured the captured bytes
     * @param length   the frame's length on the wire (original length)
     * @param micros   its time
     */
    @Override
    void packet(ByteBuffer b, int at, int captured, long length, long micros, int linkType, long inputPosition) {
        frames++;
        frameBytes += length;
        if (captured < length) {
            truncatedFrames++;
        }
        if (!decoder.decode(b, at, captured, linkType)) {
            framesWithoutIp++;
            bytesWithoutIp += length;
        } else {
            if (micros < intervalStart || micros >= intervalEnd) {
                endInterval(inputPosition);
                startInterval(micros);
            } else if (table.isFull()) {
                endInterval(inputPosition);
            }
            table.add(decoder, micros, length);
        }
        if (inputPosition >= nextProgress) {
            nextProgress = inputPosition + PROGRESS_BYTES;
            batch = output.handOver(batch, inputPosition);
        }
    }

    @Override
    void idle(long inputPosition) {
        if (inputPosition >= nextProgress) {
            nextProgress = inputPosition + PROGRESS_BYTES;
            batch = output.handOver(batch, inputPosition);
        }
    }

    private void endInterval(long inputPosition) {
        flows += table.size();
        batch = table.flush(batch, output, inputPosition);
    }

    private void startInterval(long micros) {
        long k = Math.floorDiv(micros, timeoutMicros);
        intervalStart = k < Long.MIN_VALUE / timeoutMicros ? Long.MIN_VALUE : k * timeoutMicros;
        intervalEnd = intervalStart > Long.MAX_VALUE - timeoutMicros ? Long.MAX_VALUE : intervalStart + timeoutMicros;
    }

    @Override
    void finish(long inputPosition) {
        endInterval(inputPosition);
        output.finish(batch, inputPosition);
        batch = null;
    }

    @Override
    void count(ReadReport.Builder report) {
        report.count(FRAMES, frames);
        report.count(FRAME_BYTES, frameBytes);
        if (framesWithoutIp > 0) {
            report.count(FRAMES_WITHOUT_IP, framesWithoutIp);
            report.count(BYTES_WITHOUT_IP, bytesWithoutIp);
        }
        if (truncatedFrames > 0) {
            report.count(TRUNCATED_FRAMES, truncatedFrames);
        }
    }
}
