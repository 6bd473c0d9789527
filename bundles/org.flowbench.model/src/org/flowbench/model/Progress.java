package org.flowbench.model;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Progress and cancellation for long work in the core bundles, which know nothing of Eclipse: the
 * workbench adapts its progress monitors to this, the command line prints a progress line.
 * Implementations must accept calls from the working thread at any rate; callers report in
 * chunks (for example every segment or every megabyte), not every flow.
 */
public interface Progress {

    /** Reports nothing and is never canceled. */
    Progress NONE = canceledWhen(() -> false);

    /** Starts a task of {@code totalWork} units; -1 when the amount is not known. */
    void begin(String task, long totalWork);

    /** Reports {@code work} more units done. */
    void worked(long work);

    boolean isCanceled();

    /** @return progress that reports nothing and is canceled when {@code canceled} says so */
    static Progress canceledWhen(BooleanSupplier canceled) {
        return new Progress() {
            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long work) {
            }

            @Override
            public boolean isCanceled() {
                return canceled.getAsBoolean();
            }
        };
    }

    /** @throws CancellationException when the user asked to stop */
    default void checkCanceled() {
        if (isCanceled()) {
            throw new CancellationException("canceled");
        }
    }
}
