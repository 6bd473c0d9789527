package org.flowbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flowbench.analysis.Ranking;
import org.flowbench.analysis.TimeSeries;

/** Whole-result comparisons for the results that hold arrays (records compare arrays by identity). */
public final class Results {

    private Results() {
    }

    /** Every field; an empty series' start is not compared, since it has no buckets to place. */
    public static void assertSeries(TimeSeries expected, TimeSeries actual, String context) {
        assertEquals(expected.title(), actual.title(), context);
        assertEquals(expected.unit(), actual.unit(), context);
        assertEquals(expected.bucketMicros(), actual.bucketMicros(), context);
        assertArrayEquals(expected.values(), actual.values(), context);
        if (expected.size() > 0) {
            assertEquals(expected.startMicros(), actual.startMicros(), context);
        }
    }

    public static void assertRanking(Ranking expected, Ranking actual, String context) {
        assertEquals(expected.title(), actual.title(), context);
        assertEquals(expected.keyLabel(), actual.keyLabel(), context);
        assertEquals(expected.metrics(), actual.metrics(), context);
        assertEquals(expected.entries().stream().map(Ranking.Entry::key).toList(), actual.entries().stream().map(Ranking.Entry::key).toList(),
                context + ": keys");
        for (int i = 0; i < expected.entries().size(); i++) {
            assertArrayEquals(expected.entries().get(i).values(), actual.entries().get(i).values(), context + ": entry " + i);
        }
        assertArrayEquals(expected.other(), actual.other(), context + ": other");
        assertEquals(expected.otherKeys(), actual.otherKeys(), context + ": other keys");
        assertArrayEquals(expected.total(), actual.total(), context + ": total");
    }
}
