package org.flowbench.generator.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.flowbench.generator.AnomalyKind;
import org.flowbench.model.TimeRange;

/**
 * How long each anomaly lasts and where in the traffic it goes. Lengths are drawn in whole seconds
 * from each kind's range; the windows are then laid out in a random order with random gaps, so they
 * never overlap, and start on whole seconds after the start of the traffic.
 */
public final class AnomalyPlanner {

    private AnomalyPlanner() {
    }

    /** @return the shortest and the longest window of the kind */
    static Duration[] lengthRange(AnomalyKind kind) {
        return switch (kind) {
        case PORT_SCAN -> new Duration[] { Duration.ofMinutes(2), Duration.ofMinutes(5) };
        case VOLUMETRIC_BURST -> new Duration[] { Duration.ofMinutes(8), Duration.ofMinutes(12) };
        case SLOW_EXFILTRATION -> new Duration[] { Duration.ofHours(3), Duration.ofHours(5) };
        };
    }

    /** @return the shortest traffic that has room for the longest windows of all the kinds */
    public static Duration requiredDuration(Set<AnomalyKind> kinds) {
        Duration total = Duration.ZERO;
        for (AnomalyKind kind : kinds) {
            total = total.plus(lengthRange(kind)[1]);
        }
        return total;
    }

    /**
     * @param randoms   each kind's own random numbers, of which its length is the first draw
     * @param placement decides the order and the gaps
     * @return the window of each kind, iterated in the order of the kinds
     */
    static Map<AnomalyKind, TimeRange> place(Set<AnomalyKind> kinds, TimeRange traffic,
            Map<AnomalyKind, SplittableRandom> randoms, SplittableRandom placement) {
        List<AnomalyKind> order = new ArrayList<>(kinds); // Set from settings iterates in enum order
        long[] lengths = new long[order.size()];
        long used = 0;
        for (int i = 0; i < order.size(); i++) {
            Duration[] range = lengthRange(order.get(i));
            lengths[i] = randoms.get(order.get(i)).nextLong(range[0].toSeconds(), range[1].toSeconds() + 1);
            used += lengths[i];
        }
        long free = traffic.lengthMicros() / 1_000_000L - used;
        if (free < 0) {
            throw new IllegalArgumentException("the traffic is too short for the anomalies " + kinds);
        }
        for (int i = order.size() - 1; i > 0; i--) {
            int j = placement.nextInt(i + 1);
            AnomalyKind k = order.get(i);
            order.set(i, order.get(j));
            order.set(j, k);
            long l = lengths[i];
            lengths[i] = lengths[j];
            lengths[j] = l;
        }
        long[] gaps = new long[order.size()];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = placement.nextLong(free + 1);
        }
        Arrays.sort(gaps);
        Map<AnomalyKind, TimeRange> windows = new EnumMap<>(AnomalyKind.class);
        long before = 0; // seconds taken by the windows already placed
        for (int i = 0; i < order.size(); i++) {
            long startSecond = gaps[i] + before;
            long start = traffic.startMicros() + startSecond * 1_000_000L;
            windows.put(order.get(i), new TimeRange(start, start + lengths[i] * 1_000_000L));
            before += lengths[i];
        }
        return windows;
    }
}
