package org.flowbench.model;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * Flowbench's own file format for a flow store: the columns as they are in memory, so that saving
 * and loading are bulk copies. Little-endian throughout.
 *
 * <pre>
 * header   "FLOWBNCH" u32 version u32 segmentSize u64 rows u32 addresses u32 segments
 * dict     u64[addresses] high, u64[addresses] low, u32 crc32c of the header and the dict
 * segment  u32 rows, then per column the rows' values:
 *          u64 start, u32 duration, u32 source, u32 destination, u16 sourcePort, u16 destinationPort,
 *          u8 protocol, u8 tcpFlags, u32 bytes, u32 packets,
 *          u8 overflow mask (1 duration, 2 bytes, 4 packets) and for each set bit u64[rows],
 *          u32 crc32c of the segment
 * trailer  "FLOWEND!"
 * </pre>
 *
 * Loading checks the magic, the version, every length against the file's size before it allocates,
 * every checksum, and that the rows hold what a store can hold. A damaged file gives a
 * {@link FlowDataException} naming the byte offset; the segments before the damage are kept in
 * {@link DamagedFileException#partial()} (also when the file was cut short).
 */
public final class FlowStoreFile {

    /** The version this code writes and reads. */
    public static final int VERSION = 1;
    /** File name extension that the CLI and the workbench use. */
    public static final String EXTENSION = ".flows";

    private static final byte[] MAGIC = "FLOWBNCH".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRAILER = "FLOWEND!".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = 8 + 4 + 4 + 8 + 4 + 4;
    /** Bytes of a row in the columns, without overflow arrays. */
    private static final int ROW_BYTES = 8 + 4 + 4 + 4 + 2 + 2 + 1 + 1 + 4 + 4;
    private static final int BUFFER = 1 << 22;

    private FlowStoreFile() {
    }

    /** @return whether the first bytes are this format's magic */
    public static boolean matches(byte[] head) {
        if (head.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (head[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    public static void write(FlowSnapshot snapshot, Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            Writer w = new Writer(ch);
            AddressDictionary dict = snapshot.addresses();
            int addresses = dict.size();
            int segmentSize = snapshot.segmentSize();
            w.startChecksum(); // the header has no checksum of its own: the dictionary's covers it
            w.bytes(MAGIC);
            w.int32(VERSION);
            w.int32(segmentSize);
            w.int64(snapshot.size());
            w.int32(addresses);
            w.int32(snapshot.segmentCount());
            for (int id = 0; id < addresses; id++) {
                w.int64(dict.high(id));
            }
            for (int id = 0; id < addresses; id++) {
                w.int64(dict.low(id));
            }
            w.endChecksum();
            for (int k = 0; k < snapshot.segmentCount(); k++) {
                writeSegment(w, snapshot.segment(k), snapshot.rowsIn(k));
            }
            w.bytes(TRAILER);
            w.flush();
        }
    }

    private static void writeSegment(Writer w, FlowSegment s, int rows) throws IOException {
        w.startChecksum();
        w.int32(rows);
        w.longs(s.start, rows);
        w.ints(s.duration, rows);
        w.ints(s.source, rows);
        w.ints(s.destination, rows);
        w.chars(s.sourcePort, rows);
        w.chars(s.destinationPort, rows);
        w.bytes(s.protocol, rows);
        w.bytes(s.tcpFlags, rows);
        w.ints(s.bytes, rows);
        w.ints(s.packets, rows);
        int mask = (s.durationOverflow != null ? 1 : 0) | (s.bytesOverflow != null ? 2 : 0) | (s.packetsOverflow != null ? 4 : 0);
        w.bytes(new byte[] { (byte) mask }, 1);
        if (s.durationOverflow != null) {
            w.longs(s.durationOverflow, rows);
        }
        if (s.bytesOverflow != null) {
            w.longs(s.bytesOverflow, rows);
        }
        if (s.packetsOverflow != null) {
            w.longs(s.packetsOverflow, rows);
        }
        w.endChecksum();
    }

    /**
     * @throws FlowDataException when the file is not a flow store file of a version this code
     *         reads, or is damaged; for damage after the header, a {@link DamagedFileException}
     *         that carries the intact segments
     */
    public static FlowStore read(Path file) throws IOException {
        String name = file.toString();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long fileSize = ch.size();
            Reader r = new Reader(ch, name, fileSize);
            if (fileSize < HEADER_BYTES) {
                throw new FlowDataException(name, "byte 0", "too short to be a Flowbench store file (" + fileSize + " bytes)", 0);
            }
            r.startChecksum();
            byte[] magic = r.bytes(MAGIC.length);
            if (!matches(magic)) {
                throw new FlowDataException(name, "byte 0", "not a Flowbench store file (no FLOWBNCH signature)", 0);
            }
            int version = r.int32();
            if (version != VERSION) {
                throw new FlowDataException(name, "byte 8", "store file version " + version + "; this Flowbench reads version " + VERSION, 0);
            }
            int segmentSize = r.int32();
            long rows = r.int64();
            int addresses = r.int32();
            int segments = r.int32();
            // Each address takes 16 bytes: a dictionary that cannot fit the file is damage, found
            // before anything is allocated for it. The rows are not held against the file's size
            // here, so that a file cut short still yields its intact segments; each segment is
            // checked against the bytes left before it is allocated.
            if (segmentSize < 1 || segmentSize > (1 << 24) || rows < 0 || addresses < 0 || segments < 0
                    || addresses > fileSize / 16
                    || segments != rows / segmentSize + (rows % segmentSize == 0 ? 0 : 1)) {
                throw new FlowDataException(name, "byte 12", "impossible header (segment size " + segmentSize + ", " + rows
                        + " rows, " + addresses + " addresses, " + segments + " segments in " + fileSize + " bytes)", 0);
            }
            AddressDictionary dict = new AddressDictionary();
            FlowStore store = new FlowStore(segmentSize, dict);
            long[] highs = r.longs(addresses);
            long[] lows = r.longs(addresses);
            r.endChecksum("header and address dictionary", store);
            for (int id = 0; id < addresses; id++) {
                if (dict.intern(highs[id], lows[id]) != id) {
                    throw new FlowDataException(name, "address dictionary", "address " + IpAddress.format(highs[id], lows[id])
                            + " is listed twice", 0);
                }
            }
            try {
                for (int k = 0; k < segments; k++) {
                    int expected = (int) Math.min(segmentSize, rows - (long) k * segmentSize);
                    store.appendSegment(readSegment(r, segmentSize, expected, addresses, k, segments, store));
                }
                byte[] trailer = r.bytes(TRAILER.length);
                for (int i = 0; i < TRAILER.length; i++) {
                    if (trailer[i] != TRAILER[i]) {
                        throw new DamagedFileException(name, "byte " + (r.position() - TRAILER.length), "missing end marker", store);
                    }
                }
            } catch (DamagedFileException e) {
                throw e;
            } catch (FlowDataException e) {
                throw new DamagedFileException(name, e.place(), e.problem(), store);
            }
            return store;
        }
    }

    private static FlowSegment readSegment(Reader r, int capacity, int expected, int addresses, int k, int segments, FlowStore store)
            throws IOException {
        String where = "segment " + (k + 1) + " of " + segments;
        long at = r.position();
        r.startChecksum();
        int rows = r.int32();
        if (rows != expected) {
            throw new DamagedFileException(r.name, "byte " + at, where + " says " + rows + " rows, the header " + expected, store);
        }
        if ((long) rows * ROW_BYTES + 1 + 4 > r.fileSize - r.position()) {
            throw new DamagedFileException(r.name, "byte " + r.fileSize, "the file ends early (truncated) in " + where, store);
        }
        FlowSegment s = new FlowSegment(capacity);
        r.longs(s.start, rows);
        r.ints(s.duration, rows);
        r.ints(s.source, rows);
        r.ints(s.destination, rows);
        r.chars(s.sourcePort, rows);
        r.chars(s.destinationPort, rows);
        r.bytes(s.protocol, rows);
        r.bytes(s.tcpFlags, rows);
        r.ints(s.bytes, rows);
        r.ints(s.packets, rows);
        int mask = r.bytes(1)[0];
        if ((mask & 1) != 0) {
            s.durationOverflow = new long[capacity];
            r.longs(s.durationOverflow, rows);
        }
        if ((mask & 2) != 0) {
            s.bytesOverflow = new long[capacity];
            r.longs(s.bytesOverflow, rows);
        }
        if ((mask & 4) != 0) {
            s.packetsOverflow = new long[capacity];
            r.longs(s.packetsOverflow, rows);
        }
        r.endChecksum(where, store);
        for (int i = 0; i < rows; i++) {
            if (s.source[i] < 0 || s.source[i] >= addresses || s.destination[i] < 0 || s.destination[i] >= addresses) {
                throw new DamagedFileException(r.name, where + ", row " + i, "address id out of range", store);
            }
            // what FlowSegment.append writes: a count that fits, or the marker with the value in the array
            String problem = column("duration", s.duration[i], s.durationOverflow, i, false);
            problem = problem != null ? problem : column("byte count", s.bytes[i], s.bytesOverflow, i, true);
            problem = problem != null ? problem : column("packet count", s.packets[i], s.packetsOverflow, i, true);
            long start = s.start[i];
            if (problem == null && start + s.duration(i) < start) {
                problem = "the flow ends before it starts";
            }
            if (problem != null) {
                throw new DamagedFileException(r.name, where + ", row " + i, problem, store);
            }
            long end = start + s.duration(i);
            s.minStart = Math.min(s.minStart, start);
            s.maxStart = Math.max(s.maxStart, start);
            s.maxEnd = Math.max(s.maxEnd, end);
        }
        s.size = rows;
        return s;
    }

    /** @return what is wrong with a value of an int column with a long overflow array, or null */
    private static String column(String what, int value, long[] overflow, int row, boolean nonNegative) {
        if (value >= 0) {
            return null;
        }
        if (value != FlowSegment.OVERFLOW) {
            return "negative " + what;
        }
        if (overflow == null) {
            return what + " marked as large, but the segment has no large values";
        }
        return nonNegative && overflow[row] < 0 ? "negative " + what : null;
    }

    /** Damage after the header; the store holds every segment before it. */
    public static final class DamagedFileException extends FlowDataException {
        private static final long serialVersionUID = 1L;
        private final transient FlowStore partial;

        DamagedFileException(String source, String place, String problem, FlowStore partial) {
            super(source, place, problem, partial.size());
            this.partial = partial;
        }

        /** @return the segments read intact before the damage */
        public FlowStore partial() {
            return partial;
        }
    }

    private static final class Writer {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
        private final CRC32C crc = new CRC32C();
        private int checksumFrom = -1;

        Writer(FileChannel channel) {
            this.channel = channel;
        }

        void startChecksum() throws IOException {
            crc.reset();
            checksumFrom = buffer.position();
        }

        void endChecksum() throws IOException {
            update();
            checksumFrom = -1;
            int value = (int) crc.getValue();
            int32(value);
        }

        private void update() {
            if (checksumFrom >= 0) {
                ByteBuffer view = buffer.duplicate().flip().position(checksumFrom);
                crc.update(view);
            }
        }

        private void room(int n) throws IOException {
            if (buffer.remaining() < n) {
                update();
                buffer.flip();
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                buffer.clear();
                if (checksumFrom >= 0) {
                    checksumFrom = 0;
                }
            }
        }

        void flush() throws IOException {
            room(BUFFER);
        }

        void bytes(byte[] b) throws IOException {
            bytes(b, b.length);
        }

        void bytes(byte[] b, int n) throws IOException {
            for (int off = 0; off < n;) {
                room(1);
                int k = Math.min(n - off, buffer.remaining());
                buffer.put(b, off, k);
                off += k;
            }
        }

        void int32(int v) throws IOException {
            room(4);
            buffer.putInt(v);
        }

        void int64(long v) throws IOException {
            room(8);
            buffer.putLong(v);
        }

        void longs(long[] a, int n) throws IOException {
            for (int off = 0; off < n;) {
                room(8);
                int k = Math.min(n - off, buffer.remaining() / 8);
                buffer.asLongBuffer().put(a, off, k);
                buffer.position(buffer.position() + 8 * k);
                off += k;
            }
        }

        void ints(int[] a, int n) throws IOException {
            for (int off = 0; off < n;) {
                room(4);
                int k = Math.min(n - off, buffer.remaining() / 4);
                buffer.asIntBuffer().put(a, off, k);
                buffer.position(buffer.position() + 4 * k);
                off += k;
            }
        }

        void chars(char[] a, int n) throws IOException {
            for (int off = 0; off < n;) {
                room(2);
                int k = Math.min(n - off, buffer.remaining() / 2);
                buffer.asCharBuffer().put(a, off, k);
                buffer.position(buffer.position() + 2 * k);
                off += k;
            }
        }
    }

    private static final class Reader {
        final String name;
        final long fileSize;
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
        private final CRC32C crc = new CRC32C();
        private long consumedBefore; // file bytes before the buffer's content
        private int checksumFrom = -1;

        Reader(FileChannel channel, String name, long fileSize) {
            this.channel = channel;
            this.name = name;
            this.fileSize = fileSize;
            buffer.limit(0);
        }

        long position() {
            return consumedBefore + buffer.position();
        }

        void startChecksum() {
            crc.reset();
            checksumFrom = buffer.position();
        }

        private void update() {
            if (checksumFrom >= 0) {
                ByteBuffer view = buffer.duplicate().limit(buffer.position()).position(checksumFrom);
                crc.update(view);
                checksumFrom = buffer.position();
            }
        }

        void endChecksum(String where, FlowStore partial) throws IOException {
            update();
            checksumFrom = -1;
            int expected = (int) crc.getValue();
            long at = position();
            if (int32() != expected) {
                throw new DamagedFileException(name, "byte " + at, "checksum of the " + where + " does not match", partial);
            }
        }

        private void need(int n) throws IOException {
            if (buffer.remaining() >= n) {
                return;
            }
            update();
            consumedBefore += buffer.position();
            buffer.compact();
            while (buffer.position() < n) {
                if (channel.read(buffer) < 0) {
                    buffer.flip();
                    throw new FlowDataException(name, "byte " + (consumedBefore + buffer.limit()), "the file ends early (truncated)", 0,
                            new EOFException());
                }
            }
            buffer.flip();
            if (checksumFrom >= 0) {
                checksumFrom = 0;
            }
        }

        byte[] bytes(int n) throws IOException {
            byte[] b = new byte[n];
            bytes(b, n);
            return b;
        }

        void bytes(byte[] b, int n) throws IOException {
            for (int off = 0; off < n;) {
                need(1);
                int k = Math.min(n - off, buffer.remaining());
                buffer.get(b, off, k);
                off += k;
            }
        }

        int int32() throws IOException {
            need(4);
            return buffer.getInt();
        }

        long int64() throws IOException {
            need(8);
            return buffer.getLong();
        }

        long[] longs(int n) throws IOException {
            long[] a = new long[n];
            longs(a, n);
            return a;
        }

        void longs(long[] a, int n) throws IOException {
            for (int off = 0; off < n;) {
                need(8);
                int k = Math.min(n - off, buffer.remaining() / 8);
                buffer.asLongBuffer().get(a, off, k);
                buffer.position(buffer.position() + 8 * k);
                off += k;
            }
        }

        void ints(int[] a, int n) throws IOException {
            for (int off = 0; off < n;) {
                need(4);
                int k = Math.min(n - off, buffer.remaining() / 4);
                buffer.asIntBuffer().get(a, off, k);
                buffer.position(buffer.position() + 4 * k);
                off += k;
            }
        }

        void chars(char[] a, int n) throws IOException {
            for (int off = 0; off < n;) {
                need(2);
                int k = Math.min(n - off, buffer.remaining() / 2);
                buffer.asCharBuffer().get(a, off, k);
                buffer.position(buffer.position() + 2 * k);
                off += k;
            }
        }
    }
}
