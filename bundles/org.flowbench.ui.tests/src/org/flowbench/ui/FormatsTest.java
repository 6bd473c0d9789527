package org.flowbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flowbench.model.TimeRange;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void bytesInDecimalUnits() {
        assertEquals("0 B", TrafficUnits.bytes(0));
        assertEquals("950 B", TrafficUnits.bytes(950));
        assertEquals("1.5 KB", TrafficUnits.bytes(1500));
        assertEquals("12.3 MB", TrafficUnits.bytes(12_340_000));
        assertEquals("182 GB", TrafficUnits.bytes(182_400_000_000.0));
        assertEquals("1.0 KB", TrafficUnits.bytes(999.96)); // rounds up into the next unit, never "1000 B"
        assertEquals("8.0 kbit", TrafficUnits.bits(8000));
        assertEquals("1,234,567", TrafficUnits.count(1_234_567));
    }

    @Test
    void timesInUtcAndShortDurations() {
        long t = TimeRange.toMicros(java.time.Instant.parse("2026-01-05T08:15:30Z"));
        assertEquals("2026-01-05 08:15:30", TimeFormats.time(t));
        assertEquals("2026-01-05 08:15:30 – 10:15:30 UTC (2h)", TimeFormats.range(new TimeRange(t, t + 7_200_000_000L)));
        assertEquals("2026-01-05 08:15:30 – 2026-01-06 08:15:30 UTC (1d)", TimeFormats.range(new TimeRange(t, t + 86_400_000_000L)));
        assertEquals("2h 15m", TimeFormats.duration(8_100_000_000L));
        assertEquals("5m 30s", TimeFormats.duration(330_000_000L));
        assertEquals("1.5s", TimeFormats.duration(1_500_000L));
        assertEquals("250ms", TimeFormats.duration(250_000L));
        assertEquals("1d 2h", TimeFormats.duration(93_600_000_000L));
    }
}
