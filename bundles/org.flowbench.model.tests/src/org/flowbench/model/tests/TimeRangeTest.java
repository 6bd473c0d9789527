package org.flowbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

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
}
