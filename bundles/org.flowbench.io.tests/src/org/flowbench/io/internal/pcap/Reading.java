package org.flowbench.io.internal.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.flowbench.io.FlowReader;
import org.flowbench.io.ReadReport;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.IpAddress;
import org.flowbench.model.Progress;

/** Reads hand-made captures and keeps what came out: the flows in order and the report. */
final class Reading {

    /** The flows a reader gave to its sink and its report. */
    record Result(List<FlowRecord> flows, ReadReport report) {

        long frames() {
            return report.counter(PacketFlows.FRAMES);
        }

        long frameBytes() {
            return report.counter(PacketFlows.FRAME_BYTES);
        }

        long framesWithoutIp() {
            return report.counter(PacketFlows.FRAMES_WITHOUT_IP);
        }
    }

    private Reading() {
    }

    /**
     * Reads the bytes as a stream and, written to a file, through the file channel: both ways must
     * give the same flows and report.
     */
    static Result read(FlowReader reader, byte[] capture) throws IOException {
        Result fromStream = stream(reader, capture);
        Path file = Files.createTempFile("flowbench-capture-", ".cap");
        try {
            Files.write(file, capture);
            List<FlowRecord> flows = new ArrayList<>();
            ReadReport report = ((CaptureReader) reader).read(file, f -> flows.add(new FlowRecord().copyFrom(f)), Progress.NONE);
            assertEquals(fromStream.flows(), flows, "flows read from a file and from a stream");
            assertEquals(fromStream.report().counters(), report.counters(), "counters from a file and from a stream");
            assertEquals(fromStream.report().recordsSkipped(), report.recordsSkipped());
            assertEquals(fromStream.report().problems().stream().map(e -> e.place() + ": " + e.problem()).toList(),
                    report.problems().stream().map(e -> e.place() + ": " + e.problem()).toList());
        } finally {
            Files.deleteIfExists(file);
        }
        return fromStream;
    }

    static Result stream(FlowReader reader, byte[] capture) throws IOException {
        List<FlowRecord> flows = new ArrayList<>();
        ReadReport report = reader.read(new ByteArrayInputStream(capture), "hand-made", f -> flows.add(new FlowRecord().copyFrom(f)),
                Progress.NONE);
        assertEquals(flows.size(), report.flowsRead());
        return new Result(flows, report);
    }

    static Result pcap(byte[] capture) throws IOException {
        return read(new PcapReader(), capture);
    }

    static Result pcapng(byte[] capture) throws IOException {
        return read(new PcapngReader(), capture);
    }

    /** A flow as a reader should give it; addresses as text. */
    static FlowRecord flow(long startMicros, long endMicros, String source, String destination, int sourcePort, int destinationPort,
            int protocol, long bytes, long packets, int tcpFlags) {
        FlowRecord f = new FlowRecord().source(IpAddress.parse(source)).destination(IpAddress.parse(destination));
        f.startMicros = startMicros;
        f.endMicros = endMicros;
        f.sourcePort = sourcePort;
        f.destinationPort = destinationPort;
        f.protocol = protocol;
        f.bytes = bytes;
        f.packets = packets;
        f.tcpFlags = tcpFlags;
        return f;
    }
}
