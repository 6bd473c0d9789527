package org.flowbench.io.internal.netflow;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** Builds export datagrams byte by byte for tests: a header, then sets whose lengths it fills in. */
final class Datagram {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final int version;
    private int setStart = -1;
    private int records;

    private Datagram(int version) {
        this.version = version;
    }

    /** NetFlow v9: header count, uptime, export seconds, sequence and source id filled in by {@link #v9(int, long, long, long, long)}. */
    static Datagram v9() {
        return new Datagram(9);
    }

    static Datagram ipfix() {
        return new Datagram(10);
    }

    Datagram set(int id) {
        end();
        setStart = bytes.size();
        u16(id).u16(0);
        return this;
    }

    Datagram u8(int v) {
        bytes.write(v);
        return this;
    }

    Datagram u16(int v) {
        bytes.write(v >>> 8);
        bytes.write(v);
        return this;
    }

    Datagram u32(long v) {
        return u16((int) (v >>> 16)).u16((int) v);
    }

    Datagram u64(long v) {
        return u32(v >>> 32).u32(v);
    }

    Datagram raw(byte[] b) {
        bytes.writeBytes(b);
        return this;
    }

    /** Counts a record for v9's header count. */
    Datagram record() {
        records++;
        return this;
    }

    private void end() {
        if (setStart >= 0) {
            byte[] b = bytes.toByteArray();
            int length = b.length - setStart;
            b[setStart + 2] = (byte) (length >>> 8);
            b[setStart + 3] = (byte) length;
            bytes.reset();
            bytes.writeBytes(b);
            setStart = -1;
        }
    }

    /** @return the v9 datagram with this header */
    byte[] v9(int count, long uptimeMillis, long exportSeconds, long sequence, long sourceId) {
        end();
        ByteBuffer b = ByteBuffer.allocate(20 + bytes.size());
        b.putShort((short) 9).putShort((short) (count < 0 ? records : count)).putInt((int) uptimeMillis).putInt((int) exportSeconds)
                .putInt((int) sequence).putInt((int) sourceId).put(bytes.toByteArray());
        return b.array();
    }

    /** @return the IPFIX message with this header */
    byte[] ipfix(long exportSeconds, long sequence, long domain) {
        end();
        ByteBuffer b = ByteBuffer.allocate(16 + bytes.size());
        b.putShort((short) 10).putShort((short) (16 + bytes.size())).putInt((int) exportSeconds).putInt((int) sequence).putInt((int) domain)
                .put(bytes.toByteArray());
        return b.array();
    }

    int version() {
        return version;
    }

    /** A NetFlow v5 datagram of one record per given 5-tuple part. */
    static byte[] v5(long uptimeMillis, long exportSeconds, long sequence, int[]... flows) {
        ByteBuffer b = ByteBuffer.allocate(24 + 48 * flows.length);
        b.putShort((short) 5).putShort((short) flows.length).putInt((int) uptimeMillis).putInt((int) exportSeconds).putInt(0)
                .putInt((int) sequence).putShort((short) 0x0102).putShort((short) 0);
        for (int[] f : flows) {
            // source, destination, next hop, in/out interface, packets, octets, first, last, ports, pad, flags, protocol, tos, AS, masks, pad
            b.putInt(f[0]).putInt(f[1]).putInt(0).putShort((short) 1).putShort((short) 2).putInt(f[2]).putInt(f[3]).putInt(f[4]).putInt(f[5])
                    .putShort((short) f[6]).putShort((short) f[7]).put((byte) 0).put((byte) f[8]).put((byte) f[9]).put((byte) 0)
                    .putShort((short) 0).putShort((short) 0).put((byte) 24).put((byte) 24).putShort((short) 0);
        }
        return b.array();
    }
}
