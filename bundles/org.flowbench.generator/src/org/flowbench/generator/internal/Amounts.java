package org.flowbench.generator.internal;

import java.util.Locale;

import org.flowbench.model.TimeRange;

/** Byte counts and durations as people read them in labels. */
final class Amounts {

    private Amounts() {
    }

    /** @return decimal units: "512 B", "3.4 MB", "21.7 GB" */
    static String bytes(long bytes) {
        String[] units = { "B", "kB", "MB", "GB", "TB", "PB", "EB" };
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** @return "4 min 10 s", "3 h 25 min" */
    static String duration(TimeRange window) {
        long seconds = window.lengthMicros() / 1_000_000L;
        if (seconds >= 3600) {
            return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
        }
        return seconds / 60 + " min " + seconds % 60 + " s";
    }
}
