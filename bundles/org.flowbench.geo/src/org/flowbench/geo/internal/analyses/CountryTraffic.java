package org.flowbench.geo.internal.analyses;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.flowbench.analysis.Analysis;
import org.flowbench.analysis.AnalysisDescriptor;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.Table;
import org.flowbench.analysis.Table.Column;
import org.flowbench.analysis.Table.ColumnType;
import org.flowbench.analysis.Unit;
import org.flowbench.geo.GeoIp;
import org.flowbench.model.FlowSegment;
import org.flowbench.model.Progress;

/**
 * {@code geo-countries}: bytes, packets and flows per country as source and as destination, the
 * countries ordered by their bytes in both roles; addresses without a country count under their
 * kind (private, unknown, ...), so the rows add up to the traffic.
 */
public final class CountryTraffic implements Analysis {

    /** Per place: bytes, packets, flows as source, then the same as destination. */
    private static final int STRIDE = 6;

    @Override
    public Table compute(AnalysisDescriptor descriptor, AnalysisQuery query, Progress progress) {
        return GeoIpAccess.with(geo -> compute(geo, query, progress));
    }

    /** The computation with a given GeoIP service, for tests and other callers outside the registry. */
    public static Table compute(GeoIp geo, AnalysisQuery query, Progress progress) {
        Places places = new Places(geo, query.flows().addresses());
        int n = places.count();
        long[] acc = FlowScan.reduce(query, () -> new long[STRIDE * n], (a, s, rows, count) -> add(a, s, rows, count, places),
                FlowScan::sum, progress);
        List<Integer> order = IntStream.range(0, n).filter(p -> acc[STRIDE * p + 2] + acc[STRIDE * p + 5] > 0).boxed()
                .sorted(Comparator.comparingLong((Integer p) -> -(acc[STRIDE * p] + acc[STRIDE * p + 3])).thenComparing(p -> p))
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        long[] other = new long[STRIDE];
        for (int k = 0; k < order.size(); k++) {
            int p = order.get(k);
            if (k < query.topN()) {
                rows.add(row(places.code(p), places.name(p), acc, STRIDE * p));
            } else {
                for (int m = 0; m < STRIDE; m++) {
                    other[m] += acc[STRIDE * p + m];
                }
            }
        }
        if (order.size() > query.topN()) {
            rows.add(row("other", (order.size() - query.topN()) + " more places", other, 0));
        }
        List<Column> columns = List.of(new Column("Country", ColumnType.TEXT, null), new Column("Name", ColumnType.TEXT, null),
                new Column("Bytes as source", ColumnType.NUMBER, Unit.BYTES),
                new Column("Bytes as destination", ColumnType.NUMBER, Unit.BYTES),
                new Column("Packets as source", ColumnType.NUMBER, Unit.PACKETS),
                new Column("Packets as destination", ColumnType.NUMBER, Unit.PACKETS),
                new Column("Flows as source", ColumnType.NUMBER, Unit.FLOWS),
                new Column("Flows as destination", ColumnType.NUMBER, Unit.FLOWS));
        return new Table("Traffic by country", columns, rows);
    }

    private static List<Object> row(String code, String name, long[] acc, int at) {
        return List.of(code, name, acc[at], acc[at + 3], acc[at + 1], acc[at + 4], acc[at + 2], acc[at + 5]);
    }

    private static void add(long[] acc, FlowSegment s, int[] rows, int count, Places places) {
        for (int j = 0; j < count; j++) {
            int i = rows == null ? j : rows[j];
            long bytes = s.bytes(i);
            long packets = s.packets(i);
            int src = STRIDE * places.of(s.source(i));
            int dst = STRIDE * places.of(s.destination(i)) + 3;
            acc[src] += bytes;
            acc[src + 1] += packets;
            acc[src + 2]++;
            acc[dst] += bytes;
            acc[dst + 1] += packets;
            acc[dst + 2]++;
        }
    }
}
