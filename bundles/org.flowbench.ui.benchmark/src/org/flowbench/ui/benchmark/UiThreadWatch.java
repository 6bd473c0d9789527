package org.flowbench.ui.benchmark;

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread stays busy: posts a tiny task every few milliseconds and keeps
 * the longest time one waited to run. A long wait is a frozen workbench for the user.
 */
final class UiThreadWatch implements AutoCloseable {

    private final Display display;
    private final AtomicLong longest = new AtomicLong();
    private final Thread poster;
    private volatile boolean running = true;

    UiThreadWatch(Display display) {
        this.display = display;
        poster = new Thread(this::post, "UI thread watch");
        poster.setDaemon(true);
        poster.start();
    }

    private void post() {
        while (running && !display.isDisposed()) {
            long posted = System.nanoTime();
            java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
            display.asyncExec(() -> {
                longest.accumulateAndGet(System.nanoTime() - posted, Math::max);
                ran.countDown();
            });
            try {
                ran.await();
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** @return the longest wait since the last call, in milliseconds, and starts over */
    double takeLongestMillis() {
        return longest.getAndSet(0) / 1e6;
    }

    @Override
    public void close() {
        running = false;
        poster.interrupt();
    }
}
