package org.flowbench.ui.charts.internal;

import java.util.Locale;
import java.util.function.DoubleFunction;

import org.flowbench.analysis.Durations;
import org.flowbench.analysis.Unit;
import org.flowbench.ui.TrafficUnits;

/** How the charts write values and durations: short, in human units, decimal prefixes as TrafficUnits. */
public final class ValueFormats {

    private static final String[] PREFIXES = { "", "k", "M", "G", "T", "P", "E" };

    private ValueFormats() {
    }

    /** @return e.g. "950", "12.3 k", "4.5 M": counts of packets or flows */
    public static String count(double n) {
        int p = 0;
        double v = Math.abs(n);
        while (v >= 999.95 && p < PREFIXES.length - 1) {
            v /= 1000;
            p++;
        }
        double signed = Math.signum(n) * v;
        if (p == 0) {
            return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", signed) : String.format(Locale.ROOT, "%.1f", signed);
        }
        return (v >= 100 ? String.format(Locale.ROOT, "%.0f", signed) : String.format(Locale.ROOT, "%.1f", signed)) + " " + PREFIXES[p];
    }

    /** @return how values of the unit read: volumes in bytes or bits as the preferences say, counts short */
    public static DoubleFunction<String> of(Unit unit) {
        return unit == Unit.BYTES ? TrafficUnits::volume : ValueFormats::count;
    }

    /** @return e.g. "12.3%", or "<0.1%" for a part that is not nothing but rounds to it */
    public static String share(double part, double whole) {
        if (whole <= 0) {
            return "0.0%";
        }
        double percent = 100 * part / whole;
        return part > 0 && percent < 0.05 ? "<0.1%" : String.format(Locale.ROOT, "%.1f%%", percent);
    }

    /** @return e.g. "100 ms", "1 s", "5 min", "1 h", "1 d" */
    public static String duration(long micros) {
        String exact = Durations.format(micros);
        int i = 0;
        while (i < exact.length() && Character.isDigit(exact.charAt(i))) {
            i++;
        }
        String unit = switch (exact.substring(i)) {
        case "m" -> "min";
        case "us" -> "µs";
        default -> exact.substring(i);
        };
        return exact.substring(0, i) + " " + unit;
    }
}
