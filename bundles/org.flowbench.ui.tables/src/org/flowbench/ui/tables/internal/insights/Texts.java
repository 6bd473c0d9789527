package org.flowbench.ui.tables.internal.insights;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.flowbench.model.TimeRange;

/** Times and durations as an insight states them, in UTC. */
public final class Texts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd ", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Texts() {
    }

    /** @return e.g. "2026-01-05 14:00–15:00", with seconds when the range does not start and end on minutes */
    public static String when(TimeRange range) {
        Instant start = TimeRange.toInstant(range.startMicros());
        Instant end = TimeRange.toInstant(range.endMicros());
        boolean minutes = range.startMicros() % 60_000_000L == 0 && range.endMicros() % 60_000_000L == 0;
        DateTimeFormatter clock = minutes ? MINUTE : SECOND;
        boolean sameDay = DAY.format(start).equals(DAY.format(end.minusNanos(1)));
        return DAY.format(start) + clock.format(start) + "\u2013" + (sameDay ? "" : DAY.format(end)) + clock.format(end) + " UTC";
    }

    /** @return e.g. "2 min 37 s", "3 h 53 min", "45 s" */
    public static String duration(long micros) {
        long s = Math.round(micros / 1e6);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
        }
        long minutes = Math.round(s / 60.0);
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    /** @return e.g. "12.3%" */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
