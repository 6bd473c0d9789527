package org.flowbench.ui.charts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.flowbench.model.TimeRange;
import org.junit.jupiter.api.Test;

/** Round UTC ticks and their labels. */
class TimeTicksTest {

    private static final long DAY_START = TimeRange.toMicros(Instant.parse("2026-01-05T00:00:00Z"));
    private static final long HOUR = 3_600_000_000L;

    @Test
    void aDayIn1200PixelsHasATickEveryTwoHoursWithTheDateAtMidnight() {
        // labels 60 px apart: at least 86,400 s / 1200 px * 60 px = 4,320 s, so 2 h
        List<TimeTicks.Tick> ticks = TimeTicks.ticks(DAY_START, DAY_START + 24 * HOUR, 1200, 60);
        assertEquals(List.of("Jan 5", "02:00", "04:00", "06:00", "08:00", "10:00", "12:00", "14:00", "16:00", "18:00", "20:00",
                "22:00", "Jan 6"), ticks.stream().map(TimeTicks.Tick::label).toList());
        assertEquals(DAY_START + 2 * HOUR, ticks.get(1).micros());
    }

    @Test
    void rangesOfMonthsAndYearsTickAtTheFirstOfCalendarMonthsAndYears() {
        // 2020-07-28 to 2024-08-01 (a capture collected over years) in 1200 px, labels 90 px apart:
        // at least 1,465 d / 1200 px * 90 px = 110 d, so every 6 months, on the first of January and July
        long from = TimeRange.toMicros(Instant.parse("2020-07-28T17:34:54Z"));
        long to = TimeRange.toMicros(Instant.parse("2024-08-01T19:21:50Z"));
        List<TimeTicks.Tick> ticks = TimeTicks.ticks(from, to, 1200, 90);
        assertEquals(List.of("Jan 2021", "Jul 2021", "Jan 2022", "Jul 2022", "Jan 2023", "Jul 2023", "Jan 2024", "Jul 2024"),
                ticks.stream().map(TimeTicks.Tick::label).toList());
        assertEquals(TimeRange.toMicros(Instant.parse("2021-07-01T00:00:00Z")), ticks.get(1).micros());
        // in 300 px: at least 440 d, so every 2 years, labelled by the year
        assertEquals(List.of("2022", "2024"), TimeTicks.ticks(from, to, 300, 90).stream().map(TimeTicks.Tick::label).toList());
    }

    @Test
    void shortRangesShowSecondsAndMilliseconds() {
        long start = DAY_START + 10 * HOUR + 7_500_000L; // 10:00:07.5
        List<TimeTicks.Tick> seconds = TimeTicks.ticks(start, start + 60_000_000L, 600, 80);
        // 60 s / 600 px * 80 px = 8 s: 10 s steps, from 10:00:10
        assertEquals(List.of("10:00:10", "10:00:20", "10:00:30", "10:00:40", "10:00:50", "10:01:00"),
                seconds.stream().map(TimeTicks.Tick::label).toList());
        List<TimeTicks.Tick> millis = TimeTicks.ticks(start, start + 1_000_000L, 500, 100);
        // 1 s / 500 px * 100 px = 200 ms, on multiples of 200 ms
        assertEquals(List.of("10:00:07.600", "10:00:07.800", "10:00:08.000", "10:00:08.200", "10:00:08.400"),
                millis.stream().map(TimeTicks.Tick::label).toList());
    }

    @Test
    void bucketsCountsAndSharesRead() {
        assertEquals("1 min", ValueFormats.duration(60_000_000L));
        assertEquals("100 ms", ValueFormats.duration(100_000L));
        assertEquals("1 s", ValueFormats.duration(1_000_000L));
        assertEquals("6 h", ValueFormats.duration(6 * HOUR));
        assertEquals("12.3 k", ValueFormats.count(12_345));
        assertEquals("40", ValueFormats.count(40));
        assertEquals("<0.1%", ValueFormats.share(273, 619_000_000), "a part that is not nothing");
        assertEquals("0.0%", ValueFormats.share(0, 619_000_000));
        assertEquals("33.7%", ValueFormats.share(337, 1000));
    }
}
