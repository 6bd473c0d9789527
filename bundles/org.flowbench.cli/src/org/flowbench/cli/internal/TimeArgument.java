package org.flowbench.cli.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.flowbench.model.TimeRange;

/**
 * Reads {@code --from} and {@code --to}: ISO-8601 (with Z or an offset, or without a zone, which
 * means UTC; a date alone means its midnight) or seconds since the epoch (with a fraction).
 */
final class TimeArgument {

    private TimeArgument() {
    }

    /** @return epoch microseconds */
    static long parse(String text) {
        String t = text.trim();
        try {
            if (t.matches("-?\\d+(\\.\\d+)?")) {
                return new BigDecimal(t).movePointRight(6).longValueExact();
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return TimeRange.toMicros(LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            String iso = t.replace(' ', 'T');
            try {
                return TimeRange.toMicros(OffsetDateTime.parse(iso).toInstant());
            } catch (DateTimeParseException e) {
                return TimeRange.toMicros(LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC));
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("not a time: '" + text + "' (ISO-8601 such as 2026-01-05T08:00:00Z, or epoch seconds)");
        }
    }
}
