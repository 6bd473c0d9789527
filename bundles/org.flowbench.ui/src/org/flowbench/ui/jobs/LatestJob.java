package org.flowbench.ui.jobs;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.flowbench.ui.FlowbenchUi;

/**
 * Runs a view's work in a background job, one at a time: a new run cancels the one before, and
 * only the newest run's result reaches the UI thread. The jobs take their turn among the views'
 * analyses ({@link AnalysisJobs}).
 */
public final class LatestJob {

    /** Work off the UI thread; returns what to do with its result on the UI thread. */
    @FunctionalInterface
    public interface Work {
        Runnable run(IProgressMonitor monitor);
    }

    private final Control owner;
    private final String pluginId;
    private final boolean system;
    private final Consumer<RuntimeException> failed;
    private final AtomicInteger generation = new AtomicInteger();
    private final AtomicInteger shown = new AtomicInteger();
    private volatile Job running;

    /**
     * Jobs that show in the Progress view with their cancel button; a failure leaves the view as
     * it was (the failure goes to the log).
     */
    public LatestJob(Control owner, String pluginId) {
        this(owner, pluginId, false, e -> {
            // the view keeps what it showed
        });
    }

    /**
     * @param owner    the control whose disposal ends the updates
     * @param system   whether the jobs stay out of the Progress view
     * @param failed   shows a failure of the work, on the UI thread (it goes to the log too)
     */
    public LatestJob(Control owner, String pluginId, boolean system, Consumer<RuntimeException> failed) {
        this.owner = owner;
        this.pluginId = pluginId;
        this.system = system;
        this.failed = failed;
    }

    /** Cancels the running work and starts {@code work}. Any thread. */
    public void schedule(String name, Work work) {
        int mine = generation.incrementAndGet();
        cancel();
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    Runnable update = work.run(monitor);
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    onUi(mine, update);
                    return Status.OK_STATUS;
                } catch (CancellationException e) {
                    return Status.CANCEL_STATUS;
                } catch (RuntimeException e) {
                    onUi(mine, () -> failed.accept(e));
                    return new Status(IStatus.ERROR, pluginId, name + " failed: " + e.getMessage(), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FlowbenchUi.ANALYSIS_JOB_FAMILY;
            }
        };
        job.setSystem(system);
        running = job;
        AnalysisJobs.schedule(job);
    }

    /** Runs {@code update} on the UI thread as the newest result, now; for results that need no job. */
    public void now(Runnable update) {
        int mine = generation.incrementAndGet();
        cancel();
        onUi(mine, update);
    }

    public void cancel() {
        Job job = running;
        if (job != null) {
            job.cancel();
        }
    }

    /** @return whether the newest work's result is shown */
    public boolean isUpToDate() {
        return shown.get() == generation.get();
    }

    private void onUi(int mine, Runnable update) {
        if (owner.isDisposed()) {
            return;
        }
        owner.getDisplay().asyncExec(() -> {
            if (mine == generation.get() && !owner.isDisposed()) {
                try {
                    update.run();
                } finally {
                    shown.set(mine);
                }
            }
        });
    }
}
