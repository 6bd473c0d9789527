package org.flowbench.io.internal;

import org.flowbench.model.Progress;

/**
 * Gives a reader's task the input's size as its total: readers of streams do not know it and begin
 * with -1, while whoever opened the file does.
 */
public final class KnownTotalProgress implements Progress {

    private final Progress delegate;
    private final long total;

    public KnownTotalProgress(Progress delegate, long total) {
        this.delegate = delegate;
        this.total = total;
    }

    @Override
    public void begin(String task, long totalWork) {
        delegate.begin(task, totalWork < 0 ? total : totalWork);
    }

    @Override
    public void worked(long work) {
        delegate.worked(work);
    }

    @Override
    public boolean isCanceled() {
        return delegate.isCanceled();
    }
}
