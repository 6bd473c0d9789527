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
 * Two passes keep it fast on millions of flows: the first counts, per hashed address pair in a fixed
 * array, an upper bound of the distinct ports; the second looks at the ports only of pairs that may
 * have enough to be a scan.
 */
public final class PortScanDetector {

    /** A scan found. */
    public record Scan(IpAddress source, IpAddress destination, int ports, TimeRange time) {
    }

    private static final int MAX_BUCKETS = 1 << 18;

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
        Buckets buckets = new Buckets((int) Math.min(MAX_BUCKETS, Long.highestOneBit(Math.max(1024, flows.size()))));
        SelectedRows.scan(flows, range, filter, (s, i, p) -> {
            if (isProbe(s.sourcePort(i))) {
                buckets.add(pair(s.source(i), s.destination(i)), s.destinationPort(i));
            }
        }, canceled);
        // the second pass numbers the pairs of full buckets and notes when each port was first reached
        LongCounts candidates = new LongCounts(1, 64);
        List<Long> candidateKeys = new ArrayList<>();
        LongCounts firstSeen = new LongCounts(1, 1 << 12);
        SelectedRows.scan(flows, range, filter, (s, i, p) -> {
            if (!isProbe(s.sourcePort(i))) {
                return;
            }
            long pair = pair(s.source(i), s.destination(i));
            if (buckets.count(pair) < minPorts) {
                return;
            }
            int c = candidates.offset(pair);
            if (candidates.size() > candidateKeys.size()) {
                candidates.counters()[c] = candidateKeys.size();
                candidateKeys.add(pair);
            }
            int before = firstSeen.size();
            int o = firstSeen.offset(candidates.counters()[c] << 16 | s.destinationPort(i));
            long[] first = firstSeen.counters();
            first[o] = firstSeen.size() > before ? s.start(i) : Math.min(first[o], s.start(i));
        }, canceled);
        if (candidateKeys.isEmpty()) {
            return List.of();
        }
        return scans(candidateKeys, firstSeen, flows.addresses());
    }

    /** Flows from a service port (1..1023) are a server's answers to its clients' ephemeral ports, not probes. */
    private static boolean isProbe(int sourcePort) {
        return sourcePort == 0 || sourcePort >= 1024;
    }

    /**
     * Counts per hashed address pair how often the destination port changes from one flow of the
     * bucket to the next. The first flow to each port of a pair always counts (no earlier flow of
     * that pair had that port), so a bucket's count is at least the number of distinct ports of each
     * of its pairs: a pair whose bucket counts fewer than minPorts cannot be a scan. A client's
     * thousands of flows to one service port count once.
     */
    private static final class Buckets {
        private final int[] counts;
        private final long[] lastPair;
        private final int[] lastPort;
        private final int shift;

        Buckets(int size) {
            counts = new int[size];
            lastPair = new long[size];
            lastPort = new int[size];
            Arrays.fill(lastPort, -1); // no port yet: the first flow of a bucket counts
            shift = 64 - Integer.numberOfTrailingZeros(size);
        }

        void add(long pair, int port) {
            int b = bucket(pair);
            if (lastPair[b] != pair || lastPort[b] != port) {
                counts[b]++;
                lastPair[b] = pair;
                lastPort[b] = port;
            }
        }

        int count(long pair) {
            return counts[bucket(pair)];
        }

        private int bucket(long pair) {
            return (int) ((pair * 0x9E37_79B9_7F4A_7C15L) >>> shift);
        }
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
