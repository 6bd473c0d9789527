package org.flowbench.ui.tables.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.flowbench.ui.tables.TablesUi;

/**
 * Export to CSV in the view menu of a table view: asks for a file, then writes every row, as
 * shown (filtered and sorted), in a job with progress and cancel.
 */
public final class ExportCsvHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPart part = HandlerUtil.getActivePartChecked(event);
        CsvSource source = Adapters.adapt(part, CsvSource.class);
        if (source == null) {
            return null;
        }
        FileDialog dialog = new FileDialog(HandlerUtil.getActiveShellChecked(event), SWT.SAVE);
        dialog.setText("Export " + part.getTitle() + " to CSV");
        dialog.setFilterExtensions(new String[] { "*.csv", "*" });
        dialog.setFileName(source.csvFileName());
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            export(source.csvRows(), Path.of(file));
        }
        return null;
    }

    /** @return the scheduled job that writes the rows to the file */
    public static Job export(CsvSource.Snapshot rows, Path file) {
        Job job = Job.create("Exporting " + rows.count() + " rows to " + file.getFileName(), (IProgressMonitor monitor) -> {
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
                rows.write(out, null, monitor);
            } catch (IOException e) {
                return new Status(IStatus.ERROR, TablesUi.PLUGIN_ID, "Cannot write " + file + ": " + e.getMessage(), e);
            }
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
