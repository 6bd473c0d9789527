package org.flowbench.io;

import static org.flowbench.io.TestFlows.assertSameFlows;
import static org.flowbench.io.TestFlows.gzip;
import static org.flowbench.io.TestFlows.randomFlows;
import static org.flowbench.io.TestFlows.rows;
import static org.flowbench.io.TestFlows.storeOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.flowbench.io.TestFlows.ListSink;
import org.flowbench.model.FlowDataException;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeFormatTest {

    @TempDir
    Path dir;

    private final FlowFormats formats = FlowFormats.withBuiltInFormats();
    private final FlowWriter writer = formats.writer("native").orElseThrow();
    private final List<FlowRecord> flows = randomFlows(99, 3_000);
    private final FlowSnapshot snapshot = storeOf(flows, 1_024).snapshot();

    @Test
    void roundTripThroughFlowFormats() throws IOException {
        Path file = dir.resolve("capture.flows");
        writer.write(snapshot, file, Progress.NONE);
        LoadedFlows loaded = formats.load(file, Progress.NONE);
        assertSameFlows(flows, rows(loaded.store().snapshot()));
        assertEquals(ReadReport.clean(flows.size()), loaded.report());
    }

    @Test
    void writingToAStreamGivesTheBytesOfTheFile() throws IOException {
        Path file = dir.resolve("direct.flows");
        writer.write(snapshot, file, Progress.NONE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(snapshot, out, Progress.NONE);
        assertArrayEquals(Files.readAllBytes(file), out.toByteArray());
    }

    @Test
    void gzipCompressedStoreLoadsTheSame() throws IOException {
        Path file = dir.resolve("plain.flows");
        writer.write(snapshot, file, Progress.NONE);
        Path compressed = gzip(file, dir.resolve("plain.flows.gz"));
        LoadedFlows loaded = formats.load(compressed, Progress.NONE);
        assertSameFlows(flows, rows(loaded.store().snapshot()));
    }

    @Test
    void readIntoASinkGivesEveryFlow() throws IOException {
        Path file = dir.resolve("sink.flows");
        writer.write(snapshot, file, Progress.NONE);
        ListSink sink = new ListSink();
        ReadReport report = formats.read(file, sink, Progress.NONE);
        assertSameFlows(flows, sink.flows);
        assertEquals(flows.size(), report.flowsRead());
    }

    @Test
    void aCutOffStoreIsAnErrorThatNamesTheFileAlsoWhenCompressed() throws IOException {
        Path whole = dir.resolve("whole.flows");
        writer.write(snapshot, whole, Progress.NONE);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.flows"), Arrays.copyOf(bytes, bytes.length / 2));
        FlowDataException e = assertThrows(FlowDataException.class, () -> formats.load(cut, Progress.NONE));
        assertEquals(cut.toString(), e.source());

        Path cutCompressed = Files.write(dir.resolve("cut.gz"), gzip(Arrays.copyOf(bytes, bytes.length / 2)));
        FlowDataException compressed = assertThrows(FlowDataException.class, () -> formats.load(cutCompressed, Progress.NONE));
        assertEquals(cutCompressed.toString(), compressed.source());

        // Read into a sink, the segments before the damage are kept.
        ListSink sink = new ListSink();
        FlowDataException read = assertThrows(FlowDataException.class, () -> formats.read(cut, sink, Progress.NONE));
        assertEquals(cut.toString(), read.source());
        assertEquals(read.flowsRead(), sink.flows.size());
        assertSameFlows(flows.subList(0, sink.flows.size()), sink.flows);
    }

    /** Garbage behind the magic, read from a stream, is an error under the stream's name, not the temporary copy's. */
    @Test
    void garbageBehindTheMagicIsAnErrorNamingTheSource() throws IOException {
        FlowReader reader = formats.reader("native").orElseThrow();
        for (int seed = 1; seed <= 10; seed++) {
            byte[] bytes = new byte[10_000];
            new Random(seed).nextBytes(bytes);
            System.arraycopy("FLOWBNCH".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 8);
            assertTrue(reader.recognizes(bytes));
            ListSink sink = new ListSink();
            FlowDataException e = assertThrows(FlowDataException.class,
                    () -> reader.read(new ByteArrayInputStream(bytes), "upload.flows", sink, Progress.NONE));
            assertEquals("upload.flows", e.source());
            assertTrue(sink.flows.isEmpty());
        }
    }

    @Test
    void emptyStoreRoundTrip() throws IOException {
        Path file = dir.resolve("empty.flows");
        writer.write(FlowSnapshot.empty(), file, Progress.NONE);
        LoadedFlows loaded = formats.load(file, Progress.NONE);
        assertEquals(0, loaded.store().size());
        assertEquals("native", formats.readerFor(file).orElseThrow().id());
    }
}
