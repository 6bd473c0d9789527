package org.flowbench.analysis.internal.builtin;

import java.lang.ref.SoftReference;
import java.util.Arrays;
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

    /** Pairs that made the top of their partition: keys, and counters side by side, WIDTH per pair. */
    private record Candidates(long[] keys, long[] counters) {
        int size() {
            return keys.length;
        }

        long rank(int pair) {
            return counters[pair * WIDTH] + counters[pair * WIDTH + 1];
        }

        static Candidates concat(List<Candidates> parts) {
            int n = parts.stream().mapToInt(Candidates::size).sum();
            long[] keys = new long[n];
            long[] counters = new long[n * WIDTH];
            int at = 0;
            for (Candidates c : parts) {
                System.arraycopy(c.keys, 0, keys, at, c.size());
                System.arraycopy(c.counters, 0, counters, at * WIDTH, c.size() * WIDTH);
                at += c.size();
            }
            return new Candidates(keys, counters);
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
            Candidates candidates = Candidates
                    .concat(IntStream.range(0, PARTITIONS).parallel().mapToObj(p -> topOfPartition(data, p, topN)).toList());
            return table(candidates, ranked(candidates, topN), flows.addresses());
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

    /** Groups one partition and keeps its top pairs (all of them when they are no more than n). */
    private static Candidates topOfPartition(Partitioned data, int p, int topN) {
        int from = (int) data.start[p];
        int to = (int) data.start[p + 1];
        if (from == to) {
            return new Candidates(new long[0], new long[0]);
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
        int[] picked = null; // all
        if (pairs.size() > topN) {
            long[] rank = new long[pairs.size()];
            for (int k = 0; k < rank.length; k++) {
                int o = pairs.offsetAt(k);
                rank[k] = c[o] + c[o + 1] + 1; // +1: pairs of empty flows still rank, last
            }
            picked = TopN.largest(rank, topN);
        }
        int n = picked == null ? pairs.size() : picked.length;
        long[] keys = new long[n];
        long[] counters = new long[n * WIDTH];
        for (int j = 0; j < n; j++) {
            int k = picked == null ? j : picked[j];
            keys[j] = pairs.key(k);
            System.arraycopy(c, pairs.offsetAt(k), counters, j * WIDTH, WIDTH);
        }
        return new Candidates(keys, counters);
    }

    /** @return the positions of the top n candidates, by bytes and then by the first flow; sorted as primitives, there may be a million */
    private static int[] ranked(Candidates candidates, int n) {
        int size = candidates.size();
        int[] order = new int[size];
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
            keys[i] = candidates.counters()[i * WIDTH + FIRST_ROW];
        }
        IndexSort.sort(order, keys, false, () -> false);
        for (int i = 0; i < size; i++) {
            keys[i] = candidates.rank(order[i]);
        }
        IndexSort.sort(order, keys, true, () -> false);
        return order.length > n ? Arrays.copyOf(order, n) : order;
    }

    /**
     * The table reads the candidates' keys and counters when a cell is read; addresses become text
     * only then, since a view shows a page of a million rows and most are never read.
     */
    private static Table table(Candidates candidates, int[] order, AddressDictionary addresses) {
        AddressTexts texts = new AddressTexts(addresses);
        long[] c = candidates.counters();
        List<Column> columns = List.of(new Column("Address A", ColumnType.ADDRESS, null), new Column("Address B", ColumnType.ADDRESS, null),
                new Column("Bytes A to B", ColumnType.NUMBER, Unit.BYTES), new Column("Bytes B to A", ColumnType.NUMBER, Unit.BYTES),
                new Column("Packets A to B", ColumnType.NUMBER, Unit.PACKETS),
                new Column("Packets B to A", ColumnType.NUMBER, Unit.PACKETS), new Column("Flows", ColumnType.NUMBER, Unit.FLOWS),
                new Column("Bytes", ColumnType.NUMBER, Unit.BYTES));
        return Table.ofColumns("Conversations by bytes", columns, order.length, (r, column) -> {
            int pair = order[r];
            int o = pair * WIDTH;
            // the key orders by id; the table orders A < B by address, and the counters with them
            int first = (int) (candidates.keys()[pair] >>> 32);
            int second = (int) candidates.keys()[pair];
            boolean swap = compare(addresses, first, second) > 0;
            return switch (column) {
            case 0 -> texts.of(swap ? second : first);
            case 1 -> texts.of(swap ? first : second);
            case 6 -> c[o + 4] + c[o + 5];
            case 7 -> c[o] + c[o + 1];
            default -> c[o + ((column - 2) ^ (swap ? 1 : 0))]; // bytes, packets A to B and B to A
            };
        });
    }

    /** As {@link org.flowbench.model.IpAddress#compareTo}, without making the addresses. */
    private static int compare(AddressDictionary addresses, int first, int second) {
        int c = Long.compareUnsigned(addresses.high(first), addresses.high(second));
        return c != 0 ? c : Long.compareUnsigned(addresses.low(first), addresses.low(second));
    }

    /** Each address as text once, when first read: a host takes part in many pairs. */
    private static final class AddressTexts {
        private final AddressDictionary addresses;
        private final String[] known;

        AddressTexts(AddressDictionary addresses) {
            this.addresses = addresses;
            this.known = new String[addresses.size()];
        }

        String of(int id) {
            // a race formats an address twice, harmlessly: strings are immutable
            String t = known[id];
            if (t == null) {
                t = addresses.format(id);
                known[id] = t;
            }
            return t;
        }
    }
}
