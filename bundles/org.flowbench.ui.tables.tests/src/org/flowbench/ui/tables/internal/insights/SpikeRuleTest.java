package org.flowbench.ui.tables.internal.insights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The spike rule against its definition, computed naively, on random series. */
class SpikeRuleTest {

    @Test
    void medianAndThresholdFollowTheDefinition() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(300);
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(4) == 0 ? random.nextInt(1_000_000) : 1000 + random.nextInt(100);
            }
            double k = 1 + random.nextInt(8);
            SpikeRule rule = new SpikeRule(k);
            double median = naiveMedian(toList(values));
            List<Double> deviations = new ArrayList<>();
            for (long v : values) {
                deviations.add(Math.abs(v - median));
            }
            double threshold = median + k * 1.4826 * naiveMedian(deviations);
            assertEquals(median, SpikeRule.median(values), 1e-9);
            assertEquals(threshold, rule.threshold(values), 1e-6 * Math.max(1, threshold));
            boolean[] expected = new boolean[n];
            for (int i = 0; i < n; i++) {
                expected[i] = values[i] > threshold;
            }
            assertArrayEquals(expected, rule.spikes(values));
        }
    }

    @Test
    void aBurstStandsOutOfSteadyTraffic() {
        long[] values = new long[60];
        for (int i = 0; i < 60; i++) {
            values[i] = 1000 + (i % 5) * 10; // 1000..1040: median 1020, MAD 10
        }
        values[30] = 1200;
        values[31] = 1100;
        boolean[] spikes = SpikeRule.DEFAULT.spikes(values); // threshold 1020 + 6 * 14.8 = 1109
        for (int i = 0; i < 60; i++) {
            assertEquals(i == 30, spikes[i], "minute " + i);
        }
    }

    /** The median by peeling off the smallest and the largest until one or two values are left. */
    private static double naiveMedian(List<Double> values) {
        List<Double> left = new ArrayList<>(values);
        while (left.size() > 2) {
            left.remove(Collections.min(left));
            left.remove(Collections.max(left));
        }
        return left.size() == 1 ? left.get(0) : (left.get(0) + left.get(1)) / 2;
    }

    private static List<Double> toList(long[] values) {
        List<Double> list = new ArrayList<>();
        for (long v : values) {
            list.add((double) v);
        }
        return list;
    }
}
