package org.flowbench.io.internal.netflow;

import java.nio.ByteBuffer;

/**
 * A NetFlow v9 or IPFIX (options) template, compiled for decoding: per field its length
 * ({@link #VARIABLE} for IPFIX variable-length fields) and the role it plays in a flow record. Only
 * the information elements a flow needs have a role; every other field, and every enterprise-specific
 * one, is skipped by its length.
 */
final class Template {

    /** IPFIX length 65535: the record carries the field's length (RFC 7011, section 7). */
    static final int VARIABLE = 65535;

    static final byte NONE = 0;
    static final byte SRC4 = 1;
    static final byte DST4 = 2;
    static final byte SRC6 = 3;
    static final byte DST6 = 4;
    static final byte SRC_PORT = 5;
    static final byte DST_PORT = 6;
    static final byte PROTOCOL = 7;
    static final byte TCP_FLAGS = 8;
    static final byte OCTETS = 9;
    static final byte PACKETS = 10;
    static final byte OCTETS_TOTAL = 11;
    static final byte PACKETS_TOTAL = 12;
    static final byte FIRST_UPTIME = 13;
    static final byte LAST_UPTIME = 14;
    static final byte START_SECONDS = 15;
    static final byte END_SECONDS = 16;
    static final byte START_MILLIS = 17;
    static final byte END_MILLIS = 18;
    static final byte START_MICROS_NTP = 19;
    static final byte END_MICROS_NTP = 20;
    static final byte START_NANOS_NTP = 21;
    static final byte END_NANOS_NTP = 22;
    static final byte START_DELTA_MICROS = 23;
    static final byte END_DELTA_MICROS = 24;

    final int id;
    /** Options templates describe records about the exporter, not flows: counted, not stored. */
    final boolean options;
    final int[] lengths;
    final byte[] roles;
    /** The record length when no field is variable, else -1. */
    final int fixedLength;
    /** The smallest a record can be (variable fields at one length byte each): what ends a set as padding. */
    final int minLength;

    Template(int id, boolean options, int[] lengths, byte[] roles) {
        this.id = id;
        this.options = options;
        this.lengths = lengths;
        this.roles = roles;
        int fixed = 0;
        int min = 0;
        boolean variable = false;
        for (int length : lengths) {
            if (length == VARIABLE) {
                variable = true;
                min += 1;
            } else {
                fixed += length;
                min += length;
            }
        }
        this.fixedLength = variable ? -1 : fixed;
        this.minLength = Math.max(1, min);
    }

    int fieldCount() {
        return lengths.length;
    }

    /** Whether the template holds the same fields as the one in the bytes (a refresh). */
    boolean sameAs(Template other) {
        return other.options == options && java.util.Arrays.equals(other.lengths, lengths) && java.util.Arrays.equals(other.roles, roles);
    }

    /** @return the role of an information element of the IANA registry (not enterprise-specific) at this length */
    static byte role(int element, int length) {
        return switch (element) {
            case 8 -> length == 4 ? SRC4 : NONE;
            case 12 -> length == 4 ? DST4 : NONE;
            case 27 -> length == 16 ? SRC6 : NONE;
            case 28 -> length == 16 ? DST6 : NONE;
            case 7 -> SRC_PORT;
            case 11 -> DST_PORT;
            case 4 -> PROTOCOL;
            case 6 -> TCP_FLAGS;
            case 1 -> OCTETS;
            case 2 -> PACKETS;
            case 85 -> OCTETS_TOTAL;
            case 86 -> PACKETS_TOTAL;
            case 22 -> FIRST_UPTIME;
            case 21 -> LAST_UPTIME;
            case 150 -> START_SECONDS;
            case 151 -> END_SECONDS;
            case 152 -> START_MILLIS;
            case 153 -> END_MILLIS;
            case 154 -> START_MICROS_NTP;
            case 155 -> END_MICROS_NTP;
            case 156 -> START_NANOS_NTP;
            case 157 -> END_NANOS_NTP;
            case 158 -> START_DELTA_MICROS;
            case 159 -> END_DELTA_MICROS;
            default -> NONE;
        };
    }

    /** An unsigned big-endian integer of 1 to 8 bytes (reduced-size encoding); longer fields give their last 8 bytes. */
    static long unsigned(ByteBuffer b, int at, int length) {
        switch (length) {
            case 1:
                return b.get(at) & 0xFFL;
            case 2:
                return b.getShort(at) & 0xFFFFL;
            case 4:
                return b.getInt(at) & 0xFFFF_FFFFL;
            case 8:
                return b.getLong(at);
            default:
                long v = 0;
                for (int i = Math.max(0, length - 8); i < length; i++) {
                    v = v << 8 | (b.get(at + i) & 0xFF);
                }
                return v;
        }
    }
}
