package org.flowbench.analysis.portscan.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * One scan or sweep seen in one window; {@link #merge} joins the windows of one activity.
 *
 * @param sweep   a host sweep (else a port scan)
 * @param source  address id of the prober
 * @param target  address id of the scanned host; -1 for a sweep
 * @param members the distinct ports (scan) or destination ids (sweep)
 * @param first   start of the first probe
 * @param last    start of the last probe
 */
record Hit(boolean sweep, int source, int target, BitSet members, long first, long last) {

    private static final Comparator<Hit> BY_ACTOR = Comparator.comparing(Hit::sweep).thenComparingInt(Hit::source)
            .thenComparingInt(Hit::target).thenComparingLong(Hit::first);

    int count() {
        return members.cardinality();
    }

    /**
     * Joins hits of the same kind, source and target whose probes are at most {@code gap} apart:
     * windows overlap by half, so one burst shows in two of them, and a long scan in many.
     */
    static List<Hit> merge(List<Hit> hits, long gap) {
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(BY_ACTOR);
        List<Hit> merged = new ArrayList<>();
        Hit current = null;
        for (Hit h : sorted) {
            if (current != null && current.sweep == h.sweep && current.source == h.source && current.target == h.target
                    && h.first <= current.last + gap) {
                BitSet union = (BitSet) current.members.clone();
                union.or(h.members);
                current = new Hit(h.sweep, h.source, h.target, union, current.first, Math.max(current.last, h.last));
            } else {
                if (current != null) {
                    merged.add(current);
                }
                current = h;
            }
        }
        if (current != null) {
            merged.add(current);
        }
        return merged;
    }
}
