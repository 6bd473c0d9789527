package org.flowbench.ui.benchmark.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

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
     * With -profile: how often the UI thread was seen during a long wait, by where it was (its top
     * frame and its innermost Flowbench frame), with one whole stack of each.
     */
    private final Map<String, Integer> stallCounts = new ConcurrentHashMap<>();
    private final Map<String, String> stallStacks = new ConcurrentHashMap<>();

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

    /** Samples the UI thread's stack while a task has waited more than 50 ms. */
    private void sample() {
        Thread ui = display.getThread();
        while (running) {
            long since = waitingSince;
            if (since != 0 && System.nanoTime() - since > 50_000_000L) {
                record(ui.getStackTrace());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void record(StackTraceElement[] frames) {
        if (frames.length == 0) {
            return;
        }
        String ours = Arrays.stream(frames).filter(f -> f.getClassName().startsWith("org.flowbench.")).findFirst()
                .map(Object::toString).orElse("no Flowbench frame");
        String where = frames[0] + " / " + ours;
        stallCounts.merge(where, 1, Integer::sum);
        stallStacks.computeIfAbsent(where, w -> Arrays.stream(frames).limit(30).map(f -> "    at " + f).collect(Collectors.joining("\n")));
    }

    /** @return the UI thread stacks seen most often during long waits, with their sample counts */
    List<String> hottestStallStacks(int n) {
        return stallCounts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())).limit(n)
                .map(e -> e.getValue() + " samples (5 ms each) at " + e.getKey() + ", for example:\n" + stallStacks.get(e.getKey()))
                .toList();
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
