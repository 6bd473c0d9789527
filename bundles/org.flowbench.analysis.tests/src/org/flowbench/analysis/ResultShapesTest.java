package org.flowbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.flowbench.analysis.Table.Column;
import org.flowbench.analysis.Table.ColumnType;
import org.junit.jupiter.api.Test;

/** The invariants the result records keep. */
class ResultShapesTest {

    @Test
    void aTableRowNeedsOneCellPerColumn() {
        List<Column> columns = List.of(new Column("Name", ColumnType.TEXT, null), new Column("Bytes", ColumnType.NUMBER, Unit.BYTES));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Table("t", columns, List.of(List.of("a"))));
        assertEquals("row has 1 cells for 2 columns", e.getMessage());
        Table t = new Table("t", columns, List.of(List.of("a", 1L)));
        assertEquals(1, t.columnIndex("Bytes"));
        assertThrows(IllegalArgumentException.class, () -> t.columnIndex("Packets"));
    }

    @Test
    void aTableKeptInColumnsReadsLikeOneInRows() {
        List<Column> columns = List.of(new Column("Name", ColumnType.TEXT, null), new Column("Bytes", ColumnType.NUMBER, Unit.BYTES));
        String[] names = { "a", "b", "c" };
        long[] bytes = { 30, 20, 10 };
        Table columnar = Table.ofColumns("t", columns, 3, (r, c) -> c == 0 ? names[r] : (Object) bytes[r]);
        Table rowwise = new Table("t", columns, List.of(List.of("a", 30L), List.of("b", 20L), List.of("c", 10L)));
        assertEquals(rowwise, columnar);
        assertEquals(rowwise.rows(), columnar.rows());
        assertEquals(20L, columnar.cell(1, 1));
        assertEquals(20L, rowwise.cell(1, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> columnar.cell(3, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> columnar.cell(0, 2));
        assertThrows(IllegalArgumentException.class, () -> Table.ofColumns("t", columns, -1, (r, c) -> null));
    }

    @Test
    void resultsKeepTheirOwnCopies() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("a"));
        Table t = new Table("t", List.of(new Column("Name", ColumnType.TEXT, null)), rows);
        rows.add(List.of("b"));
        assertEquals(1, t.rows().size());
    }

    @Test
    void shareIsOfTheRankedTotal() {
        Ranking.Entry e = new Ranking.Entry("10.0.0.1", new long[] { 25, 1, 1 });
        assertEquals(0.25, new Ranking("r", "Source", List.of(), List.of(e), new long[3], 0, new long[] { 100, 2, 2 }).share(e));
        assertEquals(0.0, new Ranking("r", "Source", List.of(), List.of(e), new long[3], 0, new long[] { 0, 2, 2 }).share(e));
        assertEquals(25, e.value());
    }

    @Test
    void descriptorIdsAreLowerCaseWithDigitsDotsAndDashes() {
        new AnalysisDescriptor("a.b-2", "n", "d", ResultKind.TABLE, List.of(), "c");
        for (String bad : new String[] { "Top", "-a", "a b", "a_b", "" }) {
            assertThrows(IllegalArgumentException.class, () -> new AnalysisDescriptor(bad, "n", "d", ResultKind.TABLE, List.of(), "c"), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> new AnalysisDescriptor(null, "n", "d", ResultKind.TABLE, List.of(), "c"));
    }
}
