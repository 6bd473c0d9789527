package org.flowbench.analysis.portscan.internal;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * What one source probed within one window: per destination the distinct ports, and when. Only
 * sources that sent enough probes in a window to reach a threshold get one (the first pass counts),
 * so memory follows the suspects, not the traffic.
 */
final class Probes {

    /** Distinct ports of one destination and the span of the probes to it. */
    static final class Target {
        final BitSet ports = new BitSet();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;

        void add(int port, long start) {
            ports.set(port);
            first = Math.min(first, start);
            last = Math.max(last, start);
        }
    }

    final int source;
    final Map<Integer, Target> targets = new HashMap<>();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;

    Probes(int source) {
        this.source = source;
    }

    void add(int destination, int port, long start) {
        targets.computeIfAbsent(destination, d -> new Target()).add(port, start);
        first = Math.min(first, start);
        last = Math.max(last, start);
    }
}
