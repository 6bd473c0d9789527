package org.flowbench.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.flowbench.model.TimeRange;

/** Times and durations as the views show them: UTC, to the second, durations like "2h 15m". */
public final class TimeFormats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private TimeFormats() {
    }

    /** @return e.g. "2026-01-05 08:15:00" (UTC) */
    public static String time(long micros) {
        return DATE_TIME.format(TimeRange.toInstant(micros));
    }

    /** @return e.g. "2026-01-05 08:00:00 – 09:30:00 UTC (1h 30m)"; the second date only when it differs, so it stays short */
    public static String range(TimeRange range) {
        String from = time(range.startMicros());
        String to = time(range.endMicros());
        String shownTo = from.substring(0, 10).equals(to.substring(0, 10)) ? to.substring(11) : to;
        return from + " – " + shownTo + " UTC (" + duration(range.lengthMicros()) + ")";
    }

    /** @return e.g. "1d 2h", "2h 15m", "5m 30s", "1.5s", "250ms" */
    public static String duration(long micros) {
        long seconds = micros / 1_000_000;
        if (seconds >= 86_400) {
            return seconds / 86_400 + "d" + (seconds % 86_400 >= 3600 ? " " + (seconds % 86_400) / 3600 + "h" : "");
        }
        if (seconds >= 3600) {
            return seconds / 3600 + "h" + (seconds % 3600 >= 60 ? " " + (seconds % 3600) / 60 + "m" : "");
        }
        if (seconds >= 60) {
            return seconds / 60 + "m" + (seconds % 60 > 0 ? " " + seconds % 60 + "s" : "");
        }
        if (micros >= 1_000_000) {
            return String.format(java.util.Locale.ROOT, "%.1fs", micros / 1e6);
        }
        return micros >= 1000 ? micros / 1000 + "ms" : micros + "us";
    }
}
