package org.flowbench.io.internal;

import static org.flowbench.io.TestFlows.JAN_5_2026_8AM_MICROS;
import static org.flowbench.io.TestFlows.assertSameFlows;
import static org.flowbench.io.TestFlows.flow;
import static org.flowbench.io.TestFlows.v4;
import static org.flowbench.io.TestFlows.writeText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.flowbench.io.ReadReport;
import org.flowbench.io.TestFlows.ListSink;
import org.flowbench.model.FlowDataException;
import org.flowbench.model.IpAddress;
import org.flowbench.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowCsvReaderTest {

    private static final long SECOND = 1_000_000L;
    private static final int TCP = 6, UDP = 17, ICMP = 1;
    private static final IpAddress A = v4(10, 0, 0, 1);
    private static final IpAddress B = v4(10, 0, 0, 2);

    @TempDir
    Path dir;

    private final FlowCsvReader reader = new FlowCsvReader();
    private final ListSink sink = new ListSink();

    private ReadReport read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in, file.toString(), sink, Progress.NONE);
        }
    }

    @Test
    void everyFieldWithHandComputedValues() throws IOException {
        Path file = writeText(dir, "flows.csv", """
                start,end,source,destination,source_port,destination_port,protocol,bytes,packets,tcp_flags
                2026-01-05T08:00:00Z,2026-01-05T08:00:01.5Z,10.0.0.1,10.0.0.2,49152,443,tcp,1500,10,SA
                1767600000,1767600000.000001,2001:db8::1,2001:db8::2,53,53,17,80,1,
                2026-01-05T08:00:00Z,,10.0.0.1,10.0.0.2,0,0,ICMP,64,1,0
                2026-01-05T08:00:00Z,2026-01-05T08:00:00Z,10.0.0.2,10.0.0.1,65535,1,Tcp,4294967296,3000000000,FSPAU
                2026-01-05T08:00:00Z,2026-01-05T08:00:00Z,10.0.0.2,10.0.0.1,1,2,200,1,1,0x12
                """);
        ReadReport report = read(file);

        IpAddress doc1 = IpAddress.of(0x2001_0db8_0000_0000L, 1);
        IpAddress doc2 = IpAddress.of(0x2001_0db8_0000_0000L, 2);
        long t = JAN_5_2026_8AM_MICROS;
        assertSameFlows(List.of(
                flow(t, t + 1_500_000, A, B, 49152, 443, TCP, 1500, 10, 0x02 | 0x10),
                flow(t, t + 1, doc1, doc2, 53, 53, UDP, 80, 1, 0),
                flow(t, t, A, B, 0, 0, ICMP, 64, 1, 0),
                flow(t, t, B, A, 65535, 1, TCP, 4_294_967_296L, 3_000_000_000L, 0x01 | 0x02 | 0x08 | 0x10 | 0x20),
                flow(t, t, B, A, 1, 2, 200, 1, 1, 0x12)), sink.flows);
        assertEquals(ReadReport.clean(5), report);
    }

    @Test
    void onlyStartSourceAndDestinationAreRequiredInAnyOrderWithExtraColumns() throws IOException {
        Path file = writeText(dir, "few.csv", """
                Destination,note,SOURCE,Start,Bytes
                10.0.0.2,hello,10.0.0.1,2026-01-05T08:00:10Z,77
                10.0.0.2,,10.0.0.1,2026-01-05T08:00:11Z,
                """);
        assertTrue(reader.recognizes(Files.readAllBytes(file)));
        read(file);
        long t = JAN_5_2026_8AM_MICROS;
        assertSameFlows(List.of(
                flow(t + 10 * SECOND, t + 10 * SECOND, A, B, 0, 0, 0, 77, 0, 0),
                flow(t + 11 * SECOND, t + 11 * SECOND, A, B, 0, 0, 0, 0, 0, 0)), sink.flows);
    }

    @Test
    void brokenRowsAreSkippedWithTheirLineAndReason() throws IOException {
        String header = "start,end,source,destination,source_port,destination_port,protocol,bytes,packets,tcp_flags";
        String good = "2026-01-05T08:00:00Z,2026-01-05T08:00:01Z,10.0.0.1,10.0.0.2,1,2,udp,10,1,";
        Path file = writeText(dir, "broken.csv", String.join("\n", header, // line 1
                good, // 2
                "2026-01-05T08:00:00Z,2026-01-05T08:00:01Z,10.0.0.1,10.0.0.2,1,2,xyz,10,1,", // 3 unknown protocol
                "2026-01-05T08:00:00Z,2026-01-05T08:00:01Z,10.0.0.1,10.0.0.2,1,2,256,10,1,", // 4 protocol out of range
                "2026-01-05T08:00:00Z,2026-01-05T08:00:01Z,10.0.0.1,10.0.0.2,70000,2,tcp,10,1,", // 5 port
                "2026-01-05T08:00:00Z,2026-01-05T08:00:01Z,10.0.0.1,10.0.0.2,1,2,tcp,10,1,SX", // 6 flags
                "2026-01-05T08:00:02Z,2026-01-05T08:00:01Z,10.0.0.1,10.0.0.2,1,2,tcp,10,1,S", // 7 ends before start
                "2026-01-05T08:00:00Z,2026-01-05T08:00:01Z,10.0.0.1,10.0.0.2,1,2,tcp,10,-1,S", // 8 negative packets
                "2026-01-05T08:00:00Z,soon,10.0.0.1,10.0.0.2,1,2,tcp,10,1,S", // 9 bad end
                "2026-01-05T08:00:00Z,2026-01-05T08:00:01Z,10.0.0.1,2001:db8::g,1,2,tcp,10,1,S", // 10 bad IPv6
                "2026-01-05T08:00:00Z,2026-01-05T08:00:01Z,10.0.0.1,10.0.0.2,1,2,tcp,10,1,1000", // 11 flags number
                good)); // 12
        ReadReport report = read(file);

        assertEquals(2, report.flowsRead());
        assertEquals(9, report.recordsSkipped());
        String[][] expected = {
                { "line 3", "protocol: unknown protocol 'xyz'" },
                { "line 4", "protocol: unknown protocol '256'" },
                { "line 5", "source_port: port 70000 is not in 0..65535" },
                { "line 6", "tcp_flags: 'SX'" },
                { "line 7", "the flow ends before it starts" },
                { "line 8", "packets: negative count -1" },
                { "line 9", "end: not a timestamp: 'soon'" },
                { "line 10", "destination: not an IP address" },
                { "line 11", "tcp_flags: '1000'" },
        };
        for (int i = 0; i < expected.length; i++) {
            FlowDataException problem = report.problems().get(i);
            assertEquals(file.toString(), problem.source());
            assertEquals(expected[i][0], problem.place());
            assertTrue(problem.problem().startsWith(expected[i][1]), problem.problem());
        }
    }

    @Test
    void theSeedHeaderIsNotThisLayout() throws IOException {
        byte[] seed = "timestamp,source,destination,bytes\n".getBytes(StandardCharsets.UTF_8);
        assertFalse(reader.recognizes(seed));
        Path file = Files.write(dir.resolve("seed.csv"), seed);
        FlowDataException e = assertThrows(FlowDataException.class, () -> read(file));
        assertEquals("line 1", e.place());
        assertTrue(e.problem().contains("no column start"), e.getMessage());
    }

    @Test
    void aHeaderWithBothTimestampAndStartIsThisLayoutOnly() {
        byte[] both = "timestamp,start,source,destination,bytes\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(reader.recognizes(both));
        assertFalse(new SeedCsvReader().recognizes(both));
    }
}
