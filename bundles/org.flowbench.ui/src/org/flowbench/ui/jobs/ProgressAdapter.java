package org.flowbench.ui.jobs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.flowbench.model.Progress;

/**
 * Lets the core bundles, which know only {@link Progress}, report to an Eclipse progress monitor:
 * the progress bar in the status line and the Progress view, with its cancel button.
 */
public final class ProgressAdapter implements Progress {

    private static final int TICKS = 1000;

    private final SubMonitor monitor;
    private long total = -1;
    private long done;
    private int reported;

    public ProgressAdapter(IProgressMonitor monitor) {
        this.monitor = SubMonitor.convert(monitor, TICKS);
    }

    @Override
    public synchronized void begin(String task, long totalWork) {
        monitor.subTask(task);
        total = totalWork;
        done = 0;
        reported = 0;
        monitor.setWorkRemaining(TICKS);
    }

    @Override
    public synchronized void worked(long work) {
        done += work;
        if (total > 0) {
            int ticks = (int) Math.min(TICKS, TICKS * done / total);
            if (ticks > reported) {
                monitor.worked(ticks - reported);
                reported = ticks;
            }
        }
    }

    @Override
    public boolean isCanceled() {
        return monitor.isCanceled();
    }
}
