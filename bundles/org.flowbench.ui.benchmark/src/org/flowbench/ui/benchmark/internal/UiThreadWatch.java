package org.flowbench.ui.benchmark.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread stays busy: posts a tiny task every few milliseconds and keeps
 * the longest time one waited to run. A long wait is a frozen workbench for the user.
 */
final class UiThreadWatch implements AutoCloseable {

    private final Display display;
    /** The longest wait so far, and the CPU time the UI thread itself used meanwhile (far less means it waited for a core); guarded by this. */
    private long longest;
    private long longestCpu;
    /** What {@link #takeLongestMillis()} returned last, the CPU part; guarded by this. */
    private double lastCpuMillis;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Thread poster;
    private volatile boolean running = true;
    /** When the task now waiting was posted; 0 when none waits. */
    private volatile long waitingSince;
    /**
     * With -profile: how often each method was on the UI thread's stack while a task waited long,
     * since the last {@link #takeProfile}, and of how many samples.
     */
    private final Map<String, Integer> methodCounts = new ConcurrentHashMap<>();
    private volatile int samples;

    UiThreadWatch(Display display, boolean profile) {
        this.display = display;
        poster = new Thread(this::post, "UI thread watch");
        poster.setDaemon(true);
        poster.start();
        if (profile) {
            Thread sampler = new Thread(this::sample, "UI thread stall sampler");
            sampler.setDaemon(true);
            sampler.start();
        }
    }

    /** Samples the UI thread's stack every 2 ms while a task has waited more than 50 ms. */
    private void sample() {
        Thread ui = display.getThread();
        while (running) {
            long since = waitingSince;
            if (since != 0 && System.nanoTime() - since > 50_000_000L) {
                record(ui.getStackTrace());
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void record(StackTraceElement[] frames) {
        if (frames.length == 0) {
            return;
        }
        samples++;
        Arrays.stream(frames).map(f -> f.getClassName() + "." + f.getMethodName()).distinct()
                .forEach(m -> methodCounts.merge(m, 1, Integer::sum));
    }

    /**
     * @return the methods seen most often on the UI thread's stack during long waits since the last
     *         call, with their share of the samples, leaving out those in every sample (the event
     *         loop and what calls it); and starts over
     */
    List<String> takeProfile(int n) {
        int total = samples;
        List<String> hottest = methodCounts.entrySet().stream().filter(e -> e.getValue() < total)
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())).limit(n)
                .map(e -> String.format(Locale.ROOT, "  %5.1f%% %s", 100.0 * e.getValue() / total, e.getKey())).toList();
        methodCounts.clear();
        samples = 0;
        return total == 0 ? List.of() : hottest;
    }

    private void post() {
        while (running && !display.isDisposed()) {
            long posted = System.nanoTime();
            long cpuAtPost = threads.getThreadCpuTime(display.getThread().threadId());
            java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
            waitingSince = posted;
            display.asyncExec(() -> {
                waitingSince = 0;
                long waited = System.nanoTime() - posted;
                long cpu = threads.getCurrentThreadCpuTime() - cpuAtPost;
                synchronized (this) {
                    if (waited > longest) {
                        longest = waited;
                        longestCpu = cpu;
                    }
                }
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
    synchronized double takeLongestMillis() {
        lastCpuMillis = longestCpu / 1e6;
        double millis = longest / 1e6;
        longest = 0;
        longestCpu = 0;
        return millis;
    }

    /** @return the UI thread's own CPU time during the wait that the last {@link #takeLongestMillis()} returned */
    synchronized double lastLongestCpuMillis() {
        return lastCpuMillis;
    }

    @Override
    public void close() {
        running = false;
        poster.interrupt();
    }
}
