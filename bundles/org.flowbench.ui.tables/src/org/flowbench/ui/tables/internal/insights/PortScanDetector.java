package org.flowbench.ui.tables.internal.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.flowbench.model.AddressDictionary;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.IpAddress;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.tables.internal.flows.SelectedRows;

/**
 * Finds port scans: one source reaching one destination on many distinct destination ports within
 * a few minutes. Ordinary clients reach a server on a handful of ports, however many flows they
 * make, so the count of distinct ports whose first flow falls in a sliding window tells them apart.
 * Flows from a service port (1..1023) are a server's answers to its clients' ephemeral ports and
 * are not counted.
 * <p>
 * Two passes keep it fast on millions of flows: the first counts flows per address pair, the second
 * looks at the ports only of pairs with enough flows to be a scan.
 */
public final class PortScanDetector {

    /** A scan found. */
    public record Scan(IpAddress source, IpAddress destination, int ports, TimeRange time) {
    }

    private final int minPorts;
    private final long windowMicros;

    /**
     * @param minPorts     how many distinct ports make a scan
     * @param windowMicros within how long they must first be reached
     */
    public PortScanDetector(int minPorts, long windowMicros) {
        this.minPorts = minPorts;
        this.windowMicros = windowMicros;
    }

    public static PortScanDetector standard() {
        return new PortScanDetector(200, 10 * 60_000_000L);
    }

    /** @return the scans in the selected rows, most ports first */
    public List<Scan> find(FlowSnapshot flows, TimeRange range, FlowFilter filter, BooleanSupplier canceled) {
        LongCounts pairs = new LongCounts(1, 1 << 16);
        SelectedRows.scan(flows, range, filter, (s, i, p) -> {
            int o = pairs.offset(pair(s.source(i), s.destination(i)));
            pairs.counters()[o]++; // after offset(), which may grow the arrays
        }, canceled);
        // candidates: pairs with at least minPorts flows, numbered 0..n-1
        LongCounts candidates = new LongCounts(1, 64);
        List<Long> candidateKeys = new ArrayList<>();
        for (int slot = 0; slot < pairs.slots(); slot++) {
            if (pairs.isUsed(slot) && pairs.counters()[slot] >= minPorts) {
                int o = candidates.offset(pairs.keyAt(slot));
                candidates.counters()[o] = candidateKeys.size();
                candidateKeys.add(pairs.keyAt(slot));
            }
        }
        if (candidateKeys.isEmpty()) {
            return List.of();
        }
        // per candidate and destination port: when the port was first reached
        LongCounts firstSeen = new LongCounts(1, 1 << 12);
        SelectedRows.scan(flows, range, filter, (s, i, p) -> {
            int sourcePort = s.sourcePort(i);
            if (sourcePort > 0 && sourcePort < 1024) {
                return; // from a service port: answers of a server to its clients' ephemeral ports, not probes
            }
            int c = candidates.find(pair(s.source(i), s.destination(i)));
            if (c >= 0) {
                int before = firstSeen.size();
                int o = firstSeen.offset(candidates.counters()[c] << 16 | s.destinationPort(i));
                long[] first = firstSeen.counters();
                first[o] = firstSeen.size() > before ? s.start(i) : Math.min(first[o], s.start(i));
            }
        }, canceled);
        return scans(candidateKeys, firstSeen, flows.addresses());
    }

    private List<Scan> scans(List<Long> candidateKeys, LongCounts firstSeen, AddressDictionary addresses) {
        int n = candidateKeys.size();
        int[] start = new int[n + 1];
        for (int slot = 0; slot < firstSeen.slots(); slot++) {
            if (firstSeen.isUsed(slot)) {
                start[(int) (firstSeen.keyAt(slot) >>> 16) + 1]++;
            }
        }
        for (int c = 0; c < n; c++) {
            start[c + 1] += start[c];
        }
        long[] times = new long[start[n]];
        int[] fill = Arrays.copyOf(start, n);
        for (int slot = 0; slot < firstSeen.slots(); slot++) {
            if (firstSeen.isUsed(slot)) {
                times[fill[(int) (firstSeen.keyAt(slot) >>> 16)]++] = firstSeen.counters()[slot];
            }
        }
        List<Scan> scans = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            Arrays.sort(times, start[c], start[c + 1]);
            // the window of at most windowMicros that holds the most first reaches
            int best = 0;
            int bestFrom = start[c];
            for (int from = start[c], to = start[c]; to < start[c + 1]; to++) {
                while (times[to] - times[from] >= windowMicros) {
                    from++;
                }
                if (to - from + 1 > best) {
                    best = to - from + 1;
                    bestFrom = from;
                }
            }
            if (best >= minPorts) {
                long key = candidateKeys.get(c);
                scans.add(new Scan(addresses.address((int) (key >>> 32)), addresses.address((int) key), best,
                        new TimeRange(times[bestFrom], times[bestFrom + best - 1] + 1)));
            }
        }
        scans.sort(Comparator.comparingInt(Scan::ports).reversed());
        return scans;
    }

    private static long pair(int source, int destination) {
        return (long) source << 32 | destination;
    }
}
