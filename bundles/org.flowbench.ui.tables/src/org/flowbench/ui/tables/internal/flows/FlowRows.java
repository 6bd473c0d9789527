package org.flowbench.ui.tables.internal.flows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.ui.tables.internal.Csv;
import org.flowbench.ui.tables.internal.CsvSource;
import org.flowbench.ui.tables.internal.PagedTable;

/**
 * The flows a Flows view shows: positions into a snapshot, in the shown order. Cells are read from
 * the store when the table asks for them; nothing is made per row.
 */
public final class FlowRows implements PagedTable.Rows, CsvSource.Snapshot {

    private static final FlowColumn[] COLUMNS = FlowColumn.values();

    private final FlowSnapshot flows;
    private final int[] positions;
    private final FlowRecord cached = new FlowRecord();
    private int cachedPosition = -1;

    /** @param positions the rows shown, in the shown order; not copied, and not to be changed */
    public FlowRows(FlowSnapshot flows, int[] positions) {
        this.flows = flows;
        this.positions = positions;
    }

    public FlowSnapshot flows() {
        return flows;
    }

    /** @return the position in the snapshot of the shown row */
    public int position(int row) {
        return positions[row];
    }

    @Override
    public int count() {
        return positions.length;
    }

    @Override
    public String text(int row, int column) {
        return COLUMNS[column].text(record(row));
    }

    /** The whole cell, for addresses too long for their column. */
    @Override
    public String tooltip(int row, int column) {
        return text(row, column);
    }

    /** @return the shown row's flow; the same instance for every call on the UI thread */
    public FlowRecord record(int row) {
        int p = positions[row];
        if (p != cachedPosition) {
            flows.read(p, cached);
            cachedPosition = p;
        }
        return cached;
    }

    @Override
    public void write(Appendable out, int[] rows, IProgressMonitor monitor) throws IOException {
        int n = rows == null ? positions.length : rows.length;
        SubMonitor progress = SubMonitor.convert(monitor, "Writing " + n + " flows", n / 10_000 + 1);
        List<String> header = new ArrayList<>();
        for (FlowColumn c : COLUMNS) {
            header.add(c.title());
        }
        Csv.row(out, header);
        FlowRecord f = new FlowRecord(); // its own: may run beside the UI thread's reads
        String[] cells = new String[COLUMNS.length];
        for (int j = 0; j < n; j++) {
            if (j % 10_000 == 9_999) {
                progress.worked(1);
                if (progress.isCanceled()) {
                    return;
                }
            }
            flows.read(positions[rows == null ? j : rows[j]], f);
            for (int c = 0; c < COLUMNS.length; c++) {
                cells[c] = COLUMNS[c].csv(f);
            }
            Csv.row(out, cells);
        }
    }
}
