package org.flowbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

import org.flowbench.model.TimeRange;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    @Test
    void isHalfOpen() {
        TimeRange r = new TimeRange(10, 20);
        assertTrue(r.contains(10));
        assertTrue(r.contains(19));
        assertFalse(r.contains(20));
        assertFalse(r.contains(9));
        assertEquals(10, r.lengthMicros());
    }

    @Test
    void intersectsAndOverlaps() {
        TimeRange a = new TimeRange(0, 100);
        TimeRange b = new TimeRange(50, 150);
        assertEquals(new TimeRange(50, 100), a.intersect(b));
        assertTrue(a.overlaps(b));
        TimeRange c = new TimeRange(100, 200);
        assertFalse(a.overlaps(c), "touching half-open ranges share no instant");
        assertTrue(a.intersect(c).isEmpty());
    }

    @Test
    void convertsInstantsExactly() {
        Instant t = Instant.parse("2026-11-28T10:15:30.123456Z");
        long micros = TimeRange.toMicros(t);
        assertEquals(1_795_860_930_123_456L, micros);
        assertEquals(t, TimeRange.toInstant(micros));
        assertEquals(Instant.parse("1969-12-31T23:59:59.999999Z"), TimeRange.toInstant(-1));
    }

    @Test
    void rejectsBackwardRanges() {
        assertThrows(IllegalArgumentException.class, () -> new TimeRange(5, 4));
    }

    /** Every range with ends in 0..6 against the plain set of instants it holds. */
    @Test
    void agreesWithSetsOfInstants() {
        for (int s1 = 0; s1 <= 6; s1++) {
            for (int e1 = s1; e1 <= 6; e1++) {
                for (int s2 = 0; s2 <= 6; s2++) {
                    for (int e2 = s2; e2 <= 6; e2++) {
                        TimeRange a = new TimeRange(s1, e1);
                        TimeRange b = new TimeRange(s2, e2);
                        int shared = 0;
                        for (int t = -1; t <= 7; t++) {
                            boolean inA = t >= s1 && t < e1;
                            assertEquals(inA, a.contains(t));
                            if (inA && t >= s2 && t < e2) {
                                shared++;
                                assertTrue(a.intersect(b).contains(t));
                            }
                        }
                        String what = a + " and " + b;
                        assertEquals(shared > 0, a.overlaps(b), what);
                        assertEquals(a.overlaps(b), b.overlaps(a), what);
                        assertEquals(shared, a.intersect(b).lengthMicros(), what);
                        assertEquals(shared == 0, a.intersect(b).isEmpty(), what);
                        assertEquals(a.intersect(b), b.intersect(a), what);
                        assertEquals(e1 == s1, a.isEmpty());
                    }
                }
            }
        }
    }

    @Test
    void emptyRangesOverlapNothing() {
        TimeRange empty = new TimeRange(5, 5);
        assertFalse(empty.contains(5));
        assertFalse(empty.overlaps(new TimeRange(0, 10)), "no instant lies in an empty range");
        assertFalse(new TimeRange(0, 10).overlaps(empty));
        assertFalse(empty.overlaps(empty));
        assertFalse(TimeRange.ALL.overlaps(empty));
    }

    @Test
    void allHoldsEveryInstantButTheLast() {
        assertTrue(TimeRange.ALL.contains(Long.MIN_VALUE));
        assertTrue(TimeRange.ALL.contains(0));
        assertTrue(TimeRange.ALL.contains(Long.MAX_VALUE - 1));
        assertFalse(TimeRange.ALL.contains(Long.MAX_VALUE), "half-open");
        TimeRange r = new TimeRange(-5, 7);
        assertEquals(r, TimeRange.ALL.intersect(r));
        assertTrue(TimeRange.ALL.overlaps(r));
    }

    /** The length of ALL is 2^64 - 1 microseconds: more than a long holds, but not more than a Duration. */
    @Test
    void lengthOfHugeRangesDoesNotWrap() {
        assertEquals(Long.MAX_VALUE, TimeRange.ALL.lengthMicros(), "saturates instead of turning negative");
        assertEquals(Long.MAX_VALUE, new TimeRange(-1, Long.MAX_VALUE).lengthMicros());
        assertEquals(Long.MAX_VALUE, new TimeRange(0, Long.MAX_VALUE).lengthMicros());
        BigInteger micros = BigInteger.valueOf(Long.MAX_VALUE).subtract(BigInteger.valueOf(Long.MIN_VALUE));
        BigInteger[] secondsAndMicros = micros.divideAndRemainder(BigInteger.valueOf(1_000_000));
        assertEquals(Duration.ofSeconds(secondsAndMicros[0].longValueExact(), secondsAndMicros[1].longValueExact() * 1000),
                TimeRange.ALL.duration());
        assertEquals(Duration.ofMillis(1500), new TimeRange(-500_000, 1_000_000).duration());
        assertEquals(Duration.ZERO, new TimeRange(3, 3).duration());
    }

    @Test
    void convertsInstantsByTruncatingToTheMicrosecondBelow() {
        assertEquals(1, TimeRange.toMicros(Instant.ofEpochSecond(0, 1_999)));
        assertEquals(-1, TimeRange.toMicros(Instant.ofEpochSecond(-1, 999_999_999)));
        assertEquals(-1_000_000, TimeRange.toMicros(Instant.ofEpochSecond(-1)));
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 10_000; i++) {
            long micros = random.nextLong(-(1L << 55), 1L << 55);
            Instant t = TimeRange.toInstant(micros);
            assertEquals(micros, TimeRange.toMicros(t));
            // the JDK's own arithmetic as the peer
            assertEquals(Instant.EPOCH.plus(Duration.of(micros, java.time.temporal.ChronoUnit.MICROS)), t);
        }
        assertEquals(Long.MIN_VALUE, TimeRange.toMicros(TimeRange.toInstant(Long.MIN_VALUE)));
        assertEquals(Long.MAX_VALUE, TimeRange.toMicros(TimeRange.toInstant(Long.MAX_VALUE)));
        assertThrows(ArithmeticException.class, () -> TimeRange.toMicros(Instant.MAX));
        assertEquals(new TimeRange(0, 1_500), TimeRange.of(Instant.EPOCH, Instant.ofEpochMilli(1) .plusNanos(500_999)));
    }

    @Test
    void printsAsInstants() {
        assertEquals("[1970-01-01T00:00:00Z, 1970-01-01T00:00:01.000002Z)", new TimeRange(0, 1_000_002).toString());
        assertNotNull(TimeRange.ALL.toString());
    }
}
