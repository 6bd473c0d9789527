package org.flowbench.io.internal.pcap;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.flowbench.io.ReadReport;
import org.flowbench.model.FlowDataException;

/**
 * Reads one capture format's records and gives each packet to {@link PacketFlows}. Damage that
 * ends the reading ({@link DamagedCapture}) keeps what was read: the flows go to the sink, the
 * report gets the problem with its byte offset and how many bytes were not read. Only when not a
 * single frame could be read is the damage a {@link FlowDataException}, since there is nothing to keep.
 */
abstract class CaptureParser {

    protected final CaptureInput input;
    protected final String source;
    protected final ReadReport.Builder report;
    protected final Packets flows;
    /** How far the input was read, for progress at the end. */
    protected long position;

    CaptureParser(CaptureInput input, String source, ReadReport.Builder report, Packets flows) {
        this.input = input;
        this.source = source;
        this.report = report;
        this.flows = flows;
    }

    /** Reads to the end, or to damage. */
    protected abstract void parse() throws IOException, DamagedCapture;

    /**
     * Parses everything, then ends the last flows and completes the report.
     *
     * @throws FlowDataException when damage came before any frame could be read
     */
    final void run() throws IOException {
        DamagedCapture damage = null;
        try {
            parse();
        } catch (DamagedCapture d) {
            damage = d;
        }
        if (damage != null && flows.frames == 0) {
            throw new FlowDataException(source, "byte " + damage.offset, damage.problem, 0);
        }
        flows.finish(position);
        report.addFlows(flows.flows);
        flows.count(report);
        if (damage != null) {
            report.problem("byte " + damage.offset, damage.problem + "; the " + (flows.frames == 1 ? "frame" : flows.frames + " frames")
                    + " before it " + (flows.frames == 1 ? "was" : "were") + " read");
            report.count(PacketFlows.BYTES_NOT_READ, input.remainingFrom(damage.offset));
        }
    }

    /** A note for the report (the reading goes on), e.g. a record that was skipped. */
    protected final void skipRecord(long offset, String problem) {
        report.skip("byte " + offset, problem);
    }

    protected static int u16(ByteBuffer b, int at, boolean little) {
        short v = b.getShort(at);
        return (little ? Short.reverseBytes(v) : v) & 0xFFFF;
    }

    protected static int i32(ByteBuffer b, int at, boolean little) {
        int v = b.getInt(at);
        return little ? Integer.reverseBytes(v) : v;
    }

    protected static long u32(ByteBuffer b, int at, boolean little) {
        return i32(b, at, little) & 0xFFFF_FFFFL;
    }

    protected static String hex(int value) {
        return String.format("%08x", value);
    }
}
