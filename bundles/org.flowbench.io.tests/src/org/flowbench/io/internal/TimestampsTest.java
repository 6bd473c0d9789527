package org.flowbench.io.internal;

import static org.flowbench.io.TestFlows.JAN_5_2026_8AM_MICROS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    private static final long SECOND = 1_000_000L;

    /** Every way of writing 2026-01-05T08:00:00Z that the CSV readers accept. */
    @ParameterizedTest
    @ValueSource(strings = { "2026-01-05T08:00:00Z", "2026-01-05t08:00:00z", "2026-01-05T08:00:00", "2026-01-05 08:00:00",
            "2026-01-05 08:00:00Z", "2026-01-05T09:00:00+01:00", "2026-01-05T09:30:00+0130", "2026-01-05T03:00:00-05",
            "2026-01-05T08:00:00.000Z", "2026-01-05T08:00", "1767600000", "1767600000.0", "1767600000000",
            "1767600000000000", "1767600000000000000" })
    void sameInstantInEveryForm(String text) {
        assertEquals(JAN_5_2026_8AM_MICROS, Timestamps.parseMicros(text));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-01-05T08:00:00.5Z,            500000",
            "2026-01-05T08:00:00.000001Z,       1",
            "2026-01-05T08:00:00.123456Z,       123456",
            "2026-01-05T08:00:00.1234569Z,      123456", // finer than a microsecond is dropped
            "2026-01-05T09:00:00.25+01:00,      250000",
            "1767600000.25,                     250000",
            "1767600000.1234569,                123456",
            "1767600000123,                     123000", // milliseconds
            "1767600000123.4,                   123400",
            "1767600000123456,                  123456", // microseconds
            "1767600000123456789,               123456" }) // nanoseconds
    void fractionsOfASecond(String text, long microsAfter8am) {
        assertEquals(JAN_5_2026_8AM_MICROS + microsAfter8am, Timestamps.parseMicros(text));
    }

    /** The unit of an epoch number changes at 10^11 seconds: one below is seconds, 10^11 is milliseconds. */
    @Test
    void epochUnitIsToldByMagnitude() {
        assertEquals(99_999_999_999L * SECOND, Timestamps.parseMicros("99999999999"));
        assertEquals(100_000_000_000L * 1_000L, Timestamps.parseMicros("100000000000"));
        assertEquals(99_999_999_999_999L * 1_000L, Timestamps.parseMicros("99999999999999"));
        assertEquals(100_000_000_000_000L, Timestamps.parseMicros("100000000000000"));
        assertEquals(100_000_000_000_000_000L / 1_000L, Timestamps.parseMicros("100000000000000000"));
    }

    @Test
    void timesBefore1970() {
        assertEquals(-1_500_000L, Timestamps.parseMicros("-1.5"));
        assertEquals(-1L, Timestamps.parseMicros("1969-12-31T23:59:59.999999Z"));
        assertEquals(0L, Timestamps.parseMicros("1970-01-01T00:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "yesterday", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-01-05T24:00:00Z",
            "2026-01-05", "1.7676e9", "+1767600000", "1767600000,5", "12:00:00", "2026-01-05T08:00:00 UTC",
            "99999999999999999999", "--1", "1767600000.5.5" })
    void rejectsWhatIsNoTimestamp(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Timestamps.parseMicros(text));
        assertTrue(e.getMessage().contains("timestamp"), e.getMessage());
    }

    @Test
    void writesIsoUtcWithMicrosecondsOnlyWhenNeeded() {
        assertEquals("2026-01-05T08:00:00Z", Timestamps.formatIso(JAN_5_2026_8AM_MICROS));
        assertEquals("2026-01-05T08:00:00.000250Z", Timestamps.formatIso(JAN_5_2026_8AM_MICROS + 250));
        assertEquals("2026-01-05T08:00:01.500000Z", Timestamps.formatIso(JAN_5_2026_8AM_MICROS + 1_500_000));
        assertEquals("1969-12-31T23:59:59.999999Z", Timestamps.formatIso(-1));
        assertEquals("1970-01-01T00:00:00Z", Timestamps.formatIso(0));
    }

    /** Both parsing paths (the writers' layout and the general one) against java.time's own ISO text. */
    @Test
    void agreesWithJavaTimeOnRandomTimes() {
        Random random = new Random(8);
        for (int i = 0; i < 10_000; i++) {
            long seconds = random.nextLong(-62_135_596_800L, 253_402_300_800L); // years 1 to 9999
            int nanos = i % 3 == 0 ? 0 : random.nextInt(1_000_000_000);
            long expected = seconds * SECOND + nanos / 1_000;
            String iso = LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC).toString(); // omits :00 seconds
            for (String text : new String[] { iso, iso + "Z", iso.replace('T', ' '), iso + "+00:00", iso + "-00:00" }) {
                assertEquals(expected, Timestamps.parseMicros(text), text);
            }
            String inTokyo = LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.ofHours(9)).toString() + "+09:00";
            if (seconds + 9 * 3_600 < 253_402_300_800L) {
                assertEquals(expected, Timestamps.parseMicros(inTokyo), inTokyo);
            }
        }
    }

    /** The hand-made text against java.time's formatting, also for years before 0 and after 9999. */
    @Test
    void writesWhatJavaTimeWrites() {
        DateTimeFormatter seconds = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
        Random random = new Random(6);
        for (int i = 0; i < 10_000; i++) {
            long micros = random.nextLong(-400_000_000_000_000_000L, 400_000_000_000_000_000L); // years -10706 to 14645
            if (i % 2 == 0) {
                micros -= Math.floorMod(micros, SECOND);
            }
            LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(micros, SECOND), 0, ZoneOffset.UTC);
            long fraction = Math.floorMod(micros, SECOND);
            String expected = seconds.format(t) + (fraction == 0 ? "" : String.format(Locale.ROOT, ".%06d", fraction)) + "Z";
            assertEquals(expected, Timestamps.formatIso(micros));
        }
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        Random random = new Random(5);
        for (int i = 0; i < 10_000; i++) {
            long micros = random.nextLong(-400_000_000_000_000_000L, 400_000_000_000_000_000L); // years -10706 to 14645
            assertEquals(micros, Timestamps.parseMicros(Timestamps.formatIso(micros)), Timestamps.formatIso(micros));
        }
    }
}
