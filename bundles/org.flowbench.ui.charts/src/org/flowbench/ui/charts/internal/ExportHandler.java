package org.flowbench.ui.charts.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.flowbench.ui.charts.ExportableChart;

/** Asks for a file and saves what the active chart shows into it; active while a chart view is the active part. */
abstract class ExportHandler extends AbstractHandler {

    /** @return e.g. "png" */
    protected abstract String extension();

    /** @return e.g. "PNG image (*.png)" */
    protected abstract String filterName();

    /** @return whether the chart has something to save */
    protected abstract boolean canExport(ExportableChart chart);

    protected abstract void export(ExportableChart chart, Path file) throws IOException;

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPart part = HandlerUtil.getActivePartChecked(event);
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        if (!(part instanceof ExportableChart chart) || !canExport(chart)) {
            MessageDialog.openInformation(shell, "Export", "The chart shows nothing yet.");
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export " + part.getTitle());
        dialog.setFilterExtensions(new String[] { "*." + extension() });
        dialog.setFilterNames(new String[] { filterName() });
        dialog.setFileName(chart.exportName() + "." + extension());
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return null;
        }
        Path path = Path.of(file.endsWith("." + extension()) ? file : file + "." + extension());
        try {
            export(chart, path);
        } catch (IOException e) {
            MessageDialog.openError(shell, "Export", "Cannot save " + path + ":\n" + e.getMessage());
        }
        return null;
    }
}
