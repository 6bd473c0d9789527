package org.flowbench.ui.ide.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.flowbench.ui.charts.ChartsUi;
import org.flowbench.ui.datasets.DatasetManager;

/**
 * Reads the selected workspace file as the active dataset (in a job, as File > Open does) and
 * brings the Traffic over time view forward in the current perspective, so an IDE user stays
 * where they are.
 */
public final class OpenInFlowbenchHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Object selected = HandlerUtil.getCurrentStructuredSelection(event).getFirstElement();
        IFile file = Adapters.adapt(selected, IFile.class);
        IPath location = file == null ? null : file.getLocation();
        if (location == null) {
            throw new ExecutionException("Open in Flowbench needs a file of the local file system, not " + selected);
        }
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        window.getWorkbench().getService(DatasetManager.class).open(location.toFile().toPath());
        try {
            window.getActivePage().showView(ChartsUi.TRAFFIC_OVER_TIME_VIEW_ID);
        } catch (PartInitException e) {
            throw new ExecutionException("cannot show the Traffic over time view", e);
        }
        return null;
    }
}
