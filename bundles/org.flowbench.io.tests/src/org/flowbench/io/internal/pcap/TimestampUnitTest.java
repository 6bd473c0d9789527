package org.flowbench.io.internal.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** pcapng timestamps in every resolution, worked out by hand. */
class TimestampUnitTest {

    @ParameterizedTest(name = "if_tsresol {0}: {1} units are {2} us")
    @CsvSource({
            "6, 1767600000123456, 1767600000123456", // microseconds, the default
            "9, 1767600000123456789, 1767600000123456", // nanoseconds: 789 ns dropped
            "3, 1767600000123, 1767600000123000", // milliseconds
            "0, 1767600000, 1767600000000000", // seconds
            "7, 17676000001234569, 1767600000123456", // 100 ns
            "128, 1767600000, 1767600000000000", // 2^0 s
            "138, 1024, 1000000", // 2^-10 s: 1024 units are a second
            "138, 1536, 1500000", // and 512 half a second
            "148, 1048577, 1000000", // 2^-20 s: a second and one unit, which is below a microsecond
            "19, 1000000000000000000, 100000", // 10^-19 s: 10^18 units are a tenth of a second
            "25, 123456789, 0", // 10^-25 s: far below a microsecond
    })
    void resolutions(int tsresol, long units, long micros) {
        assertEquals(micros, TimestampUnit.of(tsresol, 0).toMicros(units));
    }

    @Test
    void theOffsetAddsSeconds() {
        assertEquals(3_600_000_001L, TimestampUnit.of(6, 3600).toMicros(1));
        assertEquals(-1_000_000L, TimestampUnit.of(6, -1).toMicros(0));
    }

    @Test
    void valuesBeyondALongAreClampedNotWrapped() {
        assertEquals(Long.MAX_VALUE, TimestampUnit.of(0, 0).toMicros(-1L)); // 2^64-1 seconds
        assertEquals(Long.MAX_VALUE, TimestampUnit.of(6, 0).toMicros(-1L));
        assertEquals(Long.MAX_VALUE, TimestampUnit.of(6, Long.MAX_VALUE).toMicros(Long.MAX_VALUE));
        assertEquals(Long.MIN_VALUE, TimestampUnit.of(6, Long.MIN_VALUE).toMicros(0));
        assertEquals(Long.divideUnsigned(-1L, 1000), TimestampUnit.of(9, 0).toMicros(-1L));
        // 2^-127 s: every 64-bit count is far below a microsecond
        assertEquals(0, TimestampUnit.of(0xFF, 0).toMicros(-1L));
        // 2^-64 s: 2^64-1 units are just under one second
        assertEquals(999_999, TimestampUnit.of(0x80 | 64, 0).toMicros(-1L));
    }
}
