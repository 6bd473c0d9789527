package org.flowbench.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.flowbench.model.IpAddress;
import org.flowbench.model.TimeRange;

/**
 * Any result as a grid of named text columns: what a table view, a CSV export and the command
 * line's printers show, so that they always agree. Numbers are written out in full; times in
 * ISO-8601 UTC.
 *
 * @param header  the column names
 * @param numeric for each column whether it holds numbers (printers align them right)
 * @param rows    the cells, one list per row
 */
public record ResultGrid(List<String> header, boolean[] numeric, List<List<String>> rows) {

    public ResultGrid {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Writes the grid as CSV (RFC 4180, header first, \n line ends). */
    public void writeCsv(Appendable out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        csv.printRecord(header);
        for (List<String> row : rows) {
            csv.printRecord(row);
        }
        csv.flush();
    }

    public static ResultGrid of(AnalysisResult result) {
        return switch (result) {
        case TimeSeries ts -> timeSeries(ts);
        case Ranking r -> ranking(r);
        case Table t -> table(t);
        case Findings f -> findings(f);
        };
    }

    private static ResultGrid timeSeries(TimeSeries ts) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) {
            rows.add(List.of(TimeRange.toInstant(ts.bucketStart(i)).toString(), Long.toString(ts.values()[i])));
        }
        return new ResultGrid(List.of("time", ts.unit().label()), new boolean[] { false, true }, rows);
    }

    private static ResultGrid ranking(Ranking r) {
        List<String> header = new ArrayList<>();
        header.add("rank");
        header.add(r.keyLabel().toLowerCase(Locale.ROOT));
        r.metrics().forEach(m -> header.add(m.name()));
        header.add("share");
        boolean[] numeric = new boolean[header.size()];
        numeric[0] = true;
        for (int i = 2; i < numeric.length; i++) {
            numeric[i] = true;
        }
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (Ranking.Entry e : r.entries()) {
            rows.add(rankingRow(Integer.toString(rank++), e.key(), e.values(), r.total()));
        }
        if (r.otherKeys() > 0) {
            rows.add(rankingRow("", "other (" + r.otherKeys() + ")", r.other(), r.total()));
        }
        rows.add(rankingRow("", "total", r.total(), r.total()));
        return new ResultGrid(header, numeric, rows);
    }

    private static List<String> rankingRow(String rank, String key, long[] values, long[] total) {
        List<String> row = new ArrayList<>();
        row.add(rank);
        row.add(key);
        for (long v : values) {
            row.add(Long.toString(v));
        }
        row.add(percent(values[0], total[0]));
        return row;
    }

    private static ResultGrid table(Table t) {
        List<String> header = t.columns().stream().map(c -> c.name()).toList();
        boolean[] numeric = new boolean[header.size()];
        for (int i = 0; i < numeric.length; i++) {
            numeric[i] = t.columns().get(i).type() == Table.ColumnType.NUMBER;
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                Object v = row.get(i);
                cells.add(t.columns().get(i).type() == Table.ColumnType.TIME && v instanceof Long micros
                        ? TimeRange.toInstant(micros).toString()
                        : String.valueOf(v));
            }
            rows.add(cells);
        }
        return new ResultGrid(header, numeric, rows);
    }

    private static ResultGrid findings(Findings f) {
        List<List<String>> rows = new ArrayList<>();
        for (Findings.Finding x : f.findings()) {
            rows.add(List.of(TimeRange.toInstant(x.time().startMicros()).toString(), TimeRange.toInstant(x.time().endMicros()).toString(),
                    x.severity().name().toLowerCase(Locale.ROOT), String.join(" ", x.hosts().stream().map(IpAddress::toString).toList()),
                    x.summary()));
        }
        return new ResultGrid(List.of("from", "to", "severity", "hosts", "summary"), new boolean[5], rows);
    }

    /** @return "12.3%": the part of the whole, one decimal */
    public static String percent(long part, long whole) {
        return whole == 0 ? "0.0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
