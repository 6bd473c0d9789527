package org.flowbench.ui.charts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Round tick marks for a time axis in UTC: steps of 1, 2, 5 ... ms, 1, 2, 5, 10, 15, 30 s and min,
 * 1, 2, 3, 6, 12 h and days, then calendar months (1, 2, 3, 6) and years (1, 2, 5, 10): the
 * smallest that leaves room for its labels. Labels show what changes at that step ("14:30",
 * "14:30:15", "14:30:15.250", "Mar 2021", "2021"); a tick at midnight shows the date.
 */
public final class TimeTicks {

    /** One tick. */
    public record Tick(long micros, String label) {
    }

    private static final long MS = 1_000L;
    private static final long S = 1_000_000L;
    private static final long MIN = 60 * S;
    private static final long H = 60 * MIN;
    private static final long D = 24 * H;
    private static final long[] STEPS = { MS, 2 * MS, 5 * MS, 10 * MS, 20 * MS, 50 * MS, 100 * MS, 200 * MS, 500 * MS, S, 2 * S, 5 * S,
            10 * S, 15 * S, 30 * S, MIN, 2 * MIN, 5 * MIN, 10 * MIN, 15 * MIN, 30 * MIN, H, 2 * H, 3 * H, 6 * H, 12 * H, D, 2 * D, 7 * D,
            14 * D, 28 * D };

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    /**
     * Month names of our own: a pattern's "MMM" looks them up in the JDK's locale data, whose first
     * load cost the UI thread about 25 ms when a chart first painted its axis.
     */
    private static final Map<Long, String> MONTH_NAMES = Map.ofEntries(Map.entry(1L, "Jan"), Map.entry(2L, "Feb"), Map.entry(3L, "Mar"),
            Map.entry(4L, "Apr"), Map.entry(5L, "May"), Map.entry(6L, "Jun"), Map.entry(7L, "Jul"), Map.entry(8L, "Aug"),
            Map.entry(9L, "Sep"), Map.entry(10L, "Oct"), Map.entry(11L, "Nov"), Map.entry(12L, "Dec"));
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder().appendText(ChronoField.MONTH_OF_YEAR, MONTH_NAMES)
            .appendLiteral(' ').appendValue(ChronoField.DAY_OF_MONTH).toFormatter(Locale.ROOT);
    private static final DateTimeFormatter MONTH = new DateTimeFormatterBuilder().appendText(ChronoField.MONTH_OF_YEAR, MONTH_NAMES)
            .appendLiteral(' ').appendValue(ChronoField.YEAR, 4).toFormatter(Locale.ROOT);
    /** Steps beyond the fixed ones, in calendar months: months are not all of one length. */
    private static final int[] MONTH_STEPS = { 1, 2, 3, 6, 12, 24, 60, 120 };
    /** A Gregorian year's average month, to choose a step of months. */
    private static final long AVERAGE_MONTH = 2_629_746L * 1_000_000L;
    /** For tooltips and the peak label. */
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private TimeTicks() {
    }

    /**
     * @param from      the left edge, epoch microseconds
     * @param to        the right edge, after {@code from}
     * @param pixels    the axis length
     * @param labelRoom the pixels a label needs, with a gap
     * @return the ticks in [from, to], left to right
     */
    public static List<Tick> ticks(long from, long to, int pixels, int labelRoom) {
        if (inMonths(to - from, pixels, labelRoom)) {
            return monthTicks(from, to, pixels, labelRoom);
        }
        long step = step(to - from, pixels, labelRoom);
        List<Tick> ticks = new ArrayList<>();
        long first = Math.floorDiv(from, step) * step;
        if (first < from) {
            first += step;
        }
        for (long t = first; t <= to && ticks.size() <= pixels; t += step) {
            ticks.add(new Tick(t, label(t, step)));
        }
        return ticks;
    }

    /** @return whether a range this long needs calendar months: no fixed step leaves the room */
    public static boolean inMonths(long span, int pixels, int labelRoom) {
        return !fits(step(span, pixels, labelRoom), span, pixels, labelRoom);
    }

    private static boolean fits(long step, long span, int pixels, int labelRoom) {
        return (double) step / span * pixels >= labelRoom;
    }

    /** @return ticks at the first of every n-th month (or year) for ranges too long for fixed steps */
    private static List<Tick> monthTicks(long from, long to, int pixels, int labelRoom) {
        int months = MONTH_STEPS[MONTH_STEPS.length - 1];
        for (int m : MONTH_STEPS) {
            if (fits(m * AVERAGE_MONTH, to - from, pixels, labelRoom)) {
                months = m;
                break;
            }
        }
        LocalDate start = utc(from).toLocalDate();
        long index = Math.floorDiv(start.getYear() * 12L + start.getMonthValue() - 1, months) * months;
        List<Tick> ticks = new ArrayList<>();
        for (;; index += months) {
            LocalDate first = LocalDate.of((int) Math.floorDiv(index, 12), (int) Math.floorMod(index, 12) + 1, 1);
            long t = first.atStartOfDay(ZoneOffset.UTC).toEpochSecond() * S;
            if (t > to) {
                return ticks;
            }
            if (t >= from) {
                ticks.add(new Tick(t, months < 12 ? MONTH.format(first) : String.valueOf(first.getYear())));
            }
        }
    }

    private static ZonedDateTime utc(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, S), Math.floorMod(micros, S) * 1_000).atZone(ZoneOffset.UTC);
    }

    /** @return the smallest round step whose ticks are at least labelRoom pixels apart */
    public static long step(long span, int pixels, int labelRoom) {
        for (long s : STEPS) {
            if (fits(s, span, pixels, labelRoom)) {
                return s;
            }
        }
        return STEPS[STEPS.length - 1];
    }

    /** @return the tick's label for ticks this far apart */
    public static String label(long micros, long step) {
        ZonedDateTime t = utc(micros);
        if (step >= D || Math.floorMod(micros, D) == 0) {
            return DATE.format(t);
        }
        if (step < S) {
            return MILLIS.format(t);
        }
        return step < MIN ? SECONDS.format(t) : MINUTES.format(t);
    }

    /** @return e.g. "2026-01-05 14:30:00", for tooltips; milliseconds only when there are some */
    public static String instant(long micros) {
        ZonedDateTime t = utc(micros);
        return Math.floorMod(micros, S) == 0 ? FULL.format(t) : FULL.format(t) + String.format(Locale.ROOT, ".%03d", Math.floorMod(micros, S) / 1000);
    }

    /** @return "14:30:00" or "14:30:00.250": the time of day, for the peak label */
    public static String timeOfDay(long micros) {
        ZonedDateTime t = utc(micros);
        return Math.floorMod(micros, S) == 0 ? SECONDS.format(t) : MILLIS.format(t);
    }

    /** @return whether both instants fall on one UTC day */
    public static boolean sameDay(long a, long b) {
        return Math.floorDiv(a, D) == Math.floorDiv(b, D);
    }

    /** @return "2026-01-05", or "2026-01-05 – 2026-01-06" when the range spans days: for the axis title */
    public static String dates(long from, long to) {
        DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE;
        ZonedDateTime a = Instant.ofEpochSecond(Math.floorDiv(from, S)).atZone(ZoneOffset.UTC);
        ZonedDateTime b = Instant.ofEpochSecond(Math.floorDiv(Math.max(from, to - 1), S)).atZone(ZoneOffset.UTC);
        return a.toLocalDate().equals(b.toLocalDate()) ? day.format(a) : day.format(a) + " – " + day.format(b);
    }
}
