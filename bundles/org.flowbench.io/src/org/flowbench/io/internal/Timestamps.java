package org.flowbench.io.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.flowbench.model.TimeRange;

/**
 * Timestamps of the CSV formats, as microseconds since the Unix epoch.
 * <p>
 * Read: ISO-8601 date and time ({@code 2026-01-05T08:00:00Z}, {@code 2026-01-05T09:00:00.25+01:00},
 * {@code 2026-01-05 08:00:00}; {@code T} or one space between date and time; an offset {@code Z},
 * {@code +01:00}, {@code +0100} or {@code +01}; no offset means UTC), or a number of epoch units
 * ({@code 1767600000}, {@code 1767600000.25}, also negative) whose unit is told by the size of its
 * whole part: below 10^11 seconds (until the year 5138), below 10^14 milliseconds, below 10^17
 * microseconds, else nanoseconds. Digits finer than a microsecond are dropped.
 * <p>
 * Written: ISO-8601 in UTC, with six fraction digits only when the time is not a whole second.
 */
public final class Timestamps {

    private static final long SECONDS_BELOW = 100_000_000_000L;
    private static final long MILLIS_BELOW = 100_000_000_000_000L;
    private static final long MICROS_BELOW = 100_000_000_000_000_000L;

    /** What {@link #parseUtcFast} answers for text it leaves to the general parser. */
    private static final long NOT_FAST = Long.MIN_VALUE;

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter WHOLE_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private Timestamps() {
    }

    /**
     * @throws IllegalArgumentException with the reason when the text is no timestamp in the forms
     *         above, or one outside the range of the model's microseconds
     */
    public static long parseMicros(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("no timestamp");
        }
        if (isNumber(text)) {
            return parseEpoch(text);
        }
        long fast = parseUtcFast(text);
        return fast != NOT_FAST ? fast : parseIso(text);
    }

    /**
     * The layout the writers produce, {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}][Z]}, without the general
     * parser, which is several times slower: CSV files have millions of these.
     *
     * @return the microseconds, or {@link #NOT_FAST} for any other layout or an invalid value
     */
    private static long parseUtcFast(String s) {
        int n = s.length();
        if (n < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return NOT_FAST;
        }
        char t = s.charAt(10);
        if (t != 'T' && t != 't' && t != ' ') {
            return NOT_FAST;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return NOT_FAST;
        }
        int i = 19;
        long micros = 0;
        if (i < n && s.charAt(i) == '.') {
            int from = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                if (i - from < 6) {
                    micros = micros * 10 + (s.charAt(i) - '0');
                }
                i++;
            }
            if (i == from || i - from > 9) {
                return NOT_FAST;
            }
            for (int k = i - from; k < 6; k++) {
                micros *= 10;
            }
        }
        if (i < n && (s.charAt(i) == 'Z' || s.charAt(i) == 'z')) {
            i++;
        }
        if (i != n) {
            return NOT_FAST; // an offset, or something else: the general parser decides
        }
        long days;
        try {
            days = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return NOT_FAST; // e.g. February 30: the general parser says what is wrong
        }
        return ((days * 24 + hour) * 60 + minute) * 60_000_000L + second * 1_000_000L + micros;
    }

    /** @return the value of the ASCII digits s[from, to), -1 when one is not a digit */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isNumber(String s) {
        int i = s.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
        }
        return digits > 0 && i == s.length();
    }

    private static long parseEpoch(String s) {
        boolean negative = s.charAt(0) == '-';
        int dot = s.indexOf('.');
        String whole = s.substring(negative ? 1 : 0, dot < 0 ? s.length() : dot);
        String fraction = dot < 0 ? "" : s.substring(dot + 1);
        long units;
        try {
            units = Long.parseLong(whole);
        } catch (NumberFormatException e) {
            throw outOfRange(s);
        }
        long micros;
        if (units < SECONDS_BELOW) {
            micros = units * 1_000_000L + fractionOf(fraction, 6);
        } else if (units < MILLIS_BELOW) {
            micros = units * 1_000L + fractionOf(fraction, 3);
        } else if (units < MICROS_BELOW) {
            micros = units;
        } else {
            micros = units / 1_000L;
        }
        return negative ? -micros : micros;
    }

    /** @return the first {@code digits} digits of a fraction as a whole number, padded with zeros */
    private static long fractionOf(String fraction, int digits) {
        long value = 0;
        for (int i = 0; i < digits; i++) {
            value = value * 10 + (i < fraction.length() ? fraction.charAt(i) - '0' : 0);
        }
        return value;
    }

    private static long parseIso(String text) {
        String s = text;
        int space = s.indexOf(' ');
        if (space == 10) {
            s = s.substring(0, 10) + 'T' + s.substring(11);
        }
        TemporalAccessor parsed;
        try {
            parsed = ISO.parse(s);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a timestamp: '" + text
                    + "' (ISO-8601 such as 2026-01-05T08:00:00Z, or epoch seconds such as 1767600000)");
        }
        ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(parsed) : ZoneOffset.UTC;
        try {
            return TimeRange.toMicros(LocalDateTime.from(parsed).toInstant(offset));
        } catch (ArithmeticException | DateTimeException e) {
            throw outOfRange(text);
        }
    }

    private static IllegalArgumentException outOfRange(String text) {
        return new IllegalArgumentException("timestamp out of range: '" + text + "'");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** @return ISO-8601 in UTC, e.g. "2026-01-05T08:00:00Z" or "2026-01-05T08:00:00.000250Z" */
    public static String formatIso(long micros) {
        long seconds = Math.floorDiv(micros, 1_000_000L);
        int fraction = (int) Math.floorMod(micros, 1_000_000L);
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        StringBuilder sb = new StringBuilder(27);
        if (date.getYear() >= 0 && date.getYear() <= 9999) {
            // by hand: the writers print millions of these, and the formatter is several times slower
            pad(sb, date.getYear(), 4).append('-');
            pad(sb, date.getMonthValue(), 2).append('-');
            pad(sb, date.getDayOfMonth(), 2).append('T');
            pad(sb, secondOfDay / 3_600, 2).append(':');
            pad(sb, secondOfDay / 60 % 60, 2).append(':');
            pad(sb, secondOfDay % 60, 2);
        } else {
            WHOLE_SECONDS.formatTo(LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC), sb); // signed years
        }
        if (fraction != 0) {
            pad(sb.append('.'), fraction, 6);
        }
        return sb.append('Z').toString();
    }

    /** Appends a non-negative value with leading zeros to {@code width} digits. */
    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        for (int limit = 10, digits = 1; digits < width; limit *= 10, digits++) {
            if (value < limit) {
                sb.append('0');
            }
        }
        return sb.append(value);
    }
}
