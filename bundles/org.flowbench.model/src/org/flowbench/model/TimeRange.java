package org.flowbench.model;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A half-open interval of time {@code [start, end)} in microseconds since the Unix epoch, the time
 * unit of the whole model (pcap's default resolution; NetFlow's milliseconds fit it exactly).
 */
public record TimeRange(long startMicros, long endMicros) {

    /** Every instant the model can hold. */
    public static final TimeRange ALL = new TimeRange(Long.MIN_VALUE, Long.MAX_VALUE);

    public TimeRange {
        if (endMicros < startMicros) {
            throw new IllegalArgumentException("time range ends (" + endMicros + ") before it starts (" + startMicros + ")");
        }
    }

    public static TimeRange of(Instant start, Instant end) {
        return new TimeRange(toMicros(start), toMicros(end));
    }

    /**
     * @return the instant in microseconds, truncated to the microsecond at or before it
     * @throws ArithmeticException when that does not fit a long
     */
    public static long toMicros(Instant instant) {
        long seconds = instant.getEpochSecond();
        long micros = instant.getNano() / 1_000;
        if (seconds < 0 && micros > 0) {
            // keeps the product in range for the earliest second a long of microseconds reaches
            seconds++;
            micros -= 1_000_000;
        }
        return Math.addExact(Math.multiplyExact(seconds, 1_000_000L), micros);
    }

    public static Instant toInstant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    public boolean contains(long micros) {
        return micros >= startMicros && micros < endMicros;
    }

    /** @return whether some instant lies in both ranges (never when one of them is empty) */
    public boolean overlaps(TimeRange other) {
        return other.startMicros < endMicros && startMicros < other.endMicros && !isEmpty() && !other.isEmpty();
    }

    /** @return the overlap of both ranges; empty (start == end) when they do not overlap */
    public TimeRange intersect(TimeRange other) {
        long s = Math.max(startMicros, other.startMicros);
        long e = Math.min(endMicros, other.endMicros);
        return e <= s ? new TimeRange(s, s) : new TimeRange(s, e);
    }

    public boolean isEmpty() {
        return endMicros == startMicros;
    }

    /** @return the length, {@link Long#MAX_VALUE} for ranges longer than that (such as {@link #ALL}) */
    public long lengthMicros() {
        long length = endMicros - startMicros;
        return length < 0 ? Long.MAX_VALUE : length;
    }

    /** @return the exact length, also for ranges that {@link #lengthMicros()} cannot hold */
    public Duration duration() {
        return Duration.of(endMicros, ChronoUnit.MICROS).minus(Duration.of(startMicros, ChronoUnit.MICROS));
    }

    @Override
    public String toString() {
        return "[" + toInstant(startMicros) + ", " + toInstant(endMicros) + ")";
    }
}
