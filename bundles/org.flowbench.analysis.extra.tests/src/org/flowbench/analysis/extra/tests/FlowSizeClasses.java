package org.flowbench.analysis.extra.tests;

import java.util.ArrayList;
import java.util.List;

import org.flowbench.analysis.Analysis;
import org.flowbench.analysis.AnalysisDescriptor;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.Table;
import org.flowbench.analysis.Table.Column;
import org.flowbench.analysis.Table.ColumnType;
import org.flowbench.analysis.Unit;
import org.flowbench.model.Progress;

/**
 * Flows and bytes per size class in powers of ten (decimal units): below 100 B, 100 B - 1 KB,
 * 1 KB - 10 KB, and so on. One row per class from the smallest class to the largest class that
 * has flows, empty classes in between included, so that the rows read as a histogram. Contributed
 * through plugin.xml.
 */
public final class FlowSizeClasses implements Analysis {

    /** Class 0 holds flows below 100 B; class c >= 1 holds [10^(c+1), 10^(c+2)) bytes. */
    static final int CLASSES = 18;
    private static final String[] PREFIXES = { "", "K", "M", "G", "T", "P", "E" };

    @Override
    public Table compute(AnalysisDescriptor descriptor, AnalysisQuery query, Progress progress) {
        long[] flows = new long[CLASSES];
        long[] bytes = new long[CLASSES];
        SelectedRows.forEach(query, progress, (segment, row) -> {
            long b = segment.bytes(row);
            int c = sizeClass(b);
            flows[c]++;
            bytes[c] += b;
        });
        int largest = -1;
        for (int c = 0; c < CLASSES; c++) {
            if (flows[c] > 0) {
                largest = c;
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int c = 0; c <= largest; c++) {
            rows.add(List.of(label(c), flows[c], bytes[c]));
        }
        List<Column> columns = List.of(new Column("Size", ColumnType.TEXT, null), new Column("Flows", ColumnType.NUMBER, Unit.FLOWS),
                new Column("Bytes", ColumnType.NUMBER, Unit.BYTES));
        return new Table("Flows by size", columns, rows);
    }

    static int sizeClass(long bytes) {
        int c = 0;
        long limit = 100;
        while (bytes >= limit) {
            c++;
            if (limit > Long.MAX_VALUE / 10) {
                break; // 10^19 does not fit a long: every larger count is in the last class
            }
            limit *= 10;
        }
        return c;
    }

    /** @return "< 100 B" for class 0, else "LOW - HIGH", e.g. "1 KB - 10 KB" */
    static String label(int sizeClass) {
        return sizeClass == 0 ? "< 100 B" : power(sizeClass + 1) + " - " + power(sizeClass + 2);
    }

    /** @return 10^exponent bytes in decimal units, e.g. "100 B", "1 KB", "10 MB" */
    private static String power(int exponent) {
        int mantissa = exponent % 3 == 0 ? 1 : exponent % 3 == 1 ? 10 : 100;
        return mantissa + " " + PREFIXES[exponent / 3] + "B";
    }
}
