package org.flowbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.flowbench.model.FlowDataException;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowStore;
import org.flowbench.model.FlowStoreFile;
import org.flowbench.model.FlowStoreFile.DamagedFileException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged files give a {@link FlowDataException} that names the file and the place, never another
 * exception, and keep the segments before the damage. The damage is made by hand at places that
 * {@link StoreFileLayout} finds from the documented format.
 */
class FlowStoreFileDamageTest {

    private static final Pattern PLACE = Pattern.compile("byte \\d+|address dictionary|segment \\d+ of \\d+, row \\d+");

    @TempDir
    Path dir;

    private List<FlowRecord> flows;
    private FlowStore store;
    private byte[] intact;
    private StoreFileLayout layout;

    /** Four segments (7, 7, 7, 3 rows); the first has small counts only, the others need overflow arrays. */
    @BeforeEach
    void writeSmallFile() throws IOException {
        flows = new ArrayList<>();
        for (FlowRecord r : RandomFlows.list(5, 7)) {
            r.endMicros = r.startMicros + 10;
            r.bytes = 1500;
            r.packets = 3;
            flows.add(r);
        }
        flows.addAll(RandomFlows.list(6, 17));
        for (int i = 0; i < flows.size(); i++) {
            // few addresses keep the file small, so that damaging every byte stays cheap
            flows.get(i).source(RandomFlows.POOL.get(i % 5)).destination(RandomFlows.POOL.get(10 + i % 7));
        }
        flows.get(8).bytes = 1L << 40;
        flows.get(15).endMicros = flows.get(15).startMicros + (1L << 35);
        flows.get(22).packets = Integer.MAX_VALUE;
        store = RandomFlows.store(7, flows);
        Path file = dir.resolve("intact.flows");
        FlowStoreFile.write(store.snapshot(), file);
        intact = Files.readAllBytes(file);
        layout = new StoreFileLayout(intact);
        assertEquals(4, layout.segments.size());
        assertEquals(0, intact[layout.segments.get(0).maskOffset()], "first segment without overflow arrays");
        assertTrue(intact[layout.segments.get(1).maskOffset()] != 0, "second segment with overflow arrays");
    }

    @Test
    void truncatedAtEveryOffset() throws IOException {
        for (int cut = 0; cut < intact.length; cut++) {
            Path file = write("cut-" + cut + ".flows", Arrays.copyOf(intact, cut));
            FlowDataException e = readDamaged(file);
            if (cut >= layout.dictionaryEnd) {
                assertPartial(e, layout.rowsOfSegmentsBefore(cut), "cut at " + cut);
            }
        }
    }

    /** Every bit of the header, and one bit of every third byte after it, flipped in turn. */
    @Test
    void flippedBitAnywhere() throws IOException {
        for (int at = 0; at < intact.length; at++) {
            for (int bit = 0; bit < 8; bit++) {
                if (at >= StoreFileLayout.HEADER && (bit != at % 8 || at % 3 != 0)) {
                    continue;
                }
                byte[] damaged = intact.clone();
                damaged[at] ^= (byte) (1 << bit);
                FlowDataException e = readDamaged(write("flip.flows", damaged));
                int k = layout.segmentAt(at);
                if (at >= StoreFileLayout.HEADER && at < layout.dictionaryEnd) {
                    assertTrue(e.problem().contains("checksum of the header and address dictionary"), e.getMessage());
                } else if (k >= 0) {
                    assertPartial(e, (long) k * 7, "bit " + bit + " of byte " + at + " in segment " + (k + 1));
                } else if (at >= layout.trailer) {
                    assertPartial(e, flows.size(), "bit " + bit + " of byte " + at + " in the end marker");
                }
            }
        }
    }

