package org.flowbench.analysis.tests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.flowbench.analysis.Durations;
import org.flowbench.analysis.Findings;
import org.flowbench.analysis.Findings.Finding;
import org.flowbench.analysis.Findings.Severity;
import org.flowbench.analysis.Ranking;
import org.flowbench.analysis.TimeSeries;
import org.flowbench.analysis.Unit;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.IpAddress;
import org.flowbench.model.TimeRange;

/**
 * The expected results of the analyses, computed the plain way from a list of records: loops,
 * hash maps and sorts, as the analyses' documentation describes them, sharing no code with the
 * analyses.
 */
public final class Expected {

    /** The round bucket widths, smallest first, as TrafficOverTime documents them; beyond a week it doubles. */
    public static final long[] ROUND_WIDTHS = { 1, 10, 100, 1_000, 10_000, 100_000, // 1 us .. 100 ms
            Flows.SECOND, 2 * Flows.SECOND, 5 * Flows.SECOND, 10 * Flows.SECOND, 15 * Flows.SECOND, 30 * Flows.SECOND,
            Flows.MINUTE, 2 * Flows.MINUTE, 5 * Flows.MINUTE, 10 * Flows.MINUTE, 15 * Flows.MINUTE, 30 * Flows.MINUTE,
            Flows.HOUR, 2 * Flows.HOUR, 3 * Flows.HOUR, 6 * Flows.HOUR, 12 * Flows.HOUR, 24 * Flows.HOUR, 7 * 24 * Flows.HOUR };

    private static final String[] METRICS = { "bytes", "packets", "flows" };
    private static final Unit[] UNITS = { Unit.BYTES, Unit.PACKETS, Unit.FLOWS };

    private Expected() {
    }

    /** @return the flows that start in the range and pass the filter, in list order */
    public static List<FlowRecord> selected(List<FlowRecord> all, TimeRange range, Predicate<FlowRecord> filter) {
        List<FlowRecord> out = new ArrayList<>();
        for (FlowRecord r : all) {
            if (r.startMicros >= range.startMicros() && r.startMicros < range.endMicros() && filter.test(r)) {
                out.add(r);
            }
        }
        return out;
    }

    // ---- traffic over time

