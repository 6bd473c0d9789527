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
 * {@code geo-country-pairs}: the country-pair matrix as rows, source country to destination
 * country, by bytes. Addresses without a country count under their kind, so private-to-country
 * traffic shows as such. With about 260 places the matrix is 68,000 cells: small enough for one
 * array per core.
 */
public final class CountryPairs implements Analysis {

    /** The columns, in the order of every row. */
    public static final List<Column> COLUMNS = List.of(new Column("Source country", ColumnType.TEXT, null),
            new Column("Source name", ColumnType.TEXT, null), new Column("Destination country", ColumnType.TEXT, null),
            new Column("Destination name", ColumnType.TEXT, null), new Column("Bytes", ColumnType.NUMBER, Unit.BYTES),
            new Column("Packets", ColumnType.NUMBER, Unit.PACKETS), new Column("Flows", ColumnType.NUMBER, Unit.FLOWS));

    @Override
    public Table compute(AnalysisDescriptor descriptor, AnalysisQuery query, Progress progress) {
        return GeoIpAccess.with(geo -> compute(geo, query, progress));
    }

    /** The computation with a given GeoIP service, for tests and other callers outside the registry. */
    public static Table compute(GeoIp geo, AnalysisQuery query, Progress progress) {
        Places places = new Places(geo, query.flows().addresses());
        int n = places.count();
        long[] acc = FlowScan.reduce(query, () -> new long[3 * n * n], (a, s, rows, count) -> add(a, s, rows, count, places, n),
                FlowScan::sum, progress);
        List<Integer> cells = IntStream.range(0, n * n).filter(c -> acc[3 * c + 2] > 0).boxed()
                .sorted(Comparator.comparingLong((Integer c) -> -acc[3 * c]).thenComparing(c -> c)).toList();
        List<List<Object>> rows = new ArrayList<>();
        long[] other = new long[3];
        for (int k = 0; k < cells.size(); k++) {
            int c = cells.get(k);
            if (k < query.topN()) {
                int src = c / n;
                int dst = c % n;
                rows.add(List.of(places.code(src), places.name(src), places.code(dst), places.name(dst), acc[3 * c], acc[3 * c + 1],
                        acc[3 * c + 2]));
            } else {
                for (int m = 0; m < 3; m++) {
                    other[m] += acc[3 * c + m];
                }
            }
        }
        if (cells.size() > query.topN()) {
            rows.add(List.of("other", (cells.size() - query.topN()) + " more pairs", "", "", other[0], other[1], other[2]));
        }
        return new Table("Country pairs by bytes", COLUMNS, rows);
    }

    private static void add(long[] acc, FlowSegment s, int[] rows, int count, Places places, int n) {
        for (int j = 0; j < count; j++) {
            int i = rows == null ? j : rows[j];
            int cell = 3 * (places.of(s.source(i)) * n + places.of(s.destination(i)));
            acc[cell] += s.bytes(i);
            acc[cell + 1] += s.packets(i);
            acc[cell + 2]++;
        }
    }
}
