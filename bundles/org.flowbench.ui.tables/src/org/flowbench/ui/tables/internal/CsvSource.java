package org.flowbench.ui.tables.internal;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A view whose rows can be written as CSV: all of them (Export) or the selected ones (Copy). The
 * rows are taken as shown when the export starts; writing may run off the UI thread.
 */
public interface CsvSource {

    /** The rows to write, fixed when taken: safe to write from another thread. */
    interface Snapshot {
        int count();

        /** Writes the header and the rows at the given positions of the shown order (all when null). */
        void write(Appendable out, int[] rows, IProgressMonitor monitor) throws IOException;
    }

    /** @return e.g. "flows.csv" */
    String csvFileName();

    /** @return the rows as shown now; UI thread */
    Snapshot csvRows();

    /** @return the positions of the selected rows in the shown order; UI thread */
    int[] selectedRows();
}
