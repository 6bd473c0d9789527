package org.flowbench.io.internal;

import org.flowbench.model.IpAddress;
import org.flowbench.model.Protocols;

/**
 * Reads the fields of a CSV row. Each method throws an {@link IllegalArgumentException} whose
 * message names the column and says what is wrong, which the reader reports as the row's problem.
 */
final class Fields {

    private Fields() {
    }

    static long timestamp(String column, String text) {
        try {
            return Timestamps.parseMicros(text);
        } catch (IllegalArgumentException e) {
            throw wrong(column, e.getMessage());
        }
    }

    static IpAddress address(String column, String text) {
        if (text.isEmpty()) {
            throw wrong(column, "no address");
        }
        try {
            return IpAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw wrong(column, e.getMessage());
        }
    }

    /** @return a count: a whole number 0..2^63-1 in decimal digits */
    static long count(String column, String text) {
        if (text.isEmpty()) {
            throw wrong(column, "no number");
        }
        int first = text.charAt(0) == '-' ? 1 : 0;
        boolean digits = text.length() > first;
        for (int i = first; i < text.length() && digits; i++) {
            digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        if (!digits) {
            throw wrong(column, "not a whole number: '" + text + "'");
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw wrong(column, "number too large: '" + text + "'");
        }
        if (value < 0) {
            throw wrong(column, "negative count " + text);
        }
        return value;
    }

    /** @return {@link #count} or 0 for an empty field */
    static long optionalCount(String column, String text) {
        return text.isEmpty() ? 0 : count(column, text);
    }

    static int port(String column, String text) {
        if (text.isEmpty()) {
            return 0;
        }
        long port = count(column, text);
        if (port > 65535) {
            throw wrong(column, "port " + text + " is not in 0..65535");
        }
        return (int) port;
    }

    static int protocol(String column, String text) {
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Protocols.parse(text);
        } catch (IllegalArgumentException e) {
            throw wrong(column, e.getMessage());
        }
    }

    static int tcpFlags(String column, String text) {
        try {
            return TcpFlags.parse(text);
        } catch (IllegalArgumentException e) {
            throw wrong(column, e.getMessage());
        }
    }

    private static IllegalArgumentException wrong(String column, String problem) {
        return new IllegalArgumentException(column + ": " + problem);
    }
}