    /** @return the query's range narrowed to [earliest start, latest end + 1) of all flows; (0, 0) without flows */
    public static TimeRange effectiveRange(List<FlowRecord> all, TimeRange query) {
        if (all.isEmpty()) {
            return new TimeRange(0, 0);
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (FlowRecord r : all) {
            first = Math.min(first, r.startMicros);
            last = Math.max(last, r.endMicros);
        }
        long start = Math.max(first, query.startMicros());
        long end = Math.min(last + 1, query.endMicros());
        return end <= start ? new TimeRange(start, start) : new TimeRange(start, end);
    }

    /** @return how many buckets aligned to multiples of the width it takes to cover the range */
    public static long alignedBuckets(TimeRange range, long width) {
        if (range.isEmpty()) {
            return 0;
        }
        return Math.floorDiv(range.endMicros() - 1, width) - Math.floorDiv(range.startMicros(), width) + 1;
    }

    public static long roundWidth(TimeRange range, int resolution) {
        for (long w : ROUND_WIDTHS) {
            if (alignedBuckets(range, w) <= resolution) {
                return w;
            }
        }
        // beyond a week the width doubles; a range around the epoch (0 is a multiple of every width)
        // never fits one bucket, so the doubling stops at the widest width a long holds
        long w = ROUND_WIDTHS[ROUND_WIDTHS.length - 1];
        while (alignedBuckets(range, w) > resolution && w <= Long.MAX_VALUE / 2) {
            w *= 2;
        }
        return w;
    }

    /** @param width the bucket width, or 0 for the round width that fits the resolution */
    public static TimeSeries timeSeries(List<FlowRecord> all, TimeRange query, Predicate<FlowRecord> filter, String metric, long width,
            int resolution) {
        TimeRange range = effectiveRange(all, query);
        long w = width > 0 ? width : roundWidth(range, resolution);
        long first = Math.floorDiv(range.startMicros(), w) * w;
        long[] values = new long[(int) alignedBuckets(range, w)];
        for (FlowRecord r : selected(all, query, filter)) {
            int bucket = (int) Math.floorDiv(r.startMicros - first, w);
            values[bucket] += switch (metric) {
            case "bytes" -> r.bytes;
            case "packets" -> r.packets;
            default -> 1;
            };
        }
        int m = List.of(METRICS).indexOf(metric);
        String name = Character.toUpperCase(metric.charAt(0)) + metric.substring(1);
        return new TimeSeries(name + " per " + Durations.format(w), UNITS[m], first, w, values);
    }

    // ---- top talkers and top destinations

    /**
     * Hosts with at least one selected flow, by the metric, largest first; equal values in the order
     * the store first saw the addresses (the order of their dictionary ids: source, then destination,
     * record by record over all flows).
     */
    public static Ranking hostRanking(List<FlowRecord> all, List<FlowRecord> selected, boolean bySource, String by, int topN) {
        Map<IpAddress, Integer> firstSeen = new HashMap<>();
        for (FlowRecord r : all) {
            firstSeen.putIfAbsent(r.source(), firstSeen.size());
            firstSeen.putIfAbsent(r.destination(), firstSeen.size());
        }
        Map<IpAddress, long[]> perHost = new HashMap<>();
        long[] total = new long[3];
        for (FlowRecord r : selected) {
            long[] v = perHost.computeIfAbsent(bySource ? r.source() : r.destination(), k -> new long[3]);
            v[0] += r.bytes;
            v[1] += r.packets;
            v[2]++;
            total[0] += r.bytes;
            total[1] += r.packets;
            total[2]++;
        }
        int rankBy = List.of(METRICS).indexOf(by);
        int[] order = new int[3];
        order[0] = rankBy;
        for (int m = 0, k = 1; m < 3; m++) {
            if (m != rankBy) {
                order[k++] = m;
            }
        }
        List<IpAddress> hosts = new ArrayList<>(perHost.keySet());
        hosts.sort(Comparator.<IpAddress>comparingLong(h -> -perHost.get(h)[rankBy]).thenComparingInt(firstSeen::get));
        List<Ranking.Entry> entries = new ArrayList<>();
        long[] other = reorder(total, order);
        for (IpAddress h : hosts.subList(0, Math.min(topN, hosts.size()))) {
            long[] values = reorder(perHost.get(h), order);
            entries.add(new Ranking.Entry(h.toString(), values));
            for (int m = 0; m < 3; m++) {
                other[m] -= values[m];
            }
        }
        List<Ranking.Metric> metrics = new ArrayList<>();
        for (int m : order) {
            metrics.add(new Ranking.Metric(METRICS[m], UNITS[m]));
        }
        return new Ranking((bySource ? "Top talkers" : "Top destinations") + " by " + by, bySource ? "Source" : "Destination", metrics,
                entries, other, hosts.size() - entries.size(), reorder(total, order));
    }

    private static long[] reorder(long[] values, int[] order) {
        return new long[] { values[order[0]], values[order[1]], values[order[2]] };
    }

    // ---- conversations

    /** Orders addresses by their 128-bit value, unsigned. */
    public static final Comparator<IpAddress> BY_VALUE = (x, y) -> {
        int c = Long.compareUnsigned(x.high(), y.high());
        return c != 0 ? c : Long.compareUnsigned(x.low(), y.low());
    };

    /**
     * Rows: A, B (A the lower address), bytes A to B, bytes B to A, packets A to B, packets B to A,
     * flows, bytes; by bytes, equal bytes in the order the pairs first occur among the selected flows.
     */
    public static List<List<Object>> conversations(List<FlowRecord> selected, int topN) {
        Map<List<IpAddress>, long[]> pairs = new LinkedHashMap<>();
        for (FlowRecord r : selected) {
            IpAddress s = r.source();
            IpAddress d = r.destination();
            boolean forward = BY_VALUE.compare(s, d) <= 0;
            List<IpAddress> key = forward ? List.of(s, d) : List.of(d, s);
            long[] c = pairs.computeIfAbsent(key, k -> new long[6]);
            int dir = forward ? 0 : 1;
            c[dir] += r.bytes;
            c[2 + dir] += r.packets;
            c[4 + dir]++;
        }
        List<Map.Entry<List<IpAddress>, long[]>> ranked = new ArrayList<>(pairs.entrySet());
        ranked.sort(Comparator.comparingLong(e -> -(e.getValue()[0] + e.getValue()[1]))); // stable: ties keep first occurrence
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<List<IpAddress>, long[]> e : ranked.subList(0, Math.min(topN, ranked.size()))) {
            long[] c = e.getValue();
            rows.add(List.of(e.getKey().get(0).toString(), e.getKey().get(1).toString(), c[0], c[1], c[2], c[3], c[4] + c[5], c[0] + c[1]));
        }
        return rows;
    }

    // ---- protocol mix

    private static final Map<Integer, String> PROTOCOL_NAMES = Map.of(1, "ICMP", 6, "TCP", 17, "UDP", 47, "GRE", 50, "ESP", 132, "SCTP");
    private static final Map<Integer, String> SERVICE_NAMES = Map.of(22, "ssh", 53, "dns", 80, "http", 123, "ntp", 443, "https", 3306,
            "mysql", 8080, "http-alt");
    private static final List<Integer> PORT_PROTOCOLS = List.of(6, 17, 132);

    /** A protocol, and for TCP, UDP and SCTP at the service level the lower port (else -1). */
    private record ProtocolKey(int protocol, int port) {
        /** Equal bytes: protocols without ports by number, then TCP, UDP, SCTP services by port. */
        long tieOrder() {
            return port < 0 ? protocol : 256 + PORT_PROTOCOLS.indexOf(protocol) * 65536L + port;
        }
    }

