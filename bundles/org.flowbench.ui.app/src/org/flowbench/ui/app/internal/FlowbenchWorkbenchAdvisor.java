package org.flowbench.ui.app.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
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
        DatasetManager datasets = getWorkbenchConfigurer().getWorkbench().getService(DatasetManager.class);
        // the datasets of the last session, or on the very first start the default synthetic one
        List<Job> restoring = datasets.restoreSession();
        // then the files named on the command line, as `wireshark FILE` opens one: after the
        // others, so that the file is the active dataset
        List<Path> files = fileArguments(Platform.getApplicationArgs());
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

    /**
     * @return the files that the command line arguments left to the application name. An argument
     *         after an option is that option's value (e.g. a test harness's properties file), not a
     *         file to open; a name that is not a file is logged.
     */
    static List<Path> fileArguments(String[] args) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].isBlank() || args[i].startsWith("-") || i > 0 && args[i - 1].startsWith("-")) {
                continue;
            }
            Path file = Path.of(args[i]).toAbsolutePath();
            if (Files.isRegularFile(file)) {
                files.add(file);
            } else {
                ILog.of(FlowbenchWorkbenchAdvisor.class).warn("Not opened: " + file + " is not a file");
            }
        }
        return files;
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
