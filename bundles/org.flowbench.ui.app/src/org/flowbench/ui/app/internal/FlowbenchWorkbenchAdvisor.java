package org.flowbench.ui.app.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.flowbench.ui.FlowbenchUi;
import org.flowbench.ui.datasets.DatasetManager;
import org.flowbench.ui.internal.datasets.CommandLineFiles;

final class FlowbenchWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        // Users expect their layout back after a restart, as in the Eclipse IDE.
        configurer.setSaveAndRestore(true);
    }

    @Override
    public void postStartup() {
        DatasetManager datasets = getWorkbenchConfigurer().getWorkbench().getService(DatasetManager.class);
        // the datasets of the last session, or on the very first start the default synthetic one
        List<Job> restoring = datasets.restoreSession();
        // then the files named on the command line, as `wireshark FILE` opens one: after the
        // others, so that the file is the active dataset
        List<Path> files = CommandLineFiles.of(Platform.getApplicationArgs());
        if (!files.isEmpty()) {
            Job opening = Job.create("Opening the files named on the command line", monitor -> {
                for (Job j : restoring) {
                    try {
                        j.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                files.forEach(datasets::open);
            });
            opening.setSystem(true);
            opening.schedule();
        }
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
