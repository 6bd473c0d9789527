package org.flowbench.ui.tables.internal;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Display;

/**
 * A diagnostic for measuring how long the UI thread is busy: with the system property
 * {@code flowbench.ui.latencyProbe=true}, a daemon thread posts a runnable to the UI thread every
 * 10 ms and prints, every 5 s, the longest wait before one ran. Off by default.
 */
public final class UiLatencyProbe {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private UiLatencyProbe() {
    }

    /** Starts the probe once, when the system property asks for it. */
    public static void startIfAsked(Display display) {
        if (!Boolean.getBoolean("flowbench.ui.latencyProbe") || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread probe = new Thread(() -> {
            long worstEver = 0;
            while (!display.isDisposed()) {
                long windowEnd = System.nanoTime() + 5_000_000_000L;
                long worst = 0;
                while (System.nanoTime() < windowEnd) {
                    long posted = System.nanoTime();
                    long[] ran = new long[1];
                    try {
                        display.syncExec(() -> ran[0] = System.nanoTime());
                    } catch (org.eclipse.swt.SWTException e) {
                        return; // the display is gone
                    }
                    worst = Math.max(worst, ran[0] - posted);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                worstEver = Math.max(worstEver, worst);
                System.out.printf("[ui-latency] longest wait of the UI thread in the last 5 s: %d ms (longest so far %d ms)%n", worst / 1_000_000,
                        worstEver / 1_000_000);
            }
        }, "Flowbench UI latency probe");
        probe.setDaemon(true);
        probe.start();
    }
}
