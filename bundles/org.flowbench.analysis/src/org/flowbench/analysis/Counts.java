package org.flowbench.analysis;

import java.util.Locale;

/** Counts as people type them: {@code 1000000}, {@code 10M}, {@code 500k}, {@code 2G}. */
public final class Counts {

    private Counts() {
    }

    /** @throws IllegalArgumentException with the text when it is not a count */
    public static long parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace("_", "").replace(",", "");
        long factor = 1;
        if (t.endsWith("k")) {
            factor = 1_000L;
        } else if (t.endsWith("m")) {
            factor = 1_000_000L;
        } else if (t.endsWith("g")) {
            factor = 1_000_000_000L;
        }
        String digits = factor == 1 ? t : t.substring(0, t.length() - 1);
        try {
            long n = Math.multiplyExact(Long.parseLong(digits), factor);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("not a count: '" + text + "' (examples: 1000000, 10M, 500k)");
        }
    }
}
