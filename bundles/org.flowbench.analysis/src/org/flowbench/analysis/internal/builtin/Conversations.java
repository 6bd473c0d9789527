package org.flowbench.analysis.internal.builtin;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.flowbench.analysis.Analysis;
import org.flowbench.analysis.AnalysisDescriptor;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.Table;
import org.flowbench.analysis.Table.Column;
import org.flowbench.analysis.Table.ColumnType;
import org.flowbench.analysis.Unit;
import org.flowbench.analysis.internal.KeyedCounters;
import org.flowbench.analysis.internal.SegmentScan;
import org.flowbench.analysis.internal.TopN;
import org.flowbench.model.AddressDictionary;
import org.flowbench.model.FlowSegment;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.IndexSort;
import org.flowbench.model.Progress;

/**
 * Address pairs in both directions, like Wireshark's Conversations: for each unordered pair
 * {A, B} (A the numerically lower address) bytes, packets and flows from A to B and from B to A.
 * Ranked by bytes in both directions; equal bytes in the order the pairs first occur.
 * <p>
 * Pairs are many (a million in ten million flows): one hash table for all of them would miss the
 * caches on nearly every row. So the rows are first split by a hash of the pair into partitions
 * (counted, then copied into place, in store order), and each partition is grouped on its own,
 * in parallel, in a table that fits the caches, keeping only its top pairs: the radix-partitioned
 * aggregation of columnar databases. Both scans are the usual partial-plus-merge scan over segments.
 */
public final class Conversations implements Analysis {

    /** 256 partitions: few enough write streams for the caches and TLB, small enough tables. */
    private static final int PARTITION_BITS = 8;
    private static final int PARTITIONS = 1 << PARTITION_BITS;
    /** Marks the direction B to A in a key; pair keys themselves never have the top bit set. */
    private static final long REVERSE = Long.MIN_VALUE;

    // per pair: bytes A->B, bytes B->A, packets A->B, packets B->A, flows A->B, flows B->A, first row
    private static final int WIDTH = 7;
    private static final int FIRST_ROW = 6;

    /**
     * The partitioned rows of the last computation, kept for the next: allocating and zeroing
     * hundreds of megabytes each time costs more than grouping them. Softly held, so memory
     * pressure takes it back; taken by one computation at a time.
     */
    private static final AtomicReference<SoftReference<long[]>> SPARE_ROWS = new AtomicReference<>();

    /** A pair that made the top of its partition. */
    private record Candidate(long key, long[] counters) {
        long rank() {
            return counters[0] + counters[1];
        }
    }

    /**
     * The selected rows, reduced to what grouping needs and laid out partition after partition:
     * per row its key, bytes, packets and position in the store, side by side, so that writing and
     * reading a partition are sequential.
     */
    private static final class Partitioned {
        static final int STRIDE = 4;
        final long[] start = new long[PARTITIONS + 1];
        long[] rows;
    }

    @Override
    public Table compute(AnalysisDescriptor descriptor, AnalysisQuery query, Progress progress) {
        FlowSnapshot flows = query.flows();
        Map<FlowSegment, Integer> indexOf = new IdentityHashMap<>();
        long[] firstRowOf = new long[flows.segmentCount()];
        long position = 0;
        for (int k = 0; k < flows.segmentCount(); k++) {
            indexOf.put(flows.segment(k), k);
            firstRowOf[k] = position;
            position += flows.rowsIn(k);
        }
        Partitioned data = partition(query, indexOf, firstRowOf, progress);
        try {
            progress.checkCanceled();
            int topN = query.topN();
            List<Candidate> candidates = IntStream.range(0, PARTITIONS).parallel().mapToObj(p -> topOfPartition(data, p, topN))
                    .flatMap(List::stream).toList();
            return table(ranked(candidates, topN), flows.addresses());
        } finally {
            SPARE_ROWS.set(new SoftReference<>(data.rows));
        }
    }

    private static int partition(long key) {
        long h = (key & ~REVERSE) * 0x9E37_79B9_7F4A_7C15L;
        return (int) (h >>> (64 - PARTITION_BITS));
    }

    private static long key(int source, int destination) {
        return source <= destination ? ((long) source << 32) | destination : ((long) destination << 32) | source | REVERSE;
    }

    /**
     * Counts the selected rows per segment and partition, then copies each into its place: partition
     * by partition, and within a partition in store order. Every segment writes its own ranges,
     * so the parts of the scan do not share anything they write.
     */
    private static Partitioned partition(AnalysisQuery query, Map<FlowSegment, Integer> indexOf, long[] firstRowOf, Progress progress) {
        int segments = firstRowOf.length;
        int[][] counts = new int[segments][PARTITIONS];
        SegmentScan.reduce(query, () -> counts, (c, s, rows, count) -> {
            int[] mine = c[indexOf.get(s)];
            for (int j = 0; j < count; j++) {
                int i = rows == null ? j : rows[j];
                mine[partition(key(s.source(i), s.destination(i)))]++;
            }
        }, (a, b) -> a, progress);

        Partitioned data = new Partitioned();
        long[][] cursor = new long[segments][PARTITIONS];
        long total = 0;
        for (int p = 0; p < PARTITIONS; p++) {
            data.start[p] = total;
            for (int k = 0; k < segments; k++) {
                cursor[k][p] = total;
                total += counts[k][p];
            }
        }
        data.start[PARTITIONS] = total;
        long limit = (Integer.MAX_VALUE - 16) / Partitioned.STRIDE;
        if (total > limit) {
            throw new IllegalArgumentException("conversations handle at most " + limit
                    + " flows at a time; choose a shorter time range or a filter");
        }
        data.rows = rows((int) total * Partitioned.STRIDE);
        SegmentScan.reduce(query, () -> data, (d, s, rows, count) -> {
            int k = indexOf.get(s);
            long[] at = cursor[k];
            long first = firstRowOf[k];
            for (int j = 0; j < count; j++) {
                int i = rows == null ? j : rows[j];
                long key = key(s.source(i), s.destination(i));
                int slot = (int) at[partition(key)]++ * Partitioned.STRIDE;
                long[] out = d.rows;
                out[slot] = key;
                out[slot + 1] = s.bytes(i);
                out[slot + 2] = s.packets(i);
                out[slot + 3] = first + i;
            }
        }, (a, b) -> a, progress);
        return data;
    }

