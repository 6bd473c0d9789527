package org.flowbench.geo.internal;

import java.io.DataInput;
import java.io.IOException;

/** The variable-length integers of the geo resources: LEB128, 7 bits a byte, low bits first. */
public final class Varints {

    private Varints() {
    }

    public static long readLong(DataInput in) throws IOException {
        long value = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (long) (b & 0x7F) << shift;
            if (b < 0x80) {
                return value;
            }
        }
        throw new IOException("varint longer than 64 bits");
    }

    public static int readZigzagInt(DataInput in) throws IOException {
        long v = readLong(in);
        return (int) ((v >>> 1) ^ -(v & 1));
    }
}