    /**
     * Rows: protocol, service, bytes, packets, flows, share of bytes; by bytes; then "other" for
     * what is not shown, when something is not.
     */
    public static List<List<Object>> protocolMix(List<FlowRecord> selected, boolean byService, int topN) {
        Map<ProtocolKey, long[]> mix = new HashMap<>();
        long[] total = new long[3];
        for (FlowRecord r : selected) {
            boolean ports = byService && PORT_PROTOCOLS.contains(r.protocol);
            long[] v = mix.computeIfAbsent(new ProtocolKey(r.protocol, ports ? Math.min(r.sourcePort, r.destinationPort) : -1),
                    k -> new long[3]);
            v[0] += r.bytes;
            v[1] += r.packets;
            v[2]++;
            total[0] += r.bytes;
            total[1] += r.packets;
            total[2]++;
        }
        List<ProtocolKey> keys = new ArrayList<>(mix.keySet());
        keys.sort(Comparator.<ProtocolKey>comparingLong(k -> -mix.get(k)[0]).thenComparingLong(ProtocolKey::tieOrder));
        List<List<Object>> rows = new ArrayList<>();
        long[] rest = total.clone();
        for (ProtocolKey k : keys.subList(0, Math.min(topN, keys.size()))) {
            long[] v = mix.get(k);
            String protocol = PROTOCOL_NAMES.getOrDefault(k.protocol(), Integer.toString(k.protocol()));
            rows.add(List.of(protocol, k.port() < 0 ? "" : serviceLabel(k.port()), v[0], v[1], v[2], share(v[0], total[0])));
            for (int m = 0; m < 3; m++) {
                rest[m] -= v[m];
            }
        }
        if (rest[2] > 0) {
            rows.add(List.of("other", "", rest[0], rest[1], rest[2], share(rest[0], total[0])));
        }
        return rows;
    }

    private static String serviceLabel(int port) {
        String name = SERVICE_NAMES.get(port);
        if (name == null && port < 10_000 && port != 8123) {
            throw new IllegalStateException("the test data has no name for port " + port);
        }
        return name == null ? Integer.toString(port) : port + " (" + name + ")";
    }

    /** @return the percentage with one decimal, rounded half up, e.g. "12.5%" */
    public static String share(long part, long whole) {
        if (whole == 0) {
            return "0.0%";
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP) + "%";
    }

    // ---- the extra bundle's analyses

    /** The size classes' labels, written out. */
    public static final List<String> SIZE_CLASSES = List.of("< 100 B", "100 B - 1 KB", "1 KB - 10 KB", "10 KB - 100 KB",
            "100 KB - 1 MB", "1 MB - 10 MB", "10 MB - 100 MB", "100 MB - 1 GB", "1 GB - 10 GB", "10 GB - 100 GB", "100 GB - 1 TB",
            "1 TB - 10 TB", "10 TB - 100 TB", "100 TB - 1 PB", "1 PB - 10 PB", "10 PB - 100 PB", "100 PB - 1 EB", "1 EB - 10 EB");

    /** Rows: size class, flows, bytes; from the smallest class to the largest class with flows. */
    public static List<List<Object>> flowSizeClasses(List<FlowRecord> selected) {
        long[] flows = new long[SIZE_CLASSES.size()];
        long[] bytes = new long[SIZE_CLASSES.size()];
        int largest = -1;
        for (FlowRecord r : selected) {
            // below 100 B is class 0; from there on one class per decimal digit
            int c = r.bytes < 100 ? 0 : Long.toString(r.bytes).length() - 2;
            flows[c]++;
            bytes[c] += r.bytes;
            largest = Math.max(largest, c);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int c = 0; c <= largest; c++) {
            rows.add(List.of(SIZE_CLASSES.get(c), flows[c], bytes[c]));
        }
        return rows;
    }

    /** Flows lasting at least {@code min}: longest first, then earliest start, then list order; at most topN. */
    public static Findings longFlows(List<FlowRecord> selected, long min, int topN) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < selected.size(); i++) {
            FlowRecord r = selected.get(i);
            if (r.endMicros - r.startMicros >= min) {
                indexes.add(i);
            }
        }
        indexes.sort(Comparator.<Integer>comparingLong(i -> -(selected.get(i).endMicros - selected.get(i).startMicros))
                .thenComparingLong(i -> selected.get(i).startMicros).thenComparingInt(i -> i));
        List<Finding> findings = new ArrayList<>();
        for (int i : indexes.subList(0, Math.min(topN, indexes.size()))) {
            FlowRecord r = selected.get(i);
            long d = r.endMicros - r.startMicros;
            String protocol = PROTOCOL_NAMES.getOrDefault(r.protocol, Integer.toString(r.protocol));
            String summary = endpoint(r.source(), r.sourcePort) + " -> " + endpoint(r.destination(), r.destinationPort) + " " + protocol + " lasted "
                    + Durations.format(d) + " (" + r.bytes + " bytes)";
            findings.add(new Finding(summary, Severity.INFO, new TimeRange(r.startMicros, r.endMicros), List.of(r.source(), r.destination()), d));
        }
        return new Findings("Flows lasting at least " + Durations.format(min), findings);
    }

    private static String endpoint(IpAddress address, int port) {
        return (address.isV4() ? address.toString() : "[" + address + "]") + ":" + port;
    }
}
