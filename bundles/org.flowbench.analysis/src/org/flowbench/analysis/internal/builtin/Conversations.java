package org.flowbench.analysis.internal.builtin;

import java.util.ArrayList;
import java.util.List;

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
import org.flowbench.model.IpAddress;
import org.flowbench.model.Progress;

/**
 * Address pairs in both directions, like Wireshark's Conversations: for each unordered pair
 * {A, B} (A the numerically lower address) bytes, packets and flows from A to B and from B to A.
 * Ranked by bytes in both directions.
 */
public final class Conversations implements Analysis {

    // counters per pair: bytes A->B, bytes B->A, packets A->B, packets B->A, flows A->B, flows B->A
    private static final int WIDTH = 6;

    @Override
    public Table compute(AnalysisDescriptor descriptor, AnalysisQuery query, Progress progress) {
        KeyedCounters pairs = SegmentScan.reduce(query, () -> new KeyedCounters(WIDTH), Conversations::add, KeyedCounters::merge, progress);
        AddressDictionary addresses = query.flows().addresses();
        long[] c = pairs.counters();
        // rank by bytes in both directions; +1 so that pairs of empty flows still rank, last
        long[] rank = new long[pairs.size()];
        for (int p = 0; p < rank.length; p++) {
            rank[p] = c[p * WIDTH] + c[p * WIDTH + 1] + 1;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int p : TopN.largest(rank, query.topN())) {
            long key = pairs.key(p);
            int low = (int) (key >>> 32);
            int high = (int) key;
            int o = p * WIDTH;
            long[] v = { c[o], c[o + 1], c[o + 2], c[o + 3], c[o + 4], c[o + 5] };
            // the key orders by id; the table orders A < B by address
            IpAddress first = addresses.address(low);
            IpAddress second = addresses.address(high);
            if (first.compareTo(second) > 0) {
                IpAddress t = first;
                first = second;
                second = t;
                v = new long[] { v[1], v[0], v[3], v[2], v[5], v[4] };
            }
            rows.add(List.of(first.toString(), second.toString(), v[0], v[1], v[2], v[3], v[4] + v[5], v[0] + v[1]));
        }
        List<Column> columns = List.of(new Column("Address A", ColumnType.ADDRESS, null), new Column("Address B", ColumnType.ADDRESS, null),
                new Column("Bytes A to B", ColumnType.NUMBER, Unit.BYTES), new Column("Bytes B to A", ColumnType.NUMBER, Unit.BYTES),
                new Column("Packets A to B", ColumnType.NUMBER, Unit.PACKETS),
                new Column("Packets B to A", ColumnType.NUMBER, Unit.PACKETS), new Column("Flows", ColumnType.NUMBER, Unit.FLOWS),
                new Column("Bytes", ColumnType.NUMBER, Unit.BYTES));
        return new Table("Conversations by bytes", columns, rows);
    }

    private static void add(KeyedCounters pairs, FlowSegment s, int[] rows, int count) {
        for (int j = 0; j < count; j++) {
            int i = rows == null ? j : rows[j];
            int src = s.source(i);
            int dst = s.destination(i);
            int low = Math.min(src, dst);
            int high = Math.max(src, dst);
            int o = pairs.offset(((long) low << 32) | (high & 0xFFFF_FFFFL));
            long[] c = pairs.counters();
            int reverse = src == low ? 0 : 1; // A->B when the source holds the lower id
            c[o + reverse] += s.bytes(i);
            c[o + 2 + reverse] += s.packets(i);
            c[o + 4 + reverse]++;
        }
    }
}
