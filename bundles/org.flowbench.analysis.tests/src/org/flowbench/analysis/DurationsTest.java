package org.flowbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({ "100us, 100", "250ms, 250000", "30s, 30000000", "5m, 300000000", "5min, 300000000", "1h, 3600000000",
            "1d, 86400000000", "1.5s, 1500000", "0.5ms, 500", "'  2m ', 120000000", "0.25h, 900000000" })
    void parsesAmountAndUnit(String text, long micros) {
        assertEquals(micros, Durations.parseMicros(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "5", "m", "5x", "5 m", "-5s", "0s", "0.0000001s", "1.2.3s", ".s", "5M", "1e3s", "99999999999999999999d",
            "106751992d", "9999999999999999999us" })
    void refusesWhatIsNotAPositiveDurationAndQuotesIt(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parseMicros(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({ "300000000, 5m", "90000000, 90s", "1500000, 1500ms", "86400000000, 1d", "172800000000, 2d", "3600000000, 1h", "7, 7us",
            "1001, 1001us", "1000, 1ms", "5400000000, 90m" })
    void formatsTheLargestExactUnit(long micros, String text) {
        assertEquals(text, Durations.format(micros));
    }

    @Test
    void formatReadsBackToTheSameDuration() {
        SplittableRandom random = new SplittableRandom(42);
        long[] units = { 1, 1_000, 1_000_000, 60_000_000L, 3_600_000_000L, 86_400_000_000L };
        for (int i = 0; i < 5_000; i++) {
            long micros = (1 + random.nextLong(100_000)) * units[random.nextInt(units.length)];
            assertEquals(micros, Durations.parseMicros(Durations.format(micros)), () -> Durations.format(micros));
        }
    }
}
