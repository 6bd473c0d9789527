package org.flowbench.io.internal.pcap;

import java.nio.ByteBuffer;

import org.flowbench.io.ReadReport;
import org.flowbench.io.internal.netflow.ExportDecoder;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSink;

/**
 * Decodes the NetFlow and IPFIX export datagrams that a capture's UDP packets carry, on any port:
 * a datagram is taken for an export when it is a well-formed one ({@link ExportDecoder#isExport}),
 * or when it goes to a port that well-formed exports went to before (then a bad one is reported as
 * malformed rather than passed over). The exporter is the packet's source address.
 */
final class ExportPackets extends Packets implements FlowSink {

    static final String FRAMES_WITHOUT_EXPORT = "frames without flow export";

    private static final long PROGRESS_BYTES = 8L << 20;

    private final FrameDecoder decoder = new FrameDecoder();
    private final ExportDecoder export;
    private final FlowOutput output;
    private final ReadReport.Builder report;
    /** Destination ports that carried well-formed exports, one bit each. */
    private final long[] exportPorts = new long[65536 / 64];
    private FlowBatch batch;
    private long position;
    private long nextProgress = PROGRESS_BYTES;
    private long frameBytes;
    private long withoutExport;
    private long cutShort;

    ExportPackets(FlowOutput output, ReadReport.Builder report, boolean stopAtV9Count) {
        this.export = new ExportDecoder(this, ExportDecoder.DEFAULT_HOLD_MICROS, stopAtV9Count);
        this.output = output;
        this.report = report;
        this.batch = output.firstBatch();
    }

    @Override
    void packet(ByteBuffer b, int at, int captured, long length, long micros, int linkType, long inputPosition) {
        frames++;
        frameBytes += length;
        position = inputPosition;
        if (!decoder.decode(b, at, captured, linkType) || decoder.udpPayloadAt < 0) {
            withoutExport++;
        } else {
            int payload = decoder.udpPayloadAt;
            int available = at + captured - payload;
            int port = decoder.destinationPort;
            boolean known = (exportPorts[port >>> 6] & 1L << port) != 0;
            if (decoder.udpPayloadLength <= available && ExportDecoder.isExport(b, payload, decoder.udpPayloadLength)) {
                exportPorts[port >>> 6] |= 1L << port;
                decode(b, payload, decoder.udpPayloadLength, micros);
            } else if (known && decoder.udpPayloadLength > available) {
                cutShort++;
                report.skip("frame " + frames, "an export datagram of " + decoder.udpPayloadLength + " bytes was captured only in part ("
                        + Math.max(0, available) + " bytes)");
            } else if (known) {
                decode(b, payload, decoder.udpPayloadLength, micros);
            } else {
                withoutExport++;
            }
        }
        idle(inputPosition);
    }

    private void decode(ByteBuffer b, int at, int length, long micros) {
        long malformed = export.malformedDatagrams() + export.notExportDatagrams();
        String problem = export.decode(decoder.sourceHigh, decoder.sourceLow, b, at, length, micros);
        if (problem != null) {
            if (export.malformedDatagrams() + export.notExportDatagrams() > malformed) {
                report.skip("frame " + frames, problem);
            } else {
                report.problem("frame " + frames, problem);
            }
        }
    }

    @Override
    public void accept(FlowRecord flow) {
        if (batch.isFull()) {
            batch = output.handOver(batch, position);
        }
        batch.add(flow);
    }

    @Override
    void idle(long inputPosition) {
        if (inputPosition >= nextProgress) {
            nextProgress = inputPosition + PROGRESS_BYTES;
            batch = output.handOver(batch, inputPosition);
        }
    }

    @Override
    void finish(long inputPosition) {
        export.finish();
        flows = export.flows();
        output.finish(batch, inputPosition);
        batch = null;
    }

    @Override
    void count(ReadReport.Builder report) {
        report.count(PacketFlows.FRAMES, frames);
        report.count(PacketFlows.FRAME_BYTES, frameBytes);
        if (withoutExport > 0) {
            report.count(FRAMES_WITHOUT_EXPORT, withoutExport);
        }
        if (cutShort > 0) {
            report.count(PacketFlows.TRUNCATED_FRAMES, cutShort);
        }
        export.count(report);
    }
}
