package org.flowbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

    @Test
    void timesInEveryAcceptedForm() {
        long micros = 1_767_600_240_000_000L; // 2026-01-05T08:04:00Z
        assertEquals(micros, TimeArgument.parse("2026-01-05T08:04:00Z"));
        assertEquals(micros, TimeArgument.parse("2026-01-05T09:04:00+01:00"));
        assertEquals(micros, TimeArgument.parse("2026-01-05 08:04:00"));
        assertEquals(micros, TimeArgument.parse("2026-01-05T08:04"));
        assertEquals(micros, TimeArgument.parse("1767600240"));
        assertEquals(micros + 500_000, TimeArgument.parse("1767600240.5"));
        assertEquals(1_767_571_200_000_000L, TimeArgument.parse("2026-01-05"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeArgument.parse("yesterday"));
        assertEquals(true, e.getMessage().contains("'yesterday'"));
    }
}
