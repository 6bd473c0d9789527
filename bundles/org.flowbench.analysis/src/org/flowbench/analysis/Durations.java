package org.flowbench.analysis;

/** Durations as people type them on the command line and in settings: {@code 250ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 1d}. */
public final class Durations {

    private Durations() {
    }

    /** @throws IllegalArgumentException with the text when it is not a duration */
    public static long parseMicros(String text) {
        String t = text.trim();
        int i = 0;
        while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) {
            i++;
        }
        if (i == 0 || i == t.length()) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (examples: 250ms, 30s, 5m, 1h, 1d)");
        }
        double amount;
        try {
            amount = Double.parseDouble(t.substring(0, i));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a duration: '" + text + "'");
        }
        long unit = switch (t.substring(i)) {
        case "us" -> 1L;
        case "ms" -> 1_000L;
        case "s" -> 1_000_000L;
        case "m", "min" -> 60_000_000L;
        case "h" -> 3_600_000_000L;
        case "d" -> 86_400_000_000L;
        default -> throw new IllegalArgumentException("unknown unit in duration '" + text + "' (us, ms, s, m, h, d)");
        };
        double exact = amount * unit;
        if (exact >= 0x1p63) {
            // Math.round would quietly give Long.MAX_VALUE
            throw new IllegalArgumentException("duration too long: '" + text + "' (at most " + Long.MAX_VALUE / 86_400_000_000L + "d)");
        }
        long micros = Math.round(exact);
        if (micros <= 0) {
            throw new IllegalArgumentException("a duration must be positive: '" + text + "'");
        }
        return micros;
    }

    /** @return the shortest exact text for the duration, e.g. "5m", "90s", "1500ms" */
    public static String format(long micros) {
        long[] units = { 86_400_000_000L, 3_600_000_000L, 60_000_000L, 1_000_000L, 1_000L, 1L };
        String[] names = { "d", "h", "m", "s", "ms", "us" };
        for (int i = 0; i < units.length; i++) {
            if (micros % units[i] == 0) {
                return micros / units[i] + names[i];
            }
        }
        return micros + "us";
    }
}
