package org.flowbench.io.internal.pcap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

import org.flowbench.io.ReadReport;

/**
 * The pcapng format: blocks of {type, length, body, length}, in sections that each begin with a
 * section header block (which sets the section's byte order) and describe their interfaces in
 * interface description blocks (link type, snapshot length, and the options {@code if_tsresol} and
 * {@code if_tsoffset} for the timestamps). Packets come in enhanced, simple and the obsolete packet
 * blocks; all other blocks are skipped.
 * <p>
 * A block whose framing is intact (its trailing length repeats its leading one) but whose content
 * is wrong, e.g. a packet of an interface that was never described, is skipped and reported, and
 * the reading goes on. Broken framing, a damaged section header or interface description, or a
 * file that ends inside a block ends the reading: every block after it would be guesswork.
 */
final class PcapngParser extends CaptureParser {

    static final int SECTION_HEADER = 0x0A0D_0D0A;
    private static final int BYTE_ORDER_MAGIC = 0x1A2B_3C4D;
    private static final int INTERFACE_DESCRIPTION = 1;
    private static final int OBSOLETE_PACKET = 2;
    private static final int SIMPLE_PACKET = 3;
    private static final int ENHANCED_PACKET = 6;

    private static final int OPTION_END = 0;
    private static final int IF_TSRESOL = 9;
    private static final int IF_TSOFFSET = 14;

    /** Interfaces a section may describe; more would only cost memory (each block is 20 bytes). */
    static final int MAX_INTERFACES = 1 << 16;
    /** Blocks up to this size are read whole; larger ones are skipped (a packet cannot be that large). */
    private static final int MAX_BLOCK_IN_MEMORY = CaptureInput.MAX_WINDOW;

    private boolean little;
    private int interfaces;
    private int[] linkTypes = new int[4];
    private long[] snapshotLengths = new long[4];
    private TimestampUnit[] units = new TimestampUnit[4];
    /** The time of the last packet, for simple packet blocks, which have none. */
    private long lastMicros;
    private boolean[] undecodedLinkTypeReported = new boolean[0];

    PcapngParser(CaptureInput input, String source, ReadReport.Builder report, Packets flows) {
        super(input, source, report, flows);
    }

    /** @return whether the bytes start like a pcapng file: a section header block with a byte-order magic */
    static boolean matches(byte[] head) {
        if (head.length < 12) {
            return false;
        }
        int type = (head[0] & 0xFF) << 24 | (head[1] & 0xFF) << 16 | (head[2] & 0xFF) << 8 | (head[3] & 0xFF);
        int magic = (head[8] & 0xFF) << 24 | (head[9] & 0xFF) << 16 | (head[10] & 0xFF) << 8 | (head[11] & 0xFF);
        return type == SECTION_HEADER && (magic == BYTE_ORDER_MAGIC || magic == Integer.reverseBytes(BYTE_ORDER_MAGIC));
    }

    @Override
    protected void parse() throws IOException, DamagedCapture {
        long offset = 0;
        while (true) {
            position = offset;
            int at = input.require(offset, 12);
            if (at < 0) {
                long left = input.available(offset);
                if (left == 0 && offset > 0) {
                    return;
                }
                throw new DamagedCapture(offset, "the file ends in the middle of a block header (" + left + " of its 12 bytes are there)");
            }
            ByteBuffer b = input.window();
            int rawType = b.getInt(at);
            if (rawType == SECTION_HEADER) {
                little = sectionByteOrder(b, at, offset);
            } else if (offset == 0) {
                throw new DamagedCapture(0, "not a pcapng file: it does not start with a section header block (" + hex(rawType) + ")");
            }
            int type = little ? Integer.reverseBytes(rawType) : rawType;
            long length = u32(b, at + 4, little);
            if (length < 12 || length % 4 != 0) {
                throw new DamagedCapture(offset + 4, "the block length " + length + " is not a multiple of 4 of at least 12");
            }
            if (isReadWhole(type) && length <= MAX_BLOCK_IN_MEMORY) {
                at = input.require(offset, (int) length);
                if (at < 0) {
                    throw cutShort(offset, length);
                }
                b = input.window();
                if (type == SECTION_HEADER || type == INTERFACE_DESCRIPTION) {
                    // as Wireshark does: the header's own content first, so damage inside it is named as such
                    block(b, at, offset, (int) length, type);
                    checkTrailer(b, at + (int) length - 4, offset, length);
                } else {
                    checkTrailer(b, at + (int) length - 4, offset, length);
                    block(b, at, offset, (int) length, type);
                }
            } else {
                if (type == SECTION_HEADER || type == INTERFACE_DESCRIPTION) {
                    throw new DamagedCapture(offset + 4, "a " + blockName(type) + " of " + length + " bytes is larger than any can be");
                }
                at = input.require(offset + length - 4, 4);
                if (at < 0) {
                    throw cutShort(offset, length);
                }
                checkTrailer(input.window(), at, offset, length);
                if (isPacket(type)) {
                    skipRecord(offset, "a " + blockName(type) + " of " + length + " bytes is larger than any packet; skipped");
                }
                flows.idle(offset + length);
            }
            offset += length;
        }
    }

