package org.flowbench.ui.jobs;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobGroup;

/**
 * Runs the views' analysis jobs, a few at a time. After a selection every open view starts its
 * analysis at once, and each analysis already splits its scan over the cores; were they all to
 * run together, the UI thread would get a small share of the CPU and stall while it waits for it.
 * Half the cores' number run at once, at least one ({@code -Dflowbench.analysisThreads=N} sets it).
 */
public final class AnalysisJobs {

    private static final JobGroup GROUP = new JobGroup("Flowbench analyses",
            Integer.getInteger("flowbench.analysisThreads", Math.max(1, Runtime.getRuntime().availableProcessors() / 2)), 0) {
        @Override
        protected boolean shouldCancel(IStatus lastCompletedJobResult, int numberOfFailedJobs, int numberOfCanceledJobs) {
            return false; // the views are independent: one failing analysis leaves the others alone
        }
    };

    private AnalysisJobs() {
    }

    /** Puts a job among the analyses, to run when it is its turn; call it before the job is first scheduled. */
    public static void add(Job job) {
        job.setJobGroup(GROUP);
    }

    /** Schedules a new job among the analyses. */
    public static void schedule(Job job) {
        add(job);
        job.schedule();
    }
}
