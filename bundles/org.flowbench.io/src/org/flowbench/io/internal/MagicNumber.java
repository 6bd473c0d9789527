package org.flowbench.io.internal;

import java.util.HexFormat;
import java.util.Locale;

/**
 * A byte pattern that a format's files start with, as a plugin.xml writes it: hex digits in pairs,
 * {@code ??} for a byte that may be anything, spaces ignored (e.g. {@code 0a0d0d0a ???????? 4d3c2b1a}),
 * at an offset from the start (default 0).
 */
public final class MagicNumber {

    /** Patterns longer than this cannot be checked against the head readers get. */
    public static final int MAX_BYTES = 256;

    private final int offset;
    private final byte[] bytes;
    private final boolean[] any;

    private MagicNumber(int offset, byte[] bytes, boolean[] any) {
        this.offset = offset;
        this.bytes = bytes;
        this.any = any;
    }

    /** @throws IllegalArgumentException saying what is wrong with the text */
    public static MagicNumber parse(String pattern, int offset) {
        String p = pattern.replace(" ", "").toLowerCase(Locale.ROOT);
        if (p.isEmpty() || p.length() % 2 != 0 || p.length() / 2 > MAX_BYTES) {
            throw new IllegalArgumentException("magic '" + pattern + "' is not 1 to " + MAX_BYTES + " bytes of hex digit pairs");
        }
        if (offset < 0 || offset > 4096) {
            throw new IllegalArgumentException("magic offset " + offset + " is not in 0..4096");
        }
        byte[] bytes = new byte[p.length() / 2];
        boolean[] any = new boolean[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            String pair = p.substring(2 * i, 2 * i + 2);
            if (pair.equals("??")) {
                any[i] = true;
            } else if (HexFormat.isHexDigit(pair.charAt(0)) && HexFormat.isHexDigit(pair.charAt(1))) {
                bytes[i] = (byte) HexFormat.fromHexDigits(pair);
            } else {
                throw new IllegalArgumentException("magic '" + pattern + "' has '" + pair + "', neither hex digits nor ??");
            }
        }
        return new MagicNumber(offset, bytes, any);
    }

    /** @return whether the first bytes of a content match */
    public boolean matches(byte[] head) {
        if (head.length < offset + bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (!any[i] && head[offset + i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
