package org.flowbench.io.internal;

import static org.flowbench.io.TestFlows.JAN_5_2026_8AM_MICROS;
import static org.flowbench.io.TestFlows.assertSameFlows;
import static org.flowbench.io.TestFlows.flow;
import static org.flowbench.io.TestFlows.randomFlows;
import static org.flowbench.io.TestFlows.seedFlow;
import static org.flowbench.io.TestFlows.storeOf;
import static org.flowbench.io.TestFlows.v4;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.flowbench.io.FlowReader;
import org.flowbench.io.FlowWriter;
import org.flowbench.io.ReadReport;
import org.flowbench.io.TestFlows.ListSink;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.IpAddress;
import org.flowbench.model.Progress;
import org.junit.jupiter.api.Test;

class CsvWritersTest {

    private static final long T = JAN_5_2026_8AM_MICROS;
    private static final List<FlowRecord> HAND_FLOWS = List.of(
            flow(T, T + 1_500_000, v4(10, 0, 0, 1), IpAddress.of(0x2001_0db8_0000_0000L, 2), 49152, 443, 6, 1500, 10, 0x12),
            flow(-1, 0, IpAddress.of(0, 1), v4(255, 255, 255, 255), 0, 0, 58, 0, 0, 0),
            flow(T, T, v4(0, 0, 0, 0), IpAddress.of(0, 0), 65535, 0, 200, Long.MAX_VALUE, 1L << 31, 0xFF));

    private static String written(FlowWriter writer, FlowSnapshot snapshot) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(snapshot, out, Progress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<FlowRecord> readBack(FlowReader reader, String text) throws IOException {
        ListSink sink = new ListSink();
        ReadReport report = reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "written", sink, Progress.NONE);
        assertEquals(0, report.recordsSkipped(), () -> report.problems().toString());
        return sink.flows;
    }

    @Test
    void flowCsvWriterOutputByHand() throws IOException {
        assertEquals("""
                start,end,source,destination,source_port,destination_port,protocol,bytes,packets,tcp_flags
                2026-01-05T08:00:00Z,2026-01-05T08:00:01.500000Z,10.0.0.1,2001:db8::2,49152,443,TCP,1500,10,SA
                1969-12-31T23:59:59.999999Z,1970-01-01T00:00:00Z,::1,255.255.255.255,0,0,ICMPv6,0,0,
                2026-01-05T08:00:00Z,2026-01-05T08:00:00Z,0.0.0.0,::,65535,0,200,9223372036854775807,2147483648,FSRPAUEC
                """, written(new FlowCsvWriter(), storeOf(HAND_FLOWS, 2).snapshot()));
    }

    @Test
    void seedCsvWriterOutputByHand() throws IOException {
        assertEquals("""
                timestamp,source,destination,bytes
                2026-01-05T08:00:00Z,10.0.0.1,2001:db8::2,1500
                1969-12-31T23:59:59.999999Z,::1,255.255.255.255,0
                2026-01-05T08:00:00Z,0.0.0.0,::,9223372036854775807
                """, written(new SeedCsvWriter(), storeOf(HAND_FLOWS, 2).snapshot()));
    }

    @Test
    void headerOnlyForNoFlows() throws IOException {
        assertEquals("timestamp,source,destination,bytes\n", written(new SeedCsvWriter(), FlowSnapshot.empty()));
        assertEquals(0, readBack(new SeedCsvReader(), written(new SeedCsvWriter(), FlowSnapshot.empty())).size());
    }

    /** Every field of random flows, IPv4 and IPv6, every protocol and flag set, counts past 2^31, survives. */
    @Test
    void flowCsvRoundTripIsLossless() throws IOException {
        List<FlowRecord> flows = randomFlows(42, 5_000);
        String text = written(new FlowCsvWriter(), storeOf(flows, 1_000).snapshot());
        assertEquals(5_001, text.lines().count());
        assertSameFlows(flows, readBack(new FlowCsvReader(), text));
    }

    /** The seed layout keeps the start, the addresses and the bytes; everything else reads back as unknown. */
    @Test
    void seedCsvRoundTripKeepsWhatTheLayoutHas() throws IOException {
        List<FlowRecord> flows = randomFlows(7, 2_000);
        String text = written(new SeedCsvWriter(), storeOf(flows, 512).snapshot());
        List<FlowRecord> expected = flows.stream().map(f -> seedFlow(f.startMicros, f.source(), f.destination(), f.bytes)).toList();
        assertSameFlows(expected, readBack(new SeedCsvReader(), text));
    }

    @Test
    void progressCountsRows() throws IOException {
        List<FlowRecord> flows = randomFlows(3, 2 * CsvFlowWriter.PROGRESS_ROWS + 5);
        SeedCsvReaderTest.RecordingProgress progress = new SeedCsvReaderTest.RecordingProgress(Long.MAX_VALUE);
        new FlowCsvWriter().write(storeOf(flows, 4096).snapshot(), new ByteArrayOutputStream(), progress);
        assertEquals(flows.size(), progress.total);
        assertEquals(flows.size(), progress.worked);
    }
}
