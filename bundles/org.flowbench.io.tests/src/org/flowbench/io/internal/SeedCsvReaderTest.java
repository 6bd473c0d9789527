package org.flowbench.io.internal;

import static org.flowbench.io.TestFlows.JAN_5_2026_8AM_MICROS;
import static org.flowbench.io.TestFlows.assertSameFlows;
import static org.flowbench.io.TestFlows.seedFlow;
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
import org.flowbench.model.FlowRecord;
import org.flowbench.model.IpAddress;
import org.flowbench.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeedCsvReaderTest {

    private static final long SECOND = 1_000_000L;
    private static final IpAddress A = v4(192, 168, 1, 10);
    private static final IpAddress B = v4(10, 0, 0, 1);

    @TempDir
    Path dir;

    private final SeedCsvReader reader = new SeedCsvReader();
    private final ListSink sink = new ListSink();

    private ReadReport read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in, file.toString(), sink, Progress.NONE);
        }
    }

    @Test
    void isoAndEpochTimestampsWithHandComputedValues() throws IOException {
        Path file = writeText(dir, "seed.csv", """
                timestamp,source,destination,bytes
                2026-01-05T08:00:00Z,192.168.1.10,10.0.0.1,1500
                1767600060,10.0.0.1,192.168.1.10,42
                2026-01-05 08:02:00.5,2001:db8::1,2001:db8::2,0
                2026-01-05T09:03:00+01:00,::1,fe80::1,9000000000
                1767600240.000250,::ffff:10.0.0.1,10.0.0.1,7
                """);
        ReadReport report = read(file);

        IpAddress doc1 = IpAddress.of(0x2001_0db8_0000_0000L, 1);
        IpAddress doc2 = IpAddress.of(0x2001_0db8_0000_0000L, 2);
        assertSameFlows(List.of(
                seedFlow(JAN_5_2026_8AM_MICROS, A, B, 1500),
                seedFlow(JAN_5_2026_8AM_MICROS + 60 * SECOND, B, A, 42),
                seedFlow(JAN_5_2026_8AM_MICROS + 120 * SECOND + 500_000, doc1, doc2, 0),
                seedFlow(JAN_5_2026_8AM_MICROS + 180 * SECOND, IpAddress.of(0, 1), IpAddress.of(0xfe80_0000_0000_0000L, 1), 9_000_000_000L),
                seedFlow(JAN_5_2026_8AM_MICROS + 240 * SECOND + 250, B, B, 7)), sink.flows);
        assertEquals(5, report.flowsRead());
        assertEquals(0, report.recordsSkipped());
        assertTrue(report.problems().isEmpty());
    }

    /** The same flow under headers that differ in case, order, spacing, quoting, extra columns, line ends and BOM. */
    @ParameterizedTest
    @ValueSource(strings = {
            "TIMESTAMP,Source,DESTINATION,Bytes\n2026-01-05T08:00:00Z,192.168.1.10,10.0.0.1,1500\n",
            "bytes,destination,source,timestamp\n1500,10.0.0.1,192.168.1.10,2026-01-05T08:00:00Z\n",
            "id,timestamp,source,comment,destination,bytes\n17,2026-01-05T08:00:00Z,192.168.1.10,\"a, b\",10.0.0.1,1500\n",
            "\"timestamp\",\"source\",\"destination\",\"bytes\"\n\"2026-01-05T08:00:00Z\",\"192.168.1.10\",\"10.0.0.1\",\"1500\"\n",
            " timestamp , source , destination , bytes \n 2026-01-05T08:00:00Z , 192.168.1.10 , 10.0.0.1 , 1500 \n",
            "timestamp,source,destination,bytes\r\n2026-01-05T08:00:00Z,192.168.1.10,10.0.0.1,1500\r\n",
            "\uFEFFtimestamp,source,destination,bytes\n2026-01-05T08:00:00Z,192.168.1.10,10.0.0.1,1500",
            "timestamp,source,destination,bytes\n\n\n2026-01-05T08:00:00Z,192.168.1.10,10.0.0.1,1500\n\n" })
    void headerVariations(String text) throws IOException {
        Path file = writeText(dir, "variant.csv", text);
        assertTrue(reader.recognizes(Files.readAllBytes(file)), "not recognized: " + text);
        ReadReport report = read(file);
        assertSameFlows(List.of(seedFlow(JAN_5_2026_8AM_MICROS, A, B, 1500)), sink.flows);
        assertEquals(0, report.recordsSkipped(), () -> report.problems().toString());
    }

    @Test
    void brokenRowsAreSkippedWithFileLineAndReasonWhileGoodRowsAreKept() throws IOException {
        Path file = writeText(dir, "broken.csv", String.join("\n",
                "timestamp,source,destination,bytes", // line 1
                "2026-01-05T08:00:00Z,10.0.0.1,10.0.0.2,100", // 2 good
                "2026-01-05T08:00:00Z,10.0.0.1,10.0.0.2", // 3 too few fields
                "2026-01-05T08:00:00Z,10.0.0.300,10.0.0.2,100", // 4 bad address
                "2026-01-05T08:00:00Z,10.0.0.1,10.0.0.2,12x", // 5 bad number
                "2026-01-05T08:00:00Z,10.0.0.1,10.0.0.2,-5", // 6 negative
                "2026-01-05T25:00:00Z,10.0.0.1,10.0.0.2,100", // 7 bad timestamp
                "", // 8 empty: passed over
                "2026-01-05T08:00:01Z,10.0.0.1,10.0.0.2,200", // 9 good
                "\"2026-01-05T08:00:00Z\"x,10.0.0.1,10.0.0.2,1", // 10 broken quoting
                "2026-01-05T08:00:02Z,10.0.0.3,10.0.0.4,300", // 11 good
                "2026-01-05T08:00:00Z,10.0.0.1,10.0.0.2,99999999999999999999", // 12 too large
                "2026-01-05T08:00:00Z,,10.0.0.2,1", // 13 no address
                "2026-01-05T08:00:00Z,10.0.0.1,10.0.0.2,1,extra", // 14 too many fields
                "2026-01-05T08:00:03Z,10.0.0.5,10.0.0.6,400")); // 15 good, no line end
        ReadReport report = read(file);

        assertSameFlows(List.of(
                seedFlow(JAN_5_2026_8AM_MICROS, v4(10, 0, 0, 1), v4(10, 0, 0, 2), 100),
                seedFlow(JAN_5_2026_8AM_MICROS + SECOND, v4(10, 0, 0, 1), v4(10, 0, 0, 2), 200),
                seedFlow(JAN_5_2026_8AM_MICROS + 2 * SECOND, v4(10, 0, 0, 3), v4(10, 0, 0, 4), 300),
                seedFlow(JAN_5_2026_8AM_MICROS + 3 * SECOND, v4(10, 0, 0, 5), v4(10, 0, 0, 6), 400)), sink.flows);
        assertEquals(4, report.flowsRead());
        assertEquals(9, report.recordsSkipped());
        List<String> places = report.problems().stream().map(FlowDataException::place).toList();
        assertEquals(List.of("line 3", "line 4", "line 5", "line 6", "line 7", "line 10", "line 12", "line 13", "line 14"), places);
        String[] reasons = { "wrong number of fields: 3", "source: not an IP address", "bytes: not a whole number",
                "bytes: negative", "timestamp: not a timestamp", "quoting", "bytes: number too large", "source: no address",
                "wrong number of fields: 5" };
        for (int i = 0; i < reasons.length; i++) {
            FlowDataException problem = report.problems().get(i);
            assertEquals(file.toString(), problem.source());
            assertTrue(problem.problem().contains(reasons[i]), problem.getMessage());
            assertTrue(problem.getMessage().startsWith(file + ", " + places.get(i) + ": "), problem.getMessage());
        }
    }

    @Test
    void lineNumbersCountCarriageReturnLineEnds() throws IOException {
        Path crlf = writeText(dir, "crlf.csv", "timestamp,source,destination,bytes\r\n\r\nnonsense\r\n1767600000,10.0.0.1,10.0.0.2,1\r\n");
        ReadReport report = read(crlf);
        assertEquals("line 3", report.problems().get(0).place());
        assertEquals(1, report.flowsRead());

        Path cr = writeText(dir, "cr.csv", "timestamp,source,destination,bytes\r1767600000,10.0.0.1,10.0.0.2,1\rnonsense\r");
        assertEquals("line 3", read(cr).problems().get(0).place());
    }

    @Test
    void headerOnlyGivesNoFlowsAndNoProblems() throws IOException {
        for (String text : List.of("timestamp,source,destination,bytes\n", "timestamp,source,destination,bytes")) {
            ReadReport report = read(writeText(dir, "header.csv", text));
            assertEquals(ReadReport.clean(0), report);
        }
        assertTrue(sink.flows.isEmpty());
    }

    @Test
    void emptyInputIsAnError() throws IOException {
        Path file = writeText(dir, "empty.csv", "");
        FlowDataException e = assertThrows(FlowDataException.class, () -> read(file));
        assertEquals(file.toString(), e.source());
        assertEquals("line 1", e.place());
        assertTrue(e.problem().contains("empty"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "hello world\nthis is not a flow file\n", "start,end,source,destination\n1,2,10.0.0.1,10.0.0.2\n",
            "timestamp,source,destination\n1767600000,10.0.0.1,10.0.0.2\n", "timestamp,source,source,destination,bytes\n",
            "\"timestamp,source,destination,bytes\n" })
    void whatIsNotTheSeedLayoutIsAnErrorAtLineOne(String text) throws IOException {
        Path file = writeText(dir, "other.csv", text);
        assertFalse(reader.recognizes(Files.readAllBytes(file)));
        FlowDataException e = assertThrows(FlowDataException.class, () -> read(file));
        assertEquals(file.toString(), e.source());
        assertEquals("line 1", e.place());
        assertEquals(0, e.flowsRead());
        assertTrue(sink.flows.isEmpty());
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        Path file = writeText(dir, "nobytes.csv", "timestamp,source,destination\n1767600000,10.0.0.1,10.0.0.2\n");
        FlowDataException e = assertThrows(FlowDataException.class, () -> read(file));
        assertTrue(e.problem().contains("no column bytes"), e.getMessage());
    }

    @Test
    void veryLongLinesAreSkippedAndReadingGoesOn() throws IOException {
        String good = "1767600000,10.0.0.1,10.0.0.2,1\n";
        String text = "timestamp,source,destination,bytes\n" + good
                + "1767600000,10.0.0.1,10.0.0.2," + "9".repeat(200_000) + "\n" // line 3
                + good
                + "x".repeat(5_000_000) + "\n" // line 5
                + good
                + ",".repeat(100_000) + "\n" // line 7: many empty fields
                + good;
        ReadReport report = read(writeText(dir, "long.csv", text));
        assertEquals(4, report.flowsRead());
        assertEquals(List.of("line 3", "line 5", "line 7"), report.problems().stream().map(FlowDataException::place).toList());
        assertTrue(report.problems().get(0).problem().contains("longer than"), report.problems().get(0).getMessage());
    }

    @Test
    void aQuoteThatIsNeverClosedEndsReadingWithTheFlowsBeforeKept() throws IOException {
        String row = "1767600000,10.0.0.1,10.0.0.2,1\n";
        String text = "timestamp,source,destination,bytes\n" + row + row + "\"1767600000,10.0.0.1,10.0.0.2,1\n" + row.repeat(100_000);
        Path file = writeText(dir, "quote.csv", text);
        FlowDataException e = assertThrows(FlowDataException.class, () -> read(file));
        assertEquals("line 4", e.place());
        assertEquals(2, e.flowsRead());
        assertEquals(2, sink.flows.size());
        assertTrue(e.problem().contains("never closed"), e.getMessage());
    }

    @Test
    void aQuoteLeftOpenNearTheEndCostsOnlyItsRow() throws IOException {
        String row = "1767600000,10.0.0.1,10.0.0.2,1\n";
        Path file = writeText(dir, "quote-end.csv", "timestamp,source,destination,bytes\n" + row + "\"1767600000,10.0.0.1\n" + row);
        ReadReport report = read(file);
        assertEquals(1, report.flowsRead());
        assertEquals(1, report.recordsSkipped());
        assertEquals("line 3", report.problems().get(0).place());
    }

    @Test
    void binaryGarbageAfterAHeaderIsSkippedRowByRow() throws IOException {
        byte[] garbage = new byte[300_000];
        new java.util.Random(11).nextBytes(garbage);
        Path file = dir.resolve("garbage.csv");
        Files.write(file, "timestamp,source,destination,bytes\n".getBytes(StandardCharsets.US_ASCII));
        Files.write(file, garbage, java.nio.file.StandardOpenOption.APPEND);
        try {
            ReadReport report = read(file);
            assertTrue(report.recordsSkipped() > 0);
            assertEquals(0, report.flowsRead());
        } catch (FlowDataException e) {
            assertEquals(file.toString(), e.source()); // e.g. a quote in the garbage that never closes
        }
        for (FlowRecord flow : sink.flows) {
            assertEquals(null, flow.problem());
        }
    }

    @Test
    void bareBinaryGarbageIsNotRecognizedAndIsAnError() throws IOException {
        for (long seed = 1; seed <= 20; seed++) {
            byte[] garbage = new byte[20_000];
            new java.util.Random(seed).nextBytes(garbage);
            Path file = Files.write(dir.resolve("garbage" + seed + ".bin"), garbage);
            assertFalse(reader.recognizes(garbage));
            assertThrows(FlowDataException.class, () -> read(file));
        }
        assertTrue(sink.flows.isEmpty());
    }

    @Test
    void progressIsToldEveryByteAndCancellationStopsReading() throws IOException {
        StringBuilder text = new StringBuilder("timestamp,source,destination,bytes\n");
        for (int i = 0; i < 3 * CsvFlowReader.PROGRESS_ROWS; i++) {
            text.append(1767600000 + i).append(",10.0.0.1,10.0.0.2,").append(i).append('\n');
        }
        Path file = writeText(dir, "many.csv", text.toString());
        RecordingProgress progress = new RecordingProgress(Long.MAX_VALUE);
        try (InputStream in = Files.newInputStream(file)) {
            reader.read(in, file.toString(), sink, progress);
        }
        assertEquals(Files.size(file), progress.worked);
        assertEquals(3 * CsvFlowReader.PROGRESS_ROWS, sink.flows.size());

        RecordingProgress canceling = new RecordingProgress(1);
        try (InputStream in = Files.newInputStream(file)) {
            assertThrows(java.util.concurrent.CancellationException.class, () -> reader.read(in, file.toString(), new ListSink(), canceling));
        }
    }

    /** Sums the work reported; cancels once more than {@code cancelAfter} was reported. */
    static final class RecordingProgress implements Progress {
        final long cancelAfter;
        long total = -2;
        long worked;

        RecordingProgress(long cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void begin(String task, long totalWork) {
            total = totalWork;
        }

        @Override
        public void worked(long work) {
            worked += work;
        }

        @Override
        public boolean isCanceled() {
            return worked >= cancelAfter;
        }
    }
}
