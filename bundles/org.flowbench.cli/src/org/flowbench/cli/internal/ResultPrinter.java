package org.flowbench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.flowbench.analysis.AnalysisResult;
import org.flowbench.analysis.Findings;
import org.flowbench.analysis.Ranking;
import org.flowbench.analysis.Table;
import org.flowbench.analysis.TimeSeries;
import org.flowbench.model.IpAddress;
import org.flowbench.model.TimeRange;

import com.google.gson.stream.JsonWriter;

/**
 * Prints any analysis result as an aligned table, CSV or JSON. Every result kind becomes a grid of
 * named columns first, so the three formats always agree; JSON additionally keeps the structure
 * of the kind (the time series' bucket, the ranking's other and total).
 */
final class ResultPrinter {

    /** Output formats of {@code flowbench analyze}. */
    enum Format {
        TABLE, CSV, JSON
    }

    /** A result as header and rows of text cells; {@code numeric[i]} says whether column i is right-aligned. */
    record Grid(List<String> header, boolean[] numeric, List<List<String>> rows) {
    }

    private ResultPrinter() {
    }

    static void print(AnalysisResult result, Format format, PrintStream out) throws IOException {
        switch (format) {
        case TABLE -> printTable(result.title(), grid(result), out);
        case CSV -> printCsv(grid(result), out);
        case JSON -> out.println(json(result));
        }
        out.flush();
    }

    static Grid grid(AnalysisResult result) {
        return switch (result) {
        case TimeSeries ts -> timeSeries(ts);
        case Ranking r -> ranking(r);
        case Table t -> table(t);
        case Findings f -> findings(f);
        };
    }

    private static Grid timeSeries(TimeSeries ts) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) {
            rows.add(List.of(TimeRange.toInstant(ts.bucketStart(i)).toString(), Long.toString(ts.values()[i])));
        }
        return new Grid(List.of("time", ts.unit().label()), new boolean[] { false, true }, rows);
    }

    private static Grid ranking(Ranking r) {
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
        return new Grid(header, numeric, rows);
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

    private static Grid table(Table t) {
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
        return new Grid(header, numeric, rows);
    }

    private static Grid findings(Findings f) {
        List<List<String>> rows = new ArrayList<>();
        for (Findings.Finding x : f.findings()) {
            rows.add(List.of(TimeRange.toInstant(x.time().startMicros()).toString(), TimeRange.toInstant(x.time().endMicros()).toString(),
                    x.severity().name().toLowerCase(Locale.ROOT), String.join(" ", x.hosts().stream().map(IpAddress::toString).toList()),
                    x.summary()));
        }
        return new Grid(List.of("from", "to", "severity", "hosts", "summary"), new boolean[5], rows);
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "0.0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static void printTable(String title, Grid g, PrintStream out) {
        int[] width = new int[g.header().size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = g.header().get(c).length();
            for (List<String> row : g.rows()) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        out.println(title);
        out.println(line(g.header(), width, g.numeric()));
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        }
        out.println(rule);
        for (List<String> row : g.rows()) {
            out.println(line(row, width, g.numeric()));
        }
    }

    private static String line(List<String> cells, int[] width, boolean[] numeric) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            sb.append(c == 0 ? "" : "  ").append(numeric[c] ? pad + cell : cell + (c == cells.size() - 1 ? "" : pad));
        }
        return sb.toString();
    }

    private static void printCsv(Grid g, PrintStream out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        csv.printRecord(g.header());
        for (List<String> row : g.rows()) {
            csv.printRecord(row);
        }
        csv.flush();
    }

    static String json(AnalysisResult result) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonWriter w = new JsonWriter(text)) {
            w.setIndent("  ");
            w.beginObject();
            w.name("kind").value(result.kind().id());
            w.name("title").value(result.title());
            switch (result) {
            case TimeSeries ts -> {
                w.name("unit").value(ts.unit().label());
                w.name("start").value(TimeRange.toInstant(ts.startMicros()).toString());
                w.name("bucketMicros").value(ts.bucketMicros());
                w.name("values").beginArray();
                for (long v : ts.values()) {
                    w.value(v);
                }
                w.endArray();
            }
            case Ranking r -> {
                w.name("key").value(r.keyLabel());
                w.name("metrics").beginArray();
                for (Ranking.Metric m : r.metrics()) {
                    w.value(m.name());
                }
                w.endArray();
                w.name("entries").beginArray();
                for (Ranking.Entry e : r.entries()) {
                    w.beginObject().name("key").value(e.key());
                    values(w, r, e.values());
                    w.endObject();
                }
                w.endArray();
                w.name("other").beginObject().name("keys").value(r.otherKeys());
                values(w, r, r.other());
                w.endObject();
                w.name("total").beginObject();
                values(w, r, r.total());
                w.endObject();
            }
            case Table t -> {
                w.name("columns").beginArray();
                for (Table.Column c : t.columns()) {
                    w.value(c.name());
                }
                w.endArray();
                w.name("rows").beginArray();
                for (List<Object> row : t.rows()) {
                    w.beginArray();
                    for (Object cell : row) {
                        if (cell instanceof Number n) {
                            w.value(n);
                        } else {
                            w.value(String.valueOf(cell));
                        }
                    }
                    w.endArray();
                }
                w.endArray();
            }
            case Findings f -> {
                w.name("findings").beginArray();
                for (Findings.Finding x : f.findings()) {
                    w.beginObject();
                    w.name("summary").value(x.summary());
                    w.name("severity").value(x.severity().name().toLowerCase(Locale.ROOT));
                    w.name("from").value(TimeRange.toInstant(x.time().startMicros()).toString());
                    w.name("to").value(TimeRange.toInstant(x.time().endMicros()).toString());
                    w.name("hosts").beginArray();
                    for (IpAddress h : x.hosts()) {
                        w.value(h.toString());
                    }
                    w.endArray();
                    w.name("score").value(x.score());
                    w.endObject();
                }
                w.endArray();
            }
            }
            w.endObject();
        }
        return text.toString();
    }

    private static void values(JsonWriter w, Ranking r, long[] values) throws IOException {
        for (int m = 0; m < values.length; m++) {
            w.name(r.metrics().get(m).name()).value(values[m]);
        }
    }
}
