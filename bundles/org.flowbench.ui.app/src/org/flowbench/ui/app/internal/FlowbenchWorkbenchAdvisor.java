package org.flowbench.ui.app.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.flowbench.ui.FlowbenchUi;
import org.flowbench.ui.datasets.DatasetManager;

final class FlowbenchWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        // Users expect their layout back after a restart, as in the Eclipse IDE.
        configurer.setSaveAndRestore(true);
    }

    @Override
    public void postStartup() {
        // the datasets of the last session, or on the very first start the default synthetic one
        getWorkbenchConfigurer().getWorkbench().getService(DatasetManager.class).restoreSession();
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return FlowbenchUi.PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new FlowbenchWorkbenchWindowAdvisor(configurer);
    }
}
