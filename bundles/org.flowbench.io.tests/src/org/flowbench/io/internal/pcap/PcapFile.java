package org.flowbench.io.internal.pcap;

import java.nio.ByteOrder;

/** Writes a libpcap file byte by byte: the 24-byte header, then 16-byte record headers and data. */
final class PcapFile {

    private final Bytes bytes;
    private final boolean nanos;
    private int major = 2;
    private int minor = 4;

    private PcapFile(ByteOrder order, boolean nanos, int linkType, long snaplen, int major, int minor) {
        this.bytes = new Bytes(order);
        this.nanos = nanos;
        this.major = major;
        this.minor = minor;
        bytes.u32(nanos ? 0xA1B2_3C4DL : 0xA1B2_C3D4L).u16(major).u16(minor).u32(0).u32(0).u32(snaplen).u32(linkType);
    }

    static PcapFile of(ByteOrder order, boolean nanos, int linkType) {
        return new PcapFile(order, nanos, linkType, 65535, 2, 4);
    }

    static PcapFile ethernet() {
        return of(ByteOrder.LITTLE_ENDIAN, false, LinkTypes.ETHERNET);
    }

    static PcapFile version(ByteOrder order, int linkType, int major, int minor) {
        return new PcapFile(order, false, linkType, 65535, major, minor);
    }

    /** A whole frame at seconds + fraction (micro- or nanoseconds as the file says). */
    PcapFile packet(long seconds, long fraction, byte[] frame) {
        return packet(seconds, fraction, frame, frame.length, frame.length);
    }

    /** A frame cut to {@code captured} bytes that was {@code length} bytes on the wire. */
    PcapFile packet(long seconds, long fraction, byte[] frame, int captured, long length) {
        bytes.u32(seconds).u32(fraction);
        if (major == 543 || (major == 2 && minor < 3)) {
            bytes.u32(length).u32(captured); // the old order
        } else {
            bytes.u32(captured).u32(length);
        }
        byte[] data = new byte[captured];
        System.arraycopy(frame, 0, data, 0, Math.min(captured, frame.length));
        bytes.bytes(data);
        return this;
    }

    /** A record header with the given fields as they are, for damaged files. */
    PcapFile rawRecord(long seconds, long fraction, long captured, long length, byte[] data) {
        bytes.u32(seconds).u32(fraction).u32(captured).u32(length).bytes(data);
        return this;
    }

    boolean isNanos() {
        return nanos;
    }

    byte[] toArray() {
        return bytes.toArray();
    }
}
