package org.flowbench.ui.tables.internal.conversations;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.flowbench.analysis.Table;
import org.flowbench.model.IndexSort;
import org.flowbench.model.IpAddress;
import org.flowbench.ui.TrafficUnits;
import org.flowbench.ui.tables.internal.Csv;
import org.flowbench.ui.tables.internal.CsvSource;
import org.flowbench.ui.tables.internal.PagedTable;

/**
 * The conversations of an analysis result, with the order they are shown in: sorting makes a new
 * order over the same table. Bytes are shown in human units, with the exact number in the tooltip
 * and in CSV.
 */
public final class ConversationRows implements PagedTable.Rows, CsvSource.Snapshot {

    /** The columns, in the order of the analysis's table. */
    public static final List<String> COLUMNS = List.of("Address A", "Address B", "Bytes A to B", "Bytes B to A", "Packets A to B",
            "Packets B to A", "Flows", "Bytes");
    static final int ADDRESS_A = 0;
    static final int ADDRESS_B = 1;
    private static final int FIRST_NUMBER = 2;

    private final Table table;
    private final int[] index; // the table's column of each of COLUMNS
    private final int[] order;

    private ConversationRows(Table table, int[] index, int[] order) {
        this.table = table;
        this.index = index;
        this.order = order;
    }

    /**
     * Shows the analysis's rows in its order; cells are read from the table when shown, since a
     * million rows copied out would take longer than computing them.
     */
    public static ConversationRows of(Table table) {
        int n = table.rows().size();
        int[] index = new int[COLUMNS.size()];
        for (int c = 0; c < index.length && n > 0; c++) {
            index[c] = table.columnIndex(COLUMNS.get(c));
        }
        int[] order = new int[n];
        Arrays.setAll(order, r -> r);
        return new ConversationRows(table, index, order);
    }

    /** @return the same rows ordered by the column; equal values in the analysis's order (by bytes) */
    public ConversationRows sortedBy(int column, boolean descending, BooleanSupplier canceled) {
        int n = order.length;
        int[] sorted = new int[n];
        for (int r = 0; r < n; r++) {
            sorted[r] = r;
        }
        long[] keys = new long[n];
        if (column == ADDRESS_A || column == ADDRESS_B) {
            // parsed only here: most tables are never sorted by address
            long[] high = new long[n];
            long[] low = new long[n];
            for (int r = 0; r < n; r++) {
                if ((r & 0xFFFF) == 0 && canceled.getAsBoolean()) {
                    throw new CancellationException();
                }
                IpAddress address = IpAddress.parse((String) table.cell(r, index[column]));
                high[r] = address.high();
                low[r] = address.low();
            }
            // by the low half, then stably by the high half: the order of the 128-bit value
            for (int j = 0; j < n; j++) {
                keys[j] = IndexSort.unsigned(low[sorted[j]]);
            }
            IndexSort.sort(sorted, keys, descending, canceled);
            for (int j = 0; j < n; j++) {
                keys[j] = IndexSort.unsigned(high[sorted[j]]);
            }
        } else {
            for (int j = 0; j < n; j++) {
                if ((j & 0xFFFF) == 0 && canceled.getAsBoolean()) {
                    throw new CancellationException();
                }
                keys[j] = (Long) table.cell(sorted[j], index[column]);
            }
        }
        IndexSort.sort(sorted, keys, descending, canceled);
        return new ConversationRows(table, index, sorted);
    }

    @Override
    public int count() {
        return order.length;
    }

    /** @return the address of the shown row, {@link #ADDRESS_A} or {@link #ADDRESS_B} */
    public String address(int row, int column) {
        return (String) table.cell(order[row], index[column == ADDRESS_B ? ADDRESS_B : ADDRESS_A]);
    }

    /** @return the exact number of a numeric column (2..7) of the shown row */
    public long number(int row, int column) {
        return (Long) table.cell(order[row], index[column]);
    }

    @Override
    public String text(int row, int column) {
        if (column < FIRST_NUMBER) {
            return address(row, column);
        }
        long v = number(row, column);
        return isBytes(column) ? TrafficUnits.volume(v) : TrafficUnits.count(v);
    }

    @Override
    public String tooltip(int row, int column) {
        if (column < FIRST_NUMBER) {
            return address(row, ADDRESS_A) + " \u2194 " + address(row, ADDRESS_B);
        }
        return String.format(Locale.ROOT, "%,d %s", number(row, column), isBytes(column) ? "bytes" : column == 6 ? "flows" : "packets");
    }

    static boolean isBytes(int column) {
        return column == 2 || column == 3 || column == 7;
    }

    @Override
    public void write(Appendable out, int[] rows, IProgressMonitor monitor) throws IOException {
        int n = rows == null ? order.length : rows.length;
        SubMonitor progress = SubMonitor.convert(monitor, "Writing " + n + " conversations", n / 10_000 + 1);
        Csv.row(out, COLUMNS);
        String[] cells = new String[COLUMNS.size()];
        for (int j = 0; j < n; j++) {
            if (j % 10_000 == 9_999) {
                progress.worked(1);
                if (progress.isCanceled()) {
                    return;
                }
            }
            int row = rows == null ? j : rows[j];
            cells[0] = address(row, ADDRESS_A);
            cells[1] = address(row, ADDRESS_B);
            for (int c = FIRST_NUMBER; c < cells.length; c++) {
                cells[c] = Long.toString(number(row, c));
            }
            Csv.row(out, cells);
        }
    }
}
