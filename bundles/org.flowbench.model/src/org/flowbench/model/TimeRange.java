package org.flowbench.model;

import java.time.Duration;
import java.time.Instant;

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

    public static long toMicros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    public static Instant toInstant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    public boolean contains(long micros) {
        return micros >= startMicros && micros < endMicros;
    }

    /** @return whether some instant lies in both ranges */
    public boolean overlaps(TimeRange other) {
        return other.startMicros < endMicros && startMicros < other.endMicros;
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

    public long lengthMicros() {
        return endMicros - startMicros;
    }

    public Duration duration() {
        return Duration.of(lengthMicros(), java.time.temporal.ChronoUnit.MICROS);
    }

    @Override
    public String toString() {
        return "[" + toInstant(startMicros) + ", " + toInstant(endMicros) + ")";
    }
}
