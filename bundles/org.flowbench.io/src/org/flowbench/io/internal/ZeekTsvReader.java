package org.flowbench.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.flowbench.io.FlowReader;
import org.flowbench.io.ReadReport;
import org.flowbench.model.FlowDataException;
import org.flowbench.model.FlowSink;
import org.flowbench.model.Progress;

/**
 * Zeek conn.log as Zeek's ASCII writer makes it: {@code #separator}, {@code #unset_field},
 * {@code #empty_field} and {@code #fields} header lines, then one connection per line, fields
 * separated as the header says. Columns by the {@code #fields} names (any order, extra ones
 * ignored); a header repeated later (logs concatenated) takes effect from there. Flows as in
 * {@link ZeekConnections}. gzip is undone by {@link org.flowbench.io.FlowFormats}.
 */
public final class ZeekTsvReader implements FlowReader {

    private static final byte[] MAGIC = "#separator ".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String id() {
        return "zeek-conn-tsv";
    }

    @Override
    public String name() {
        return "Zeek conn.log (TSV)";
    }

    @Override
    public List<String> extensions() {
        return List.of("log");
    }

    @Override
    public boolean recognizes(byte[] head) {
        if (head.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (head[i] != MAGIC[i]) {
                return false;
            }
        }
        // another Zeek log (dns.log, ...) has a different #path; a head cut before it is given the benefit
        String text = new String(head, StandardCharsets.UTF_8);
        int path = text.indexOf("\n#path");
        return path < 0 || text.startsWith("conn", path + 7) || text.indexOf('\n', path + 1) < 0;
    }

    @Override
    public ReadReport read(InputStream in, String sourceName, FlowSink sink, Progress progress) throws IOException {
        progress.begin("Reading " + sourceName, -1);
        ReadReport.Builder report = new ReadReport.Builder(sourceName);
        ZeekConnections connections = new ZeekConnections(sink);
        Header header = new Header();
        long lines = ZeekLines.read(in, progress, (line, place) -> {
            if (line.isEmpty()) {
                return;
            }
            if (line.charAt(0) == '#') {
                header.line(line);
                return;
            }
            if (header.index == null) {
                report.skip(place, "a record before the #fields header line");
                return;
            }
            String[] parts = header.split.split(line, -1);
            if (parts.length != header.fields.length) {
                report.skip(place, "wrong number of fields: " + parts.length + " where #fields names " + header.fields.length);
                return;
            }
            String[] fields = header.fields;
            for (int i = 0; i < fields.length; i++) {
                String s = parts[i];
                fields[i] = s.equals(header.unset) ? null : s.equals(header.empty) ? "" : s;
            }
            int[] at = header.index;
            try {
                report.addFlows(connections.accept(column -> at[column] < 0 ? null : fields[at[column]]));
            } catch (IllegalArgumentException e) {
                report.skip(place, e.getMessage());
            }
        });
        if (header.index == null) {
            throw new FlowDataException(sourceName, "line " + Math.max(1, lines), "no #fields header line: not a Zeek log", 0);
        }
        report.count(ZeekConnections.CONNECTIONS, connections.connections);
        return report.build();
    }

    /** What the header lines said so far; a header repeated later takes effect from there. */
    private static final class Header {
        Pattern split = Pattern.compile("\t");
        String unset = "-";
        String empty = "(empty)";
        int[] index;
        String[] fields;

        void line(String line) {
            if (line.startsWith("#separator ")) {
                split = Pattern.compile(Pattern.quote(unescape(line.substring("#separator ".length()).trim())));
                return;
            }
            String[] parts = split.split(line, -1);
            switch (parts[0]) {
                case "#unset_field" -> unset = parts.length > 1 ? parts[1] : unset;
                case "#empty_field" -> empty = parts.length > 1 ? parts[1] : empty;
                case "#fields" -> {
                    index = indexes(parts);
                    fields = new String[parts.length - 1];
                }
                default -> {
                }
            }
        }
    }
    /** @return for each column of {@link ZeekConnections#COLUMNS} its field index, -1 when absent */
    private static int[] indexes(String[] fieldsLine) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 1; i < fieldsLine.length; i++) {
            byName.putIfAbsent(fieldsLine[i], i - 1);
        }
        int[] index = new int[ZeekConnections.COLUMNS.size()];
        for (int c = 0; c < index.length; c++) {
            index[c] = byName.getOrDefault(ZeekConnections.COLUMNS.get(c), -1);
        }
        return index;
    }

    /** Zeek writes the separator with \x escapes, e.g. {@code \x09}. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\x", i) && i + 4 <= s.length()) {
                try {
                    sb.append((char) Integer.parseInt(s.substring(i + 2, i + 4), 16));
                    i += 3;
                    continue;
                } catch (NumberFormatException e) {
                    // not an escape: kept as written
                }
            }
            sb.append(s.charAt(i));
        }
        return sb.length() == 0 ? "\t" : sb.toString();
    }
}