    private static boolean isReadWhole(int type) {
        return type == SECTION_HEADER || type == INTERFACE_DESCRIPTION || isPacket(type);
    }

    private static boolean isPacket(int type) {
        return type == ENHANCED_PACKET || type == SIMPLE_PACKET || type == OBSOLETE_PACKET;
    }

    private DamagedCapture cutShort(long offset, long length) {
        return new DamagedCapture(offset, "the file ends in the middle of a block (" + input.available(offset) + " of its " + length
                + " bytes are there)");
    }

    /** @param trailerAt where the block's trailing length is in the window */
    private void checkTrailer(ByteBuffer b, int trailerAt, long offset, long length) throws DamagedCapture {
        long trailer = u32(b, trailerAt, little);
        if (trailer != length) {
            throw new DamagedCapture(offset + length - 4, "the block's trailing length " + trailer + " differs from its leading length "
                    + length + " (block at byte " + offset + ")");
        }
    }

    private boolean sectionByteOrder(ByteBuffer b, int at, long offset) throws DamagedCapture {
        int magic = b.getInt(at + 8);
        if (magic == BYTE_ORDER_MAGIC) {
            return false;
        }
        if (magic == Integer.reverseBytes(BYTE_ORDER_MAGIC)) {
            return true;
        }
        throw new DamagedCapture(offset + 8, "the section header's byte-order magic is " + hex(magic) + ", not 1a2b3c4d in either order");
    }

    private void block(ByteBuffer b, int at, long offset, int length, int type) throws DamagedCapture {
        switch (type) {
            case SECTION_HEADER -> sectionHeader(b, at, offset, length);
            case INTERFACE_DESCRIPTION -> interfaceDescription(b, at, offset, length);
            case ENHANCED_PACKET -> enhancedPacket(b, at, offset, length);
            case SIMPLE_PACKET -> simplePacket(b, at, offset, length);
            case OBSOLETE_PACKET -> obsoletePacket(b, at, offset, length);
            default -> throw new IllegalStateException("block type " + type);
        }
    }

    private void sectionHeader(ByteBuffer b, int at, long offset, int length) throws DamagedCapture {
        if (length < 28) {
            throw new DamagedCapture(offset + 4, "a section header block of " + length + " bytes is shorter than the least (28)");
        }
        int major = u16(b, at + 12, little);
        int minor = u16(b, at + 14, little);
        if (major != 1) {
            throw new DamagedCapture(offset + 12, "pcapng version " + major + "." + minor + " is not supported (1.x is)");
        }
        options(b, at, offset, 24, length, null);
        interfaces = 0;
    }

    private void interfaceDescription(ByteBuffer b, int at, long offset, int length) throws DamagedCapture {
        if (length < 20) {
            throw new DamagedCapture(offset + 4, "an interface description block of " + length + " bytes is shorter than the least (20)");
        }
        int linkType = u16(b, at + 8, little);
        long snapshotLength = u32(b, at + 12, little);
        int[] timestamp = { 6, 0, 0 }; // if_tsresol; if_tsoffset as two ints
        options(b, at, offset, 16, length, timestamp);
        if (interfaces == MAX_INTERFACES) {
            skipRecord(offset, "a section describes more than " + MAX_INTERFACES + " interfaces; this one is ignored");
            return;
        }
        if (interfaces == linkTypes.length) {
            int n = interfaces * 2;
            linkTypes = Arrays.copyOf(linkTypes, n);
            snapshotLengths = Arrays.copyOf(snapshotLengths, n);
            units = Arrays.copyOf(units, n);
        }
        linkTypes[interfaces] = linkType;
        snapshotLengths[interfaces] = snapshotLength;
        long tsOffset = (long) timestamp[1] << 32 | (timestamp[2] & 0xFFFF_FFFFL);
        units[interfaces] = timestamp[0] == 6 && tsOffset == 0 ? TimestampUnit.MICROSECONDS : TimestampUnit.of(timestamp[0], tsOffset);
        interfaces++;
        if (!LinkTypes.isDecoded(linkType) && !undecodedReported(linkType)) {
            report.problem("byte " + (offset + 8), "link type " + LinkTypes.describe(linkType)
                    + " is not decoded: its frames are counted as frames without IP");
        }
    }

