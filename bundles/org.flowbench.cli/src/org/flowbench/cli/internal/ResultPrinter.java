package org.flowbench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flowbench.analysis.AnalysisResult;
import org.flowbench.analysis.Findings;
import org.flowbench.analysis.ResultGrid;
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

    private ResultPrinter() {
    }

    static void print(AnalysisResult result, Format format, PrintStream out) throws IOException {
        switch (format) {
        case TABLE -> printTable(result.title(), ResultGrid.of(result), out);
        case CSV -> ResultGrid.of(result).writeCsv(out);
        case JSON -> out.println(json(result));
        }
        out.flush();
    }

    private static void printTable(String title, ResultGrid g, PrintStream out) {
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