    /**
     * The header has no room for doubt either: with one segment (or none), a changed segment size
     * still agrees with the row and segment counts, so only a checksum over the header finds it.
     */
    @ParameterizedTest
    @ValueSource(ints = { 0, 10, 1000 })
    void flippedBitInTheHeaderOfASingleSegmentFile(int rows) throws IOException {
        Path file = dir.resolve("single.flows");
        FlowStoreFile.write(RandomFlows.store(1000, RandomFlows.list(rows, rows)).snapshot(), file);
        byte[] single = Files.readAllBytes(file);
        for (int at = 12; at < StoreFileLayout.HEADER; at++) { // the lengths; wrongMagic and otherVersions do the rest
            for (int bit = 0; bit < 8; bit++) {
                byte[] damaged = single.clone();
                damaged[at] ^= (byte) (1 << bit);
                readDamaged(write("single-flip.flows", damaged));
            }
        }
    }

    @Test
    void wrongMagic() throws IOException {
        byte[] damaged = intact.clone();
        damaged[7] = 'X';
        FlowDataException e = readDamaged(write("magic.flows", damaged));
        assertEquals("byte 0", e.place());
        assertTrue(e.problem().contains("not a Flowbench store file"), e.problem());
    }

    @ParameterizedTest
    @ValueSource(ints = { FlowStoreFile.VERSION + 1, 0, -1, Integer.MAX_VALUE })
    void otherVersions(int version) throws IOException {
        byte[] damaged = intact.clone();
        ByteBuffer.wrap(damaged).order(ByteOrder.LITTLE_ENDIAN).putInt(8, version);
        FlowDataException e = readDamaged(write("version.flows", damaged));
        assertEquals("byte 8", e.place());
        assertTrue(e.problem().contains("version " + version), e.problem());
    }

    /**
     * Header lengths that no file of this size can hold, with the dictionary checksum left stale
     * and made valid again: either way the header is reported before anything is allocated for it.
     */
    @ParameterizedTest
    @CsvSource({ "12, 4, 0", "12, 4, -1", "12, 4, 2147483647", "12, 4, 16777217", "16, 8, 9223372036854775807",
            "16, 8, -1", "16, 8, -9223372036854775808", "24, 4, 2147483647", "24, 4, -1", "24, 4, 1000000",
            "28, 4, -1", "28, 4, 5", "28, 4, 3", "28, 4, 2147483647" })
    void impossibleHeaderLengths(int offset, int width, long value) throws IOException {
        for (boolean validChecksum : new boolean[] { false, true }) {
            byte[] damaged = intact.clone();
            ByteBuffer b = ByteBuffer.wrap(damaged).order(ByteOrder.LITTLE_ENDIAN);
            if (width == 8) {
                b.putLong(offset, value);
            } else {
                b.putInt(offset, (int) value);
            }
            if (validChecksum) {
                layout.fixChecksums(damaged);
            }
            FlowDataException e = readDamaged(write("header.flows", damaged));
            assertFalse(e instanceof DamagedFileException, e.getMessage());
        }
    }

    /** A header that promises more rows than the file holds: the file was cut after a segment. */
    @Test
    void headerPromisingMoreSegmentsKeepsThoseThatAreThere() throws IOException {
        byte[] damaged = intact.clone();
        ByteBuffer b = ByteBuffer.wrap(damaged).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(16, 7 * 1000);
        b.putInt(28, 1000);
        layout.fixChecksums(damaged);
        // the fourth segment says 3 rows where 7 are due
        assertPartial(readDamaged(write("promise.flows", damaged)), 21, "more rows in the header than in the file");
    }

