package org.flowbench.io.internal.pcap;

import java.io.ByteArrayOutputStream;
import java.nio.ByteOrder;

/**
 * Writes a pcapng file block by block (draft-ietf-opsawg-pcapng): section headers, interface
 * descriptions with options, enhanced, simple and obsolete packet blocks, any other block.
 */
final class PcapngFile {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteOrder order;

    private PcapngFile(ByteOrder order) {
        this.order = order;
        section(order);
    }

    static PcapngFile of(ByteOrder order) {
        return new PcapngFile(order);
    }

    /** Starts a new section, in its own byte order, with a comment option. */
    PcapngFile section(ByteOrder sectionOrder) {
        order = sectionOrder;
        Bytes body = new Bytes(order).u32(0x1A2B_3C4DL).u16(1).u16(0).u64(-1L);
        option(body, 1, "made by hand".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        body.u16(0).u16(0);
        return block(0x0A0D_0D0A, body.toArray());
    }

    /** An interface with the default time resolution (microseconds). */
    PcapngFile iface(int linkType, long snaplen) {
        return block(1, new Bytes(order).u16(linkType).u16(0).u32(snaplen).toArray());
    }

    /** An interface with if_tsresol and if_tsoffset options. */
    PcapngFile iface(int linkType, long snaplen, int tsresol, long tsoffsetSeconds) {
        Bytes body = new Bytes(order).u16(linkType).u16(0).u32(snaplen);
        option(body, 2, "eth0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        option(body, 9, new byte[] { (byte) tsresol });
        option(body, 14, new Bytes(order).u64(tsoffsetSeconds).toArray());
        body.u16(0).u16(0);
        return block(1, body.toArray());
    }

    PcapngFile enhanced(int iface, long timestamp, byte[] frame) {
        return enhanced(iface, timestamp, frame, frame.length, frame.length);
    }

    /** An enhanced packet block with a comment option. */
    PcapngFile enhanced(int iface, long timestamp, byte[] frame, int captured, long length) {
        Bytes body = new Bytes(order).u32(iface).u32(timestamp >>> 32).u32(timestamp).u32(captured).u32(length);
        byte[] data = new byte[captured];
        System.arraycopy(frame, 0, data, 0, Math.min(captured, frame.length));
        body.bytes(data).pad4();
        option(body, 1, "packet".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        body.u16(0).u16(0);
        return block(6, body.toArray());
    }

    PcapngFile simple(byte[] frame, long length) {
        return block(3, new Bytes(order).u32(length).bytes(frame).pad4().toArray());
    }

    PcapngFile obsolete(int iface, long timestamp, byte[] frame) {
        return block(2, new Bytes(order).u16(iface).u16(0).u32(timestamp >>> 32).u32(timestamp).u32(frame.length).u32(frame.length)
                .bytes(frame).pad4().toArray());
    }

    /** Any block, e.g. an interface statistics (5) or a custom block (0xBAD). */
    PcapngFile block(int type, byte[] body) {
        int length = 12 + body.length;
        Bytes b = new Bytes(order).u32(type).u32(length).bytes(body).u32(length);
        out.writeBytes(b.toArray());
        return this;
    }

    /** Bytes as they are, for damaged files. */
    PcapngFile raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    ByteOrder order() {
        return order;
    }

    private void option(Bytes body, int code, byte[] value) {
        body.u16(code).u16(value.length).bytes(value).pad4();
    }

    byte[] toArray() {
        return out.toByteArray();
    }
}
