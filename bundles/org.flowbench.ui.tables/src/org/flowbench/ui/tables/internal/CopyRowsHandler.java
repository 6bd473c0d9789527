package org.flowbench.ui.tables.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;

/**
 * Copy (Ctrl+C) in a table view: the selected rows as CSV with the header. A few thousand rows are
 * written at once; more are written in a job, and at most {@value #MAX_ROWS} go to the clipboard.
 */
public final class CopyRowsHandler extends AbstractHandler {

    static final int AT_ONCE = 5_000;
    static final int MAX_ROWS = 1_000_000;

    private final CsvSource source;

    public CopyRowsHandler(CsvSource source) {
        this.source = source;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        int[] rows = source.selectedRows();
        if (rows.length == 0) {
            return null;
        }
        if (rows.length > MAX_ROWS) {
            rows = java.util.Arrays.copyOf(rows, MAX_ROWS);
        }
        CsvSource.Snapshot snapshot = source.csvRows();
        Display display = Display.getCurrent();
        if (rows.length <= AT_ONCE) {
            toClipboard(display, write(snapshot, rows, null));
            return null;
        }
        int[] chosen = rows;
        Job job = Job.create("Copying " + rows.length + " rows", (IProgressMonitor monitor) -> {
            String text = write(snapshot, chosen, monitor);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            display.asyncExec(() -> toClipboard(display, text));
            return Status.OK_STATUS;
        });
        job.schedule();
        return null;
    }

    private static String write(CsvSource.Snapshot snapshot, int[] rows, IProgressMonitor monitor) {
        StringBuilder text = new StringBuilder(rows.length * 120);
        try {
            snapshot.write(text, rows, monitor);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return text.toString();
    }

    private static void toClipboard(Display display, String text) {
        Clipboard clipboard = new Clipboard(display);
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

}
