package org.flowbench.io.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The column names of a CSV file's first line, compared without case and surrounding spaces. */
final class CsvHeader {

    private final List<String> names;
    private final Map<String, Integer> indexes = new HashMap<>();
    private final Set<String> duplicates = new LinkedHashSet<>();

    CsvHeader(List<String> columns) {
        names = new ArrayList<>(columns.size());
        for (String column : columns) {
            String name = column.trim().toLowerCase(Locale.ROOT);
            if (indexes.putIfAbsent(name, names.size()) != null) {
                duplicates.add(name);
            }
            names.add(name);
        }
    }

    static CsvHeader of(CSVRecord record) {
        return new CsvHeader(record.toList());
    }

    /**
     * @param head the first bytes of the input, UTF-8 with or without byte order mark
     * @return the header in its first line, null when that is no CSV record
     */
    static CsvHeader fromHead(byte[] head) {
        int from = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        int to = from;
        while (to < head.length && head[to] != '\n' && head[to] != '\r') {
            to++;
        }
        if (to == from) {
            return null;
        }
        String line = new String(head, from, to - from, StandardCharsets.UTF_8);
        try (CSVParser parser = CsvSyntax.READ.parse(new StringReader(line))) {
            List<CSVRecord> records = parser.getRecords();
            return records.size() == 1 ? of(records.get(0)) : null;
        } catch (IOException | UncheckedIOException e) {
            return null; // broken quoting: not a header
        }
    }

    int size() {
        return names.size();
    }

    /** @return the column's index, -1 when there is no such column */
    int index(String name) {
        return indexes.getOrDefault(name, -1);
    }

    boolean has(String name) {
        return indexes.containsKey(name);
    }

    /** @return the names that appear more than once */
    Set<String> duplicates() {
        return duplicates;
    }

    /** @return the names as found (lower case), shortened for messages */
    String describe() {
        String text = String.join(",", names);
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