    @Test
    void emptyAndForeignFiles() throws IOException {
        for (byte[] content : List.of(new byte[0], "FLOWBNCH".getBytes(StandardCharsets.US_ASCII),
                "timestamp,src,dst\n1,10.0.0.1,10.0.0.2\n".getBytes(StandardCharsets.US_ASCII),
                new byte[] { (byte) 0xD4, (byte) 0xC3, (byte) 0xB2, (byte) 0xA1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
                new byte[4096])) {
            FlowDataException e = readDamaged(write("foreign.flows", content));
            assertEquals("byte 0", e.place());
        }
    }

    // --- content that passes the checksums but cannot be right (a crafted or miswritten file) ----

    @Test
    void overflowMarkerWithoutOverflowArray() throws IOException {
        // duration of the first row of segment 1 set to the overflow marker; the segment has no arrays
        assertCrafted(b -> b.putInt(layout.segments.get(0).columnsOffset() + 7 * 8, -1), 0);
        // the same for bytes and packets
        assertCrafted(b -> b.putInt(layout.segments.get(0).columnsOffset() + 7 * 26 + 4, -1), 0);
        assertCrafted(b -> b.putInt(layout.segments.get(0).columnsOffset() + 7 * 30 + 8, -1), 0);
    }

    @Test
    void negativeCountsAndDurations() throws IOException {
        StoreFileLayout.Segment second = layout.segments.get(1);
        assertCrafted(b -> b.putInt(second.columnsOffset() + 7 * 8 + 4, -2), 7); // duration
        assertCrafted(b -> b.putInt(second.columnsOffset() + 7 * 26 + 8, -5), 7); // bytes
        assertCrafted(b -> b.putInt(second.columnsOffset() + 7 * 30, Integer.MIN_VALUE), 7); // packets
    }

    @Test
    void addressIdOutOfRange() throws IOException {
        StoreFileLayout.Segment third = layout.segments.get(2);
        FlowDataException e = assertCrafted(b -> b.putInt(third.columnsOffset() + 7 * 12 + 4, layout.addresses), 14);
        assertTrue(e.place().startsWith("segment 3 of 4"), e.place());
        assertCrafted(b -> b.putInt(third.columnsOffset() + 7 * 16, -1), 14);
    }

    @Test
    void segmentRowCountDisagreesWithHeader() throws IOException {
        // segment 2 claims 6 rows; everything after it then sits at the wrong place
        assertCrafted(b -> b.putInt(layout.segments.get(1).start(), 6), 7);
    }

    @Test
    void addressListedTwice() throws IOException {
        byte[] damaged = intact.clone();
        ByteBuffer b = ByteBuffer.wrap(damaged).order(ByteOrder.LITTLE_ENDIAN);
        int a = layout.addresses;
        b.putLong(32 + 8, b.getLong(32));
        b.putLong(32 + 8 * a + 8, b.getLong(32 + 8 * a));
        layout.fixChecksums(damaged);
        FlowDataException e = readDamaged(write("twice.flows", damaged));
        assertTrue(e.problem().contains("twice"), e.problem());
    }

    // --- helpers -------------------------------------------------------------------------------

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    /** Reads the file, which must fail with a FlowDataException naming it and a place, and soon. */
    private static FlowDataException readDamaged(Path file) {
        FlowDataException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(FlowDataException.class, () -> FlowStoreFile.read(file)));
        String name = file.toString();
        assertEquals(name, e.source());
        assertTrue(e.getMessage().startsWith(name + ", " + e.place() + ": "), e.getMessage());
        assertTrue(PLACE.matcher(e.place()).matches(), e.getMessage());
        assertFalse(e.problem().isBlank(), e.getMessage());
        return e;
    }

    /** The exception keeps exactly the first {@code rows} flows, with the whole dictionary. */
    private void assertPartial(FlowDataException e, long rows, String what) {
        DamagedFileException d = assertInstanceOf(DamagedFileException.class, e, what + ": " + e.getMessage());
        FlowStore partial = d.partial();
        assertEquals(rows, partial.size(), what + ": " + e.getMessage());
        assertEquals(rows, d.flowsRead(), what);
        assertEquals(flows.subList(0, (int) rows), RandomFlows.rows(partial.snapshot()), what);
        FlowStoreFileTest.assertSameDictionary(store.addresses(), partial.addresses());
    }

    /** Changes the intact file, makes its checksums valid again, and expects the damage found. */
    private FlowDataException assertCrafted(Consumer<ByteBuffer> change, long intactRows) throws IOException {
        byte[] damaged = intact.clone();
        change.accept(ByteBuffer.wrap(damaged).order(ByteOrder.LITTLE_ENDIAN));
        layout.fixChecksums(damaged);
        FlowDataException e = readDamaged(write("crafted.flows", damaged));
        assertPartial(e, intactRows, e.getMessage());
        return e;
    }
}
