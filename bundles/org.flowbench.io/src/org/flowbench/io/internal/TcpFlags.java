package org.flowbench.io.internal;

/**
 * TCP flags as text: a number 0..255 (decimal, or hexadecimal with {@code 0x}), or letters, one per
 * flag in any order and case: {@code F} FIN 0x01, {@code S} SYN 0x02, {@code R} RST 0x04, {@code P}
 * PSH 0x08, {@code A} ACK 0x10, {@code U} URG 0x20, {@code E} ECE 0x40, {@code C} CWR 0x80. Dots
 * are ignored, so nfdump's {@code .AP.SF} reads too. Empty means no flags.
 * <p>
 * Written as letters in that order ({@code FSPA}), empty for no flags.
 */
public final class TcpFlags {

    /** Letter i stands for bit i. */
    static final String LETTERS = "FSRPAUEC";

    private TcpFlags() {
    }

    /** @throws IllegalArgumentException with the reason when the text is none of the forms above */
    public static int parse(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        if (text.charAt(0) >= '0' && text.charAt(0) <= '9') {
            return parseNumber(text);
        }
        int flags = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                continue;
            }
            int bit = LETTERS.indexOf(Character.toUpperCase(c));
            if (bit < 0) {
                throw new IllegalArgumentException("'" + text + "' is not TCP flags (letters of " + LETTERS + " or a number 0..255)");
            }
            flags |= 1 << bit;
        }
        return flags;
    }

    private static int parseNumber(String text) {
        boolean hex = text.length() > 2 && text.charAt(0) == '0' && (text.charAt(1) == 'x' || text.charAt(1) == 'X');
        int radix = hex ? 16 : 10;
        int value = 0;
        for (int i = hex ? 2 : 0; i < text.length(); i++) {
            int digit = asciiDigit(text.charAt(i), radix);
            value = value * radix + digit;
            if (digit < 0 || value > 255) {
                throw new IllegalArgumentException("'" + text + "' is not TCP flags (a number 0..255 or letters of " + LETTERS + ")");
            }
        }
        return value;
    }

    private static int asciiDigit(char c, int radix) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char lower = Character.toLowerCase(c);
        return radix == 16 && lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    /** @return the letters of the flags that are set, in the order of {@link #LETTERS}; "" for none */
    public static String format(int flags) {
        StringBuilder sb = new StringBuilder(8);
        for (int bit = 0; bit < 8; bit++) {
            if ((flags & (1 << bit)) != 0) {
                sb.append(LETTERS.charAt(bit));
            }
        }
        return sb.toString();
    }
}
