package org.flowbench.analysis.portscan.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowbench.analysis.Analysis;
import org.flowbench.analysis.AnalysisDescriptor;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.Durations;
import org.flowbench.analysis.Findings;
import org.flowbench.analysis.Findings.Finding;
import org.flowbench.analysis.Findings.Severity;
import org.flowbench.model.AddressDictionary;
import org.flowbench.model.Progress;
import org.flowbench.model.TimeRange;

/**
 * Port scans (one source, one destination, many distinct ports) and host sweeps (one source, many
 * distinct destinations) within a sliding window, counting probe-sized flows only.
 * <p>
 * Windows are {@code window} long and start every half window from the start of the selected
 * range, so a burst shorter than half a window lies wholly in one of them. Two passes: the first
 * counts probes per source and window, the second collects distinct ports and hosts only for the
 * windows that reach a threshold. Hits of adjacent windows are merged into one finding.
 */
public final class ScanDetector implements Analysis {

    @Override
    public Findings compute(AnalysisDescriptor descriptor, AnalysisQuery query, Progress progress) {
        ScanSettings settings = ScanSettings.of(descriptor, query);
        TimeRange range = query.effectiveRange();
        if (range.isEmpty()) {
            return new Findings(descriptor.name(), List.of());
        }
        Windows windows = new Windows(range.startMicros(), settings.hopMicros());
        Map<Long, int[]> counts = new HashMap<>();
        ProbeRows.forEach(query, settings, progress, "Counting probes", (segment, row) -> {
            long j = windows.index(segment.start(row));
            int source = segment.source(row);
            counts.computeIfAbsent(key(source, j), k -> new int[1])[0]++;
            counts.computeIfAbsent(key(source, j - 1), k -> new int[1])[0]++;
        });
        Map<Long, Probes> suspects = new HashMap<>();
        counts.forEach((key, n) -> {
            if (n[0] >= settings.minProbes()) {
                suspects.put(key, new Probes((int) (key >>> 32)));
            }
        });
        if (!suspects.isEmpty()) {
            ProbeRows.forEach(query, settings, progress, "Collecting probes", (segment, row) -> {
                long start = segment.start(row);
                long j = windows.index(start);
                int source = segment.source(row);
                addIfSuspect(suspects.get(key(source, j)), segment.destination(row), segment.destinationPort(row), start);
                addIfSuspect(suspects.get(key(source, j - 1)), segment.destination(row), segment.destinationPort(row), start);
            });
        }
        List<Hit> hits = Hit.merge(hits(suspects.values(), settings), settings.hopMicros());
        hits.sort(Comparator.comparingInt(Hit::count).reversed().thenComparingLong(Hit::first).thenComparingInt(Hit::source));
        AddressDictionary addresses = query.flows().addresses();
        List<Finding> findings = hits.stream().limit(query.topN()).map(h -> finding(h, addresses)).toList();
        return new Findings(descriptor.name(), findings);
    }

    private static void addIfSuspect(Probes probes, int destination, int port, long start) {
        if (probes != null) {
            probes.add(destination, port, start);
        }
    }

    private static List<Hit> hits(Iterable<Probes> suspects, ScanSettings settings) {
        List<Hit> hits = new ArrayList<>();
        for (Probes p : suspects) {
            BitSet hosts = new BitSet();
            p.targets.forEach((destination, target) -> {
                hosts.set(destination);
                if (target.ports.cardinality() >= settings.minPorts()) {
                    hits.add(new Hit(false, p.source, destination, target.ports, target.first, target.last));
                }
            });
            if (hosts.cardinality() >= settings.minHosts()) {
                hits.add(new Hit(true, p.source, -1, hosts, p.first, p.last));
            }
        }
        return hits;
    }

    private static Finding finding(Hit h, AddressDictionary addresses) {
        TimeRange time = new TimeRange(h.first(), h.last() + 1);
        // whole seconds: "within 9m58s" reads better than the exact microseconds
        String during = Durations.format(Math.max(1, Math.round((h.last() - h.first()) / 1e6)) * 1_000_000L);
        if (h.sweep()) {
            return new Finding(String.format("%s probed %,d hosts within %s", addresses.format(h.source()), h.count(), during),
                    Severity.WARNING, time, List.of(addresses.address(h.source())), h.count());
        }
        return new Finding(String.format("%s scanned %,d ports of %s within %s", addresses.format(h.source()), h.count(),
                addresses.format(h.target()), during), Severity.ALERT, time,
                List.of(addresses.address(h.source()), addresses.address(h.target())), h.count());
    }

    /** Source id in the high half, window index in the low half. */
    private static long key(int source, long window) {
        return ((long) source << 32) | (window & 0xffff_ffffL);
    }

    /** Window j covers [origin + j * hop, origin + (j + 2) * hop): a time lies in windows j and j - 1. */
    private record Windows(long origin, long hop) {
        long index(long micros) {
            return Math.floorDiv(micros - origin, hop);
        }
    }
}