    /** @return the spare array when it is large enough (every used slot is written before it is read), else a new one */
    private static long[] rows(int length) {
        SoftReference<long[]> spare = SPARE_ROWS.getAndSet(null);
        long[] rows = spare != null ? spare.get() : null;
        return rows != null && rows.length >= length ? rows : new long[length];
    }

    /** Groups one partition and keeps its top pairs; equal bytes in the order they first occur. */
    private static List<Candidate> topOfPartition(Partitioned data, int p, int topN) {
        int from = (int) data.start[p];
        int to = (int) data.start[p + 1];
        if (from == to) {
            return List.of();
        }
        // a table for a partition's pairs fits the caches; it grows when the guess is short
        KeyedCounters pairs = new KeyedCounters(WIDTH, Math.max(16, (to - from) / 8));
        long[] in = data.rows;
        for (int r = from * Partitioned.STRIDE, end = to * Partitioned.STRIDE; r < end; r += Partitioned.STRIDE) {
            long key = in[r];
            int before = pairs.size();
            int o = pairs.offset(key & ~REVERSE);
            long[] c = pairs.counters();
            int reverse = key < 0 ? 1 : 0;
            c[o + reverse] += in[r + 1];
            c[o + 2 + reverse] += in[r + 2];
            c[o + 4 + reverse]++;
            if (pairs.size() > before) {
                c[o + FIRST_ROW] = in[r + 3]; // rows are in store order: the first seen is the earliest
            }
        }
        long[] c = pairs.counters();
        long[] rank = new long[pairs.size()];
        for (int k = 0; k < rank.length; k++) {
            int o = pairs.offsetAt(k);
            rank[k] = c[o] + c[o + 1] + 1; // +1: pairs of empty flows still rank, last
        }
        List<Candidate> top = new ArrayList<>();
        for (int k : TopN.largest(rank, topN)) {
            int o = pairs.offsetAt(k);
            long[] counters = new long[WIDTH];
            System.arraycopy(c, o, counters, 0, WIDTH);
            top.add(new Candidate(pairs.key(k), counters));
        }
        return top;
    }

    private static String text(String[] known, AddressDictionary addresses, int id) {
        String t = known[id];
        if (t == null) {
            t = addresses.format(id);
            known[id] = t;
        }
        return t;
    }

    /** @return the top n, by bytes and then by the first flow; sorted as primitives, there may be a million */
    private static List<Candidate> ranked(List<Candidate> candidates, int n) {
        int size = candidates.size();
        int[] order = new int[size];
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
            keys[i] = candidates.get(i).counters()[FIRST_ROW];
        }
        IndexSort.sort(order, keys, false, () -> false);
        for (int i = 0; i < size; i++) {
            keys[i] = candidates.get(order[i]).rank();
        }
        IndexSort.sort(order, keys, true, () -> false);
        List<Candidate> top = new ArrayList<>(Math.min(n, size));
        for (int i = 0; i < Math.min(n, size); i++) {
            top.add(candidates.get(order[i]));
        }
        return top;
    }

    private static Table table(List<Candidate> candidates, AddressDictionary addresses) {
        int n = candidates.size();
        String[] a = new String[n];
        String[] b = new String[n];
        long[][] numbers = new long[6][n]; // bytes, packets and flows A to B and B to A
        // each address as text once: a host takes part in many pairs
        String[] text = new String[addresses.size()];
        for (int r = 0; r < n; r++) {
            Candidate c = candidates.get(r);
            long[] v = c.counters();
            // the key orders by id; the table orders A < B by address
            int first = (int) (c.key() >>> 32);
            int second = (int) c.key();
            boolean swap = addresses.address(first).compareTo(addresses.address(second)) > 0;
            a[r] = text(text, addresses, swap ? second : first);
            b[r] = text(text, addresses, swap ? first : second);
            for (int k = 0; k < 6; k++) {
                numbers[k][r] = v[swap ? k ^ 1 : k];
            }
        }
        List<Column> columns = List.of(new Column("Address A", ColumnType.ADDRESS, null), new Column("Address B", ColumnType.ADDRESS, null),
                new Column("Bytes A to B", ColumnType.NUMBER, Unit.BYTES), new Column("Bytes B to A", ColumnType.NUMBER, Unit.BYTES),
                new Column("Packets A to B", ColumnType.NUMBER, Unit.PACKETS),
                new Column("Packets B to A", ColumnType.NUMBER, Unit.PACKETS), new Column("Flows", ColumnType.NUMBER, Unit.FLOWS),
                new Column("Bytes", ColumnType.NUMBER, Unit.BYTES));
        return Table.ofColumns("Conversations by bytes", columns, n, (r, column) -> switch (column) {
        case 0 -> a[r];
        case 1 -> b[r];
        case 6 -> numbers[4][r] + numbers[5][r];
        case 7 -> numbers[0][r] + numbers[1][r];
        default -> numbers[column - 2][r];
        });
    }
}
