package org.flowbench.analysis;

import java.util.List;

/**
 * Rows of typed columns: a matrix of address pairs, a protocol mix, anything tabular. Cells are
 * {@code String} for text and addresses, {@code Long} for numbers and times.
 *
 * @param title   e.g. "Conversations"
 * @param columns the columns
 * @param rows    the rows, each with one cell per column
 */
public record Table(String title, List<Column> columns, List<List<Object>> rows) implements AnalysisResult {

    /** The kinds of cells. */
    public enum ColumnType {
        TEXT, ADDRESS, NUMBER, TIME
    }

    /**
     * @param name column title
     * @param type cell type
     * @param unit for NUMBER columns, what they count; null otherwise
     */
    public record Column(String name, ColumnType type, Unit unit) {
    }

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    @Override
    public ResultKind kind() {
        return ResultKind.TABLE;
    }

    public int columnIndex(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column '" + name + "' in " + title);
    }
}
