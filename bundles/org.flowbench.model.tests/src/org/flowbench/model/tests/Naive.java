package org.flowbench.model.tests;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;

import org.flowbench.model.FlowRecord;

/**
 * Plain definitions of address facts that the model computes in its own way: addresses as 16
 * bytes, text parsed by the JDK, and "in the block" as equality of leading bits.
 */
final class Naive {

    private Naive() {
    }

    static byte[] bytes16(long high, long low) {
        return ByteBuffer.allocate(16).putLong(high).putLong(low).array();
    }

    static byte[] source(FlowRecord r) {
        return bytes16(r.sourceHigh, r.sourceLow);
    }

    static byte[] destination(FlowRecord r) {
        return bytes16(r.destinationHigh, r.destinationLow);
    }

    /** The JDK's reading of an address literal, IPv4 as the mapped 16 bytes. */
    static byte[] jdk16(String literal) {
        byte[] b;
        try {
            b = InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new AssertionError(literal, e);
        }
        if (b.length == 16) {
            return b;
        }
        byte[] m = new byte[16];
        m[10] = (byte) 0xFF;
        m[11] = (byte) 0xFF;
        System.arraycopy(b, 0, m, 12, 4);
        return m;
    }

    static boolean isMappedV4(byte[] a16) {
        for (int i = 0; i < 10; i++) {
            if (a16[i] != 0) {
                return false;
            }
        }
        return a16[10] == (byte) 0xFF && a16[11] == (byte) 0xFF;
    }

    static boolean sameAddress(byte[] a16, String literal) {
        return java.util.Arrays.equals(a16, jdk16(literal));
    }

    /** Whether the address lies in the block {@code "network/length"}; an IPv4 block holds only IPv4. */
    static boolean inBlock(byte[] a16, String cidr) {
        int slash = cidr.indexOf('/');
        String network = slash < 0 ? cidr : cidr.substring(0, slash);
        byte[] n16 = jdk16(network);
        boolean v4 = isMappedV4(n16);
        int length = slash < 0 ? (v4 ? 32 : 128) : Integer.parseInt(cidr.substring(slash + 1));
        return inBlock(a16, n16, v4 ? 96 + length : length);
    }

    /** Whether the first {@code bits} of the two 16-byte addresses agree. */
    static boolean inBlock(byte[] a16, byte[] n16, int bits) {
        return new BigInteger(1, a16).shiftRight(128 - bits).equals(new BigInteger(1, n16).shiftRight(128 - bits));
    }
}
