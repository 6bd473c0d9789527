package org.flowbench.ui.internal.datasets;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.flowbench.ui.datasets.DatasetManager;

/** File > New Synthetic Dataset. */
public final class NewSyntheticDatasetHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        DatasetManager datasets = PlatformUI.getWorkbench().getService(DatasetManager.class);
        new WizardDialog(HandlerUtil.getActiveShell(event), new NewSyntheticDatasetWizard(datasets)).open();
        return null;
    }
}
