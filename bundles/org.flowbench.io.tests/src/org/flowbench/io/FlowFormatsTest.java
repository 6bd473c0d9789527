package org.flowbench.io;

import static org.flowbench.io.TestFlows.JAN_5_2026_8AM_MICROS;
import static org.flowbench.io.TestFlows.assertSameFlows;
import static org.flowbench.io.TestFlows.flow;
import static org.flowbench.io.TestFlows.gzip;
import static org.flowbench.io.TestFlows.rows;
import static org.flowbench.io.TestFlows.seedFlow;
import static org.flowbench.io.TestFlows.storeOf;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.flowbench.model.FlowDataException;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSink;
import org.flowbench.model.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlowFormatsTest {

    private static final long T = JAN_5_2026_8AM_MICROS;
    private static final String SEED_CSV = "timestamp,source,destination,bytes\n2026-01-05T08:00:00Z,10.0.0.1,10.0.0.2,100\n";
    private static final String FLOW_CSV = "start,end,source,destination,source_port,destination_port,protocol,bytes,packets,tcp_flags\n"
            + "2026-01-05T08:00:00Z,2026-01-05T08:00:02Z,10.0.0.1,10.0.0.2,1234,80,tcp,100,2,SA\n";
    private static final List<FlowRecord> SEED_FLOWS = List.of(seedFlow(T, v4(10, 0, 0, 1), v4(10, 0, 0, 2), 100));
    private static final List<FlowRecord> FULL_FLOWS = List.of(flow(T, T + 2_000_000, v4(10, 0, 0, 1), v4(10, 0, 0, 2), 1234, 80, 6, 100, 2, 0x12));

    @TempDir
    Path dir;

    private final FlowFormats formats = FlowFormats.withBuiltInFormats();
    private byte[] nativeBytes;

    @BeforeEach
    void writeNativeSample() throws IOException {
        Path file = dir.resolve("sample.flows");
        formats.writer("native").orElseThrow().write(storeOf(FULL_FLOWS, 16).snapshot(), file, Progress.NONE);
        nativeBytes = Files.readAllBytes(file);
    }

    private Map<String, byte[]> samples() {
        return Map.of("native", nativeBytes, "csv-seed", SEED_CSV.getBytes(StandardCharsets.UTF_8), "csv-flow",
                FLOW_CSV.getBytes(StandardCharsets.UTF_8));
    }

    private List<FlowRecord> expectedFlows(String id) {
        return id.equals("csv-seed") ? SEED_FLOWS : FULL_FLOWS;
    }

    @Test
    void listsTheBuiltInReadersAndWriters() {
        assertEquals(List.of("native", "csv-seed", "csv-flow", "flow-export-capture", "pcap", "pcapng", "zeek-conn-tsv", "zeek-conn-json"),
                formats.readers().stream().map(FlowReader::id).toList());
        assertEquals(List.of("native", "csv-seed", "csv-flow"), formats.writers().stream().map(FlowWriter::id).toList());
        assertEquals("flows", formats.writer("native").orElseThrow().extension());
        assertEquals(List.of("csv"), formats.reader("csv-flow").orElseThrow().extensions());
        assertTrue(formats.writer("pcap").isEmpty());
    }

    /** Each format is recognized by exactly one reader, the right one. */
    @Test
    void exactlyOneReaderRecognizesEachFormat() {
        samples().forEach((id, bytes) -> {
            List<String> recognizing = formats.readers().stream().filter(r -> r.recognizes(bytes)).map(FlowReader::id).toList();
            assertEquals(List.of(id), recognizing);
        });
    }

    @Test
    void nothingElseIsRecognized() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(1).nextBytes(garbage);
        for (byte[] head : List.of(new byte[0], "hello\n".getBytes(StandardCharsets.UTF_8), garbage, "FLOWBNC".getBytes(StandardCharsets.US_ASCII),
                gzip(SEED_CSV.getBytes(StandardCharsets.UTF_8)))) { // compressed bytes themselves are no format
            assertTrue(formats.recognize(head).isEmpty(), new String(head, StandardCharsets.ISO_8859_1));
        }
    }

    /** Detection looks at the content only: every format under a name that says another. */
    @ParameterizedTest
    @ValueSource(strings = { "x.pcap", "capture.flows", "data.csv", "noextension" })
    void detectionIgnoresMisleadingNames(String name) throws IOException {
        for (Map.Entry<String, byte[]> sample : samples().entrySet()) {
            Path file = Files.write(dir.resolve(sample.getKey() + "-" + name), sample.getValue());
            assertEquals(sample.getKey(), formats.readerFor(file).orElseThrow().id(), file.toString());
            assertSameFlows(expectedFlows(sample.getKey()), rows(formats.load(file, Progress.NONE).store().snapshot()));
        }
    }

    @Test
    void gzipCompressedFilesAreDetectedByTheirContent() throws IOException {
        for (Map.Entry<String, byte[]> sample : samples().entrySet()) {
            Path file = Files.write(dir.resolve(sample.getKey() + ".txt"), gzip(sample.getValue()));
            assertEquals(sample.getKey(), formats.readerFor(file).orElseThrow().id());
            LoadedFlows loaded = formats.load(file, Progress.NONE);
            assertSameFlows(expectedFlows(sample.getKey()), rows(loaded.store().snapshot()));
            assertEquals(ReadReport.clean(1), loaded.report());
        }
    }

    @Test
    void unknownContentIsAnErrorNamingTheFileAndTheKnownFormats() throws IOException {
        Path file = writeText(dir, "notes.csv", "just some notes,\nnothing more\n");
        assertTrue(formats.readerFor(file).isEmpty());
        FlowDataException e = assertThrows(FlowDataException.class, () -> formats.load(file, Progress.NONE));
        assertEquals(file.toString(), e.source());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        for (FlowReader reader : formats.readers()) {
            assertTrue(e.problem().contains(reader.name()), e.problem());
        }
    }

    @Test
    void binaryGarbageIsAnError() throws IOException {
        for (int seed = 1; seed <= 20; seed++) {
            byte[] garbage = new byte[50_000];
            new Random(seed).nextBytes(garbage);
            Path file = Files.write(dir.resolve("garbage" + seed + ".csv"), garbage);
            assertThrows(FlowDataException.class, () -> formats.load(file, Progress.NONE));
        }
    }

    @Test
    void emptyFilesAreErrors() throws IOException {
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        FlowDataException e = assertThrows(FlowDataException.class, () -> formats.load(empty, Progress.NONE));
        assertEquals(empty.toString(), e.source());
        assertTrue(e.problem().contains("the file is empty"), e.problem());

        Path emptyCompressed = Files.write(dir.resolve("empty.gz"), gzip(new byte[0]));
        FlowDataException c = assertThrows(FlowDataException.class, () -> formats.load(emptyCompressed, Progress.NONE));
        assertTrue(c.problem().contains("gzip-compressed content is empty"), c.problem());
    }

    @Test
    void headerOnlyFilesGiveEmptyStores() throws IOException {
        for (String header : List.of("timestamp,source,destination,bytes\n", "start,source,destination")) {
            LoadedFlows loaded = formats.load(writeText(dir, "header.csv", header), Progress.NONE);
            assertEquals(0, loaded.store().size());
            assertEquals(ReadReport.clean(0), loaded.report());
        }
    }

    @Test
    void damagedGzipIsAnErrorNotACrash() throws IOException {
        byte[] compressed = gzip((SEED_CSV + SEED_CSV.substring(SEED_CSV.indexOf('\n') + 1).repeat(5_000)).getBytes(StandardCharsets.UTF_8));
        Path cut = Files.write(dir.resolve("cut.gz"), Arrays.copyOf(compressed, compressed.length / 2));
        FlowDataException e = assertThrows(FlowDataException.class, () -> formats.load(cut, Progress.NONE));
        assertEquals(cut.toString(), e.source());
        assertTrue(e.flowsRead() > 0, "the flows before the damage were read");

        byte[] scrambled = compressed.clone();
        for (int i = 10; i < scrambled.length; i += 7) {
            scrambled[i] ^= 0x5A;
        }
        Path bad = Files.write(dir.resolve("bad.gz"), scrambled);
        assertThrows(FlowDataException.class, () -> formats.load(bad, Progress.NONE));

        Path magicOnly = Files.write(dir.resolve("magic.gz"), new byte[] { 0x1f, (byte) 0x8b });
        assertThrows(FlowDataException.class, () -> formats.load(magicOnly, Progress.NONE));
    }

    @Test
    void readersAndWritersCanBeAddedAndRemovedByHand() throws IOException {
        FlowFormats empty = new FlowFormats();
        Path file = writeText(dir, "seed.csv", SEED_CSV);
        FlowDataException e = assertThrows(FlowDataException.class, () -> empty.load(file, Progress.NONE));
        assertTrue(e.problem().contains("no readers are installed"), e.problem());

        FlowReader seed = formats.reader("csv-seed").orElseThrow();
        empty.addReader(seed);
        assertSameFlows(SEED_FLOWS, rows(empty.load(file, Progress.NONE).store().snapshot()));
        empty.removeReader(seed);
        assertTrue(empty.readers().isEmpty());

        FlowWriter writer = formats.writer("csv-flow").orElseThrow();
        empty.addWriter(writer);
        assertEquals(writer, empty.writer("csv-flow").orElseThrow());
        empty.removeWriter(writer);
        assertTrue(empty.writer("csv-flow").isEmpty());
    }

    /** A contributed reader that fails while recognizing does not stop detection. */
    @Test
    void aFaultyReaderIsPassedOver() throws IOException {
        FlowFormats withFaulty = new FlowFormats();
        withFaulty.addReader(new FaultyReader());
        formats.readers().forEach(withFaulty::addReader);
        Path file = writeText(dir, "flows.csv", FLOW_CSV);
        assertEquals("csv-flow", withFaulty.readerFor(file).orElseThrow().id());
    }

    @Test
    void progressHasTheFileSizeAsTotalAndIsToldEveryByte() throws IOException {
        StringBuilder text = new StringBuilder(FLOW_CSV);
        for (int i = 0; i < 40_000; i++) {
            text.append(FLOW_CSV, FLOW_CSV.indexOf('\n') + 1, FLOW_CSV.length());
        }
        Path file = writeText(dir, "big.csv", text.toString());
        long[] seen = { 0, 0 };
        Progress progress = new Progress() {
            @Override
            public void begin(String task, long totalWork) {
                seen[0] = totalWork;
            }

            @Override
            public void worked(long work) {
                seen[1] += work;
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        };
        assertEquals(40_001, formats.load(file, progress).store().size());
        assertEquals(Files.size(file), seen[0]);
        assertEquals(Files.size(file), seen[1]);
    }

    @Test
    void gzipMagicIsChecked() {
        assertTrue(FlowFormats.isGzip(new byte[] { 0x1f, (byte) 0x8b, 8 }));
        assertFalse(FlowFormats.isGzip(new byte[] { 0x1f }));
        assertFalse(FlowFormats.isGzip(new byte[] { 0x1f, (byte) 0x8c }));
    }

    private static final class FaultyReader implements FlowReader {
        @Override
        public String id() {
            return "faulty";
        }

        @Override
        public String name() {
            return "Faulty";
        }

        @Override
        public List<String> extensions() {
            return List.of();
        }

        @Override
        public boolean recognizes(byte[] head) {
            throw new IllegalStateException("bug in a contributed reader");
        }

        @Override
        public ReadReport read(InputStream in, String sourceName, FlowSink sink, Progress progress) {
            throw new AssertionError("never chosen");
        }
    }
}
