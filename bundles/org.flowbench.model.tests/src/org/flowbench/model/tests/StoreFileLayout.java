package org.flowbench.model.tests;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The test's own reading of the store file layout documented in {@code FlowStoreFile}, used to find
 * where the parts of a file are and to craft files with valid checksums:
 *
 * <pre>
 * header   "FLOWBNCH" u32 version u32 segmentSize u64 rows u32 addresses u32 segments   (32 bytes)
 * dict     u64[addresses] high, u64[addresses] low, u32 crc32c of header and dict
 * segment  u32 rows, columns (34 bytes a row), u8 overflow mask, u64[rows] per mask bit, u32 crc32c
 * trailer  "FLOWEND!"
 * </pre>
 */
final class StoreFileLayout {

    static final int HEADER = 32;
    static final int ROW_BYTES = 8 + 4 + 4 + 4 + 2 + 2 + 1 + 1 + 4 + 4;

    /** A segment's byte range [start, end), the checksum included, and its row count. */
    record Segment(int start, int end, int rows, int maskOffset) {
        int columnsOffset() {
            return start + 4;
        }
    }

    final int segmentSize;
    final long rows;
    final int addresses;
    final int dictionaryEnd; // just after the dictionary's checksum
    final List<Segment> segments = new ArrayList<>();
    final int trailer;

    StoreFileLayout(byte[] file) {
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        segmentSize = b.getInt(12);
        rows = b.getLong(16);
        addresses = b.getInt(24);
        int segmentCount = b.getInt(28);
        dictionaryEnd = HEADER + 16 * addresses + 4;
        int at = dictionaryEnd;
        for (int k = 0; k < segmentCount; k++) {
            int n = b.getInt(at);
            int mask = at + 4 + n * ROW_BYTES;
            int end = mask + 1 + 8 * n * Integer.bitCount(file[mask] & 7) + 4;
            segments.add(new Segment(at, end, n, mask));
            at = end;
        }
        trailer = at;
    }

    /** Rows in the segments that end at or before {@code offset}. */
    long rowsOfSegmentsBefore(int offset) {
        long n = 0;
        for (Segment s : segments) {
            if (s.end() <= offset) {
                n += s.rows();
            }
        }
        return n;
    }

    /** Index of the segment that holds the byte, -1 when none does. */
    int segmentAt(int offset) {
        for (int k = 0; k < segments.size(); k++) {
            if (segments.get(k).start() <= offset && offset < segments.get(k).end()) {
                return k;
            }
        }
        return -1;
    }

    /** Rewrites every checksum so that only deliberate changes to the content remain. */
    void fixChecksums(byte[] file) {
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(dictionaryEnd - 4, crc(file, 0, dictionaryEnd - 4));
        for (Segment s : segments) {
            b.putInt(s.end() - 4, crc(file, s.start(), s.end() - 4));
        }
    }

    static int crc(byte[] file, int from, int to) {
        CRC32C c = new CRC32C();
        c.update(file, from, to - from);
        return (int) c.getValue();
    }
}
