package org.flowbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.flowbench.model.AddressDictionary;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.FlowStore;
import org.flowbench.model.FlowStoreFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stores written and read back are the same stores, and the bytes follow the documented layout. */
class FlowStoreFileTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = { 1, 7, 1000, FlowStore.DEFAULT_SEGMENT_SIZE })
    void readsBackWhatItWrote(int segmentSize) throws IOException {
        int[] sizes = segmentSize == 1 ? new int[] { 0, 1, 2, 150 }
                : new int[] { 0, 1, segmentSize - 1, segmentSize, segmentSize + 1, 2 * segmentSize + 3 };
        for (int i = 0; i < sizes.length; i++) {
            List<FlowRecord> flows = RandomFlows.list(segmentSize * 10L + i, Math.min(sizes[i], 140_000));
            FlowStore written = RandomFlows.store(segmentSize, flows);
            Path file = dir.resolve("store-" + segmentSize + "-" + i + FlowStoreFile.EXTENSION);
            FlowStoreFile.write(written.snapshot(), file);

            FlowStore read = FlowStoreFile.read(file);
            assertEquals(segmentSize, read.segmentSize());
            assertEquals(flows.size(), read.size());
            assertSameDictionary(written.addresses(), read.addresses());
            FlowSnapshot snapshot = read.snapshot();
            assertEquals(flows, RandomFlows.rows(snapshot), file.toString());
            FlowStoreTest.assertAggregates(flows, snapshot);

            // the store read from a file goes on taking flows, also into its last, partial segment
            List<FlowRecord> more = RandomFlows.list(i, segmentSize + 5);
            more.forEach(read::accept);
            List<FlowRecord> all = new ArrayList<>(flows);
            all.addAll(more);
            assertEquals(all, RandomFlows.rows(read.snapshot()));
        }
    }

    /** Enough rows that the columns cross the 4 MiB buffers of the reader and the writer. */
    @Test
    void readsBackLargeStoresAcrossBufferBoundaries() throws IOException {
        List<FlowRecord> flows = RandomFlows.list(123, 300_000);
        FlowStore written = RandomFlows.store(FlowStore.DEFAULT_SEGMENT_SIZE, flows);
        Path file = dir.resolve("large.flows");
        FlowStoreFile.write(written.snapshot(), file);
        assertTrue(Files.size(file) > 3 * (1 << 22), "file of " + Files.size(file) + " bytes");
        FlowStore read = FlowStoreFile.read(file);
        assertEquals(flows, RandomFlows.rows(read.snapshot()));
        assertSameDictionary(written.addresses(), read.addresses());
    }

    /** A snapshot is written as it is, without rows appended to its store after it was taken. */
    @Test
    void writesTheSnapshotNotTheStore() throws IOException {
        List<FlowRecord> flows = RandomFlows.list(8, 100);
        FlowStore store = RandomFlows.store(7, flows.subList(0, 60));
        FlowSnapshot snapshot = store.snapshot();
        flows.subList(60, 100).forEach(store::accept);
        Path file = dir.resolve("snapshot.flows");
        FlowStoreFile.write(snapshot, file);
        FlowStore read = FlowStoreFile.read(file);
        assertEquals(flows.subList(0, 60), RandomFlows.rows(read.snapshot()));
    }

    @Test
    void overwritesALongerFile() throws IOException {
        Path file = dir.resolve("again.flows");
        FlowStoreFile.write(RandomFlows.store(7, RandomFlows.list(1, 500)).snapshot(), file);
        List<FlowRecord> small = RandomFlows.list(2, 3);
        FlowStoreFile.write(RandomFlows.store(7, small).snapshot(), file);
        assertEquals(small, RandomFlows.rows(FlowStoreFile.read(file).snapshot()));
    }

    @Test
    void emptyStoreRoundTrips() throws IOException {
        Path file = dir.resolve("empty.flows");
        FlowStoreFile.write(new FlowStore(7).snapshot(), file);
        FlowStore read = FlowStoreFile.read(file);
        assertEquals(0, read.size());
        assertEquals(0, read.addresses().size());
        assertEquals(32 + 4 + 8, Files.size(file), "header, dictionary checksum and end marker");
        FlowStoreFile.write(FlowSnapshot.empty(), file);
        assertEquals(0, FlowStoreFile.read(file).size());
    }

    /** The bytes against the layout in the class documentation, checksums computed by the JDK. */
    @Test
    void writesTheDocumentedLayout() throws IOException {
        List<FlowRecord> flows = RandomFlows.list(17, 23);
        FlowStore store = RandomFlows.store(7, flows);
        Path file = dir.resolve("layout.flows");
        FlowStoreFile.write(store.snapshot(), file);
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);

        assertEquals("FLOWBNCH", new String(bytes, 0, 8, StandardCharsets.US_ASCII));
        assertTrue(FlowStoreFile.matches(bytes));
        assertEquals(FlowStoreFile.VERSION, b.getInt(8));
        assertEquals(7, b.getInt(12));
        assertEquals(23, b.getLong(16));
        AddressDictionary d = store.addresses();
        assertEquals(d.size(), b.getInt(24));
        assertEquals(4, b.getInt(28));
        for (int id = 0; id < d.size(); id++) {
            assertEquals(d.high(id), b.getLong(32 + 8 * id));
            assertEquals(d.low(id), b.getLong(32 + 8 * d.size() + 8 * id));
        }
        StoreFileLayout layout = new StoreFileLayout(bytes);
        assertEquals(StoreFileLayout.crc(bytes, 0, layout.dictionaryEnd - 4), b.getInt(layout.dictionaryEnd - 4),
                "the dictionary's checksum covers the header too");
        int row = 0;
        for (StoreFileLayout.Segment s : layout.segments) {
            assertEquals(row + 7 <= 23 ? 7 : 23 - row, s.rows());
            int at = s.columnsOffset();
            for (int i = 0; i < s.rows(); i++) {
                FlowRecord r = flows.get(row + i);
                assertEquals(r.startMicros, b.getLong(at + 8 * i), "start column");
                assertEquals(r.sourcePort, Short.toUnsignedInt(b.getShort(at + s.rows() * 20 + 2 * i)), "source port column");
                assertEquals(r.protocol, bytes[at + s.rows() * 24 + i] & 0xFF, "protocol column");
            }
            assertEquals(StoreFileLayout.crc(bytes, s.start(), s.end() - 4), b.getInt(s.end() - 4));
            row += s.rows();
        }
        assertEquals("FLOWEND!", new String(bytes, layout.trailer, 8, StandardCharsets.US_ASCII));
        assertEquals(layout.trailer + 8, bytes.length);
    }

    @Test
    void recognisesItsMagic() {
        assertTrue(FlowStoreFile.matches("FLOWBNCH and more".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(FlowStoreFile.matches("FLOWBNC".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(FlowStoreFile.matches("flowbnch".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(FlowStoreFile.matches(new byte[0]));
    }

    static void assertSameDictionary(AddressDictionary expected, AddressDictionary actual) {
        assertEquals(expected.size(), actual.size());
        for (int id = 0; id < expected.size(); id++) {
            assertEquals(expected.high(id), actual.high(id));
            assertEquals(expected.low(id), actual.low(id));
            assertEquals(id, actual.lookup(expected.address(id)));
        }
    }
}
