package org.flowbench.analysis;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;

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

    /** Reads a cell of a table kept in columns. */
    @FunctionalInterface
    public interface Cells {
        Object cell(int row, int column);
    }

    public Table {
        columns = List.copyOf(columns);
        if (!(rows instanceof ColumnRows c && c.width == columns.size())) {
            rows = List.copyOf(rows);
            for (List<Object> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("row has " + row.size() + " cells for " + columns.size() + " columns");
                }
            }
        }
    }

    /**
     * A table kept in the analysis's own columns: rows are made only when asked for, which for a
     * million conversations saves more time than computing them took.
     *
     * @param cells reads a cell; must keep answering the same
     */
    public static Table ofColumns(String title, List<Column> columns, int rowCount, Cells cells) {
        return new Table(title, columns, new ColumnRows(rowCount, columns.size(), Objects.requireNonNull(cells)));
    }

    /** @return one cell, without making its row */
    public Object cell(int row, int column) {
        return rows instanceof ColumnRows c ? c.cell(row, column) : rows.get(row).get(column);
    }

    /** The rows of a table kept in columns, each made when it is read. */
    private static final class ColumnRows extends AbstractList<List<Object>> {
        final int size;
        final int width;
        final Cells cells;

        ColumnRows(int size, int width, Cells cells) {
            if (size < 0) {
                throw new IllegalArgumentException("negative row count " + size);
            }
            this.size = size;
            this.width = width;
            this.cells = cells;
        }

        Object cell(int row, int column) {
            Objects.checkIndex(row, size);
            Objects.checkIndex(column, width);
            return cells.cell(row, column);
        }

        @Override
        public List<Object> get(int row) {
            Object[] r = new Object[width];
            for (int c = 0; c < width; c++) {
                r[c] = cell(row, c);
            }
            return List.of(r);
        }

        @Override
        public int size() {
            return size;
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