    /** @return whether the link type was reported before (reports each one once) */
    private boolean undecodedReported(int linkType) {
        if (linkType >= undecodedLinkTypeReported.length) {
            undecodedLinkTypeReported = Arrays.copyOf(undecodedLinkTypeReported, linkType + 1); // a u16: at most 64 KiB
        }
        boolean before = undecodedLinkTypeReported[linkType];
        undecodedLinkTypeReported[linkType] = true;
        return before;
    }

    /**
     * Checks the options from {@code from} (relative to the block) to the trailer; each is a code, a
     * length and a value padded to 4 bytes.
     *
     * @param timestamp when not null, receives if_tsresol in [0] and if_tsoffset in [1] (high) and [2] (low)
     */
    private void options(ByteBuffer b, int at, long offset, int from, int length, int[] timestamp) throws DamagedCapture {
        int p = from;
        int end = length - 4;
        while (end - p >= 4) {
            int code = u16(b, at + p, little);
            int optionLength = u16(b, at + p + 2, little);
            if (code == OPTION_END) {
                return;
            }
            int padded = (optionLength + 3) & ~3;
            if (padded > end - p - 4) {
                throw new DamagedCapture(offset + p, "an option (code " + code + ") of " + optionLength
                        + " bytes runs past the end of its " + blockName(u32(b, at, little)) + " at byte " + offset);
            }
            if (timestamp != null && code == IF_TSRESOL && optionLength >= 1) {
                timestamp[0] = b.get(at + p + 4) & 0xFF;
            } else if (timestamp != null && code == IF_TSOFFSET && optionLength >= 8) {
                long v = b.getLong(at + p + 4);
                v = little ? Long.reverseBytes(v) : v;
                timestamp[1] = (int) (v >> 32);
                timestamp[2] = (int) v;
            }
            p += 4 + padded;
        }
        if (p != end) {
            throw new DamagedCapture(offset + p, "the options of the " + blockName(u32(b, at, little)) + " at byte " + offset
                    + " end in the middle of an option header");
        }
    }

    private void enhancedPacket(ByteBuffer b, int at, long offset, int length) {
        if (length < 32) {
            skipRecord(offset, "an enhanced packet block of " + length + " bytes is shorter than the least (32); skipped");
            return;
        }
        long id = u32(b, at + 8, little);
        long stamp = u32(b, at + 12, little) << 32 | u32(b, at + 16, little);
        packet(b, at, offset, length, id, stamp, u32(b, at + 20, little), u32(b, at + 24, little), 28);
    }

    private void obsoletePacket(ByteBuffer b, int at, long offset, int length) {
        if (length < 32) {
            skipRecord(offset, "a packet block of " + length + " bytes is shorter than the least (32); skipped");
            return;
        }
        long id = u16(b, at + 8, little);
        long stamp = u32(b, at + 12, little) << 32 | u32(b, at + 16, little);
        packet(b, at, offset, length, id, stamp, u32(b, at + 20, little), u32(b, at + 24, little), 28);
    }

    private void packet(ByteBuffer b, int at, long offset, int length, long id, long stamp, long captured, long original, int dataAt) {
        if (id >= interfaces) {
            skipRecord(offset, "a packet of interface " + id + ", but the section describes " + interfaces + "; skipped");
            return;
        }
        if (captured > length - dataAt - 4) {
            skipRecord(offset, "a packet block says " + captured + " bytes were captured, more than its " + length
                    + " bytes hold; skipped");
            return;
        }
        int i = (int) id;
        long micros = units[i].toMicros(stamp);
        lastMicros = micros;
        flows.packet(b, at + dataAt, (int) captured, original, micros, linkTypes[i], offset + length);
    }

    private void simplePacket(ByteBuffer b, int at, long offset, int length) {
        if (length < 16) {
            skipRecord(offset, "a simple packet block of " + length + " bytes is shorter than the least (16); skipped");
            return;
        }
        if (interfaces == 0) {
            skipRecord(offset, "a simple packet, but the section describes no interface; skipped");
            return;
        }
        long original = u32(b, at + 8, little);
        long captured = Math.min(original, length - 16);
        if (snapshotLengths[0] != 0) {
            captured = Math.min(captured, snapshotLengths[0]);
        }
        // simple packets have no time: they keep the last packet's, so their flows stay in place
        flows.packet(b, at + 12, (int) captured, original, lastMicros, linkTypes[0], offset + length);
    }

    private static String blockName(long type) {
        return switch ((int) type) {
            case SECTION_HEADER -> "section header block";
            case INTERFACE_DESCRIPTION -> "interface description block";
            case ENHANCED_PACKET -> "enhanced packet block";
            case SIMPLE_PACKET -> "simple packet block";
            case OBSOLETE_PACKET -> "packet block";
            default -> "block of type " + type;
        };
    }
}
