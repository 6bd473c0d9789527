package org.flowbench.ui.internal.datasets;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;
import org.flowbench.ui.datasets.DatasetManager;

/** File > Close Dataset: closes the active dataset. */
public final class CloseDatasetHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        DatasetManager datasets = PlatformUI.getWorkbench().getService(DatasetManager.class);
        datasets.active().ifPresent(datasets::close);
        return null;
    }

    @Override
    public boolean isEnabled() {
        DatasetManager datasets = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getService(DatasetManager.class) : null;
        return datasets != null && datasets.active().isPresent();
    }
}
