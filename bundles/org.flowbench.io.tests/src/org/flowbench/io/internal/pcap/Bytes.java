package org.flowbench.io.internal.pcap;

import java.io.ByteArrayOutputStream;
import java.nio.ByteOrder;

/** Writes bytes one field at a time, in a chosen byte order, for hand-made captures. */
final class Bytes {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteOrder order;

    Bytes(ByteOrder order) {
        this.order = order;
    }

    static Bytes network() {
        return new Bytes(ByteOrder.BIG_ENDIAN);
    }

    Bytes order(ByteOrder o) {
        order = o;
        return this;
    }

    Bytes u8(int v) {
        out.write(v);
        return this;
    }

    Bytes u16(int v) {
        if (order == ByteOrder.BIG_ENDIAN) {
            out.write(v >>> 8);
            out.write(v);
        } else {
            out.write(v);
            out.write(v >>> 8);
        }
        return this;
    }

    Bytes u32(long v) {
        if (order == ByteOrder.BIG_ENDIAN) {
            u16((int) (v >>> 16)).u16((int) v);
        } else {
            u16((int) v).u16((int) (v >>> 16));
        }
        return this;
    }

    Bytes u64(long v) {
        if (order == ByteOrder.BIG_ENDIAN) {
            u32(v >>> 32).u32(v);
        } else {
            u32(v).u32(v >>> 32);
        }
        return this;
    }

    Bytes bytes(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    /** @param hex pairs of hex digits, spaces ignored */
    Bytes hex(String hex) {
        return bytes(parseHex(hex));
    }

    Bytes zeros(int n) {
        out.writeBytes(new byte[n]);
        return this;
    }

    /** Pads with zeros to a multiple of 4. */
    Bytes pad4() {
        while (out.size() % 4 != 0) {
            out.write(0);
        }
        return this;
    }

    int size() {
        return out.size();
    }

    byte[] toArray() {
        return out.toByteArray();
    }

    static byte[] parseHex(String hex) {
        String h = hex.replace(" ", "");
        byte[] b = new byte[h.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            o.writeBytes(p);
        }
        return o.toByteArray();
    }
}
