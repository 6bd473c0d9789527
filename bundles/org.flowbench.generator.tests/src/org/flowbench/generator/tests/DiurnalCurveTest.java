package org.flowbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flowbench.generator.internal.DiurnalCurve;
import org.junit.jupiter.api.Test;

class DiurnalCurveTest {

    private static double[] levels() {
        double[] l = new double[24];
        for (int h = 0; h < 24; h++) {
            l[h] = h < 12 ? 1 : 3; // a day three times as busy in its second half
        }
        return l;
    }

    @Test
    void levelsHoldAtTheMiddleOfTheirHourAndRunStraightBetween() {
        DiurnalCurve curve = new DiurnalCurve(levels());
        assertEquals(1.0, curve.level(5.5 / 24), 1e-12);
        assertEquals(3.0, curve.level(17.5 / 24), 1e-12);
        assertEquals(2.0, curve.level(12.0 / 24), 1e-12, "half way from 11:30 to 12:30");
        assertEquals(2.0, curve.level(0.0), 1e-12, "across midnight: half way from 23:30 to 0:30");
        assertEquals(1.5, curve.level(11.75 / 24), 1e-12);
    }

    @Test
    void theClockSpendsTimeWhereTheCurveIsHigh() {
        DiurnalCurve curve = new DiurnalCurve(levels());
        long length = 86_400_000_000L;
        DiurnalCurve.Clock clock = curve.new Clock(1_000, length);
        // Integral of the levels over the day: 11 h at 1, 11 h at 3, and two one-hour ramps averaging 2
        // (11:30-12:30 and 23:30-0:30): 48 level-hours. Up to noon: 0.75 (0:00-0:30, from 2 down to 1)
        // + 11 + 0.75 (11:30-12:00, from 1 up to 2) = 12.5.
        long hour = length / 24;
        // a quarter (12 level-hours) is reached at 11:30 + x with x + x^2 = 0.25, x = (sqrt(2) - 1) / 2 h
        assertEquals(1_000 + 11.5 * hour + (Math.sqrt(2) - 1) / 2 * hour, clock.timeAt(0.25), 60e6);
        long quarter = clock.timeAt(12.5 / 48);
        assertEquals(1_000 + 12 * hour, quarter, 60e6);
        long last = clock.timeAt(0.999999);
        assertTrue(last > quarter && last < 1_000 + length);
        assertEquals(1_000 + length - 1, clock.timeAt(Math.nextDown(1.0)), 100, "the end stays inside the range");
    }

    @Test
    void theBusiestMinuteHasItsShare() {
        DiurnalCurve flat = new DiurnalCurve(new double[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
                1, 1, 1 });
        assertEquals(1.0 / 1440, flat.busiestMinuteShare(86_400_000_000L), 1e-12);
        assertEquals(1.0 / 60, flat.busiestMinuteShare(3_600_000_000L), 1e-12);
        assertEquals(1.0, flat.busiestMinuteShare(30_000_000L), 1e-12, "a 30-second day is all in one minute");
    }

    @Test
    void rejectsWrongLevels() {
        assertThrows(IllegalArgumentException.class, () -> new DiurnalCurve(new double[23]));
        assertThrows(IllegalArgumentException.class, () -> new DiurnalCurve(new double[24]));
    }
}
