package org.flowbench.io.internal.pcap;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.flowbench.io.ReadReport;

/**
 * The classic libpcap format: a 24-byte file header (magic, version, snapshot length, link type),
 * then records of a 16-byte header (seconds, micro- or nanoseconds, captured length, original
 * length) and the captured bytes. Both byte orders and both time resolutions; the record lengths of
 * versions before 2.3 (and 543.0) are in the other order, as libpcap and Wireshark read them.
 * <p>
 * pcap has no way to find the next record after a damaged one, so the first impossible record ends
 * the reading: one that claims more captured bytes than any capture holds, or that the file ends in.
 */
final class PcapParser extends CaptureParser {

    static final int HEADER_BYTES = 24;
    private static final int RECORD_HEADER_BYTES = 16;
    /** The largest packet Wireshark and libpcap read for the link types decoded here (256 KiB). */
    static final int MAX_CAPTURED = 262_144;
    /** The largest record read for other link types (e.g. USB): the input's largest window. */
    private static final int MAX_CAPTURED_OTHER = CaptureInput.MAX_WINDOW - RECORD_HEADER_BYTES;

    static final int MAGIC_MICROS = 0xA1B2_C3D4;
    static final int MAGIC_NANOS = 0xA1B2_3C4D;

    private enum LengthOrder {
        AS_WRITTEN, SWAPPED, SWAPPED_WHEN_CAPTURED_IS_LARGER
    }

    PcapParser(CaptureInput input, String source, ReadReport.Builder report, Packets flows) {
        super(input, source, report, flows);
    }

    /** @return whether the bytes start with one of the four pcap magic numbers */
    static boolean matches(byte[] head) {
        if (head.length < 4) {
            return false;
        }
        int big = (head[0] & 0xFF) << 24 | (head[1] & 0xFF) << 16 | (head[2] & 0xFF) << 8 | (head[3] & 0xFF);
        int little = Integer.reverseBytes(big);
        return big == MAGIC_MICROS || big == MAGIC_NANOS || little == MAGIC_MICROS || little == MAGIC_NANOS;
    }

    @Override
    protected void parse() throws IOException, DamagedCapture {
        int at = input.require(0, HEADER_BYTES);
        if (at < 0) {
            throw new DamagedCapture(0, "the file has " + input.available(0) + " bytes, fewer than a pcap file header (24)");
        }
        ByteBuffer b = input.window();
        int magic = b.getInt(at);
        boolean little = magic == Integer.reverseBytes(MAGIC_MICROS) || magic == Integer.reverseBytes(MAGIC_NANOS);
        magic = little ? Integer.reverseBytes(magic) : magic;
        if (magic != MAGIC_MICROS && magic != MAGIC_NANOS) {
            throw new DamagedCapture(0, "not a pcap file: it starts with " + hex(b.getInt(at)));
        }
        boolean nanos = magic == MAGIC_NANOS;
        int major = u16(b, at + 4, little);
        int minor = u16(b, at + 6, little);
        if (major < 2) {
            throw new DamagedCapture(4, "pcap format version " + major + "." + minor
                    + " is not supported: libpcap and Wireshark read version 2 (2.0 to 2.4) only");
        }
        LengthOrder order = major == 543 || (major == 2 && minor < 3) ? LengthOrder.SWAPPED
                : major == 2 && minor == 3 ? LengthOrder.SWAPPED_WHEN_CAPTURED_IS_LARGER : LengthOrder.AS_WRITTEN;
        // the upper 6 bits hold FCS information, not the type
        int linkType = i32(b, at + 20, little) & 0x03FF_FFFF;
        long maxCaptured = MAX_CAPTURED;
        if (!LinkTypes.isDecoded(linkType)) {
            maxCaptured = MAX_CAPTURED_OTHER;
            report.problem("byte 20", "link type " + LinkTypes.describe(linkType)
                    + " is not decoded: its frames are counted as frames without IP");
        }
        records(little, nanos, order, linkType, maxCaptured);
    }

    private void records(boolean little, boolean nanos, LengthOrder order, int linkType, long maxCaptured)
            throws IOException, DamagedCapture {
        long offset = HEADER_BYTES;
        ByteBuffer b = input.window();
        long base = input.windowStart();
        int limit = b.limit();
        while (true) {
            position = offset;
            int at = (int) (offset - base);
            if (at + RECORD_HEADER_BYTES > limit) {
                at = input.require(offset, RECORD_HEADER_BYTES);
                if (at < 0) {
                    long left = input.available(offset);
                    if (left == 0) {
                        return;
                    }
                    throw new DamagedCapture(offset, "the file ends in the middle of a packet record (" + left + " of its "
                            + RECORD_HEADER_BYTES + " header bytes are there)");
                }
                b = input.window();
                base = input.windowStart();
                limit = b.limit();
            }
            long seconds = u32(b, at, little);
            long fraction = u32(b, at + 4, little);
            long captured = u32(b, at + 8, little);
            long length = u32(b, at + 12, little);
            if (order == LengthOrder.SWAPPED || (order == LengthOrder.SWAPPED_WHEN_CAPTURED_IS_LARGER && captured > length)) {
                long t = captured;
                captured = length;
                length = t;
            }
            if (captured > maxCaptured) {
                throw new DamagedCapture(offset, "a packet record says " + captured + " bytes were captured, more than the "
                        + maxCaptured + " that any capture holds: the file is damaged here");
            }
            int recordBytes = RECORD_HEADER_BYTES + (int) captured;
            if (at + recordBytes > limit) {
                at = input.require(offset, recordBytes);
                if (at < 0) {
                    throw new DamagedCapture(offset, "the file ends in the middle of a packet (" + Math.max(0,
                            input.available(offset) - RECORD_HEADER_BYTES) + " of its " + captured + " captured bytes are there)");
                }
                b = input.window();
                base = input.windowStart();
                limit = b.limit();
            }
            long micros = seconds * 1_000_000L + (nanos ? fraction / 1000 : fraction);
            offset += recordBytes;
            flows.packet(b, at + RECORD_HEADER_BYTES, (int) captured, length, micros, linkType, offset);
        }
    }
}
