package org.flowbench.ui;

import java.util.Locale;

/**
 * Traffic amounts as people read them: 1.5 MB, 12 Mbit/s. Decimal prefixes (k = 1000), as network
 * tools use for rates and as Wireshark shows sizes.
 */
public final class TrafficUnits {

    private static final String[] PREFIXES = { "", "k", "M", "G", "T", "P", "E" };

    private TrafficUnits() {
    }

    /** @return e.g. "950 B", "1.5 KB", "12.3 MB" */
    public static String bytes(double bytes) {
        return scaled(bytes, "B");
    }

    /** @return e.g. "800 bit", "1.2 Mbit" */
    public static String bits(double bits) {
        return scaled(bits, "bit");
    }

    /** @return the amount in the unit of the preferences: bytes, or bits (8 per byte) */
    public static String volume(double bytes) {
        return FlowbenchPreferences.bits() ? bits(bytes * 8) : bytes(bytes);
    }

    /** @return a rate in the unit of the preferences, e.g. "4.2 MB/s" or "33.6 Mbit/s" */
    public static String rate(double bytesPerSecond) {
        return volume(bytesPerSecond) + "/s";
    }

    /** @return e.g. "1,234,567" */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String scaled(double value, String unit) {
        int p = 0;
        double v = Math.abs(value);
        while (v >= 999.95 && p < PREFIXES.length - 1) {
            v /= 1000;
            p++;
        }
        double signed = Math.signum(value) * v;
        String number = p == 0 || v >= 100 ? String.format(Locale.ROOT, "%.0f", signed) : String.format(Locale.ROOT, "%.1f", signed);
        String prefix = PREFIXES[p].equals("k") && unit.equals("B") ? "K" : PREFIXES[p];
        return number + " " + prefix + unit;
    }
}
