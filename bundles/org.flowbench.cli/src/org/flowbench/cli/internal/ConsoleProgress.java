package org.flowbench.cli.internal;

import java.io.PrintStream;

import org.flowbench.model.Progress;

/**
 * A progress line on standard error: "task 42%". It appears only for work that takes longer than
 * a moment, is redrawn at most a few times a second, and is erased when the work is done, so that
 * standard output stays clean for tables, CSV and JSON.
 */
final class ConsoleProgress implements Progress, AutoCloseable {

    private static final long QUIET_NANOS = 400_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private String task = "";
    private long total = -1;
    private long done;
    private long lastDraw;
    private int drawnWidth;

    ConsoleProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void begin(String name, long totalWork) {
        task = name;
        total = totalWork;
        done = 0;
        draw(false);
    }

    @Override
    public synchronized void worked(long work) {
        done += work;
        draw(false);
    }

    @Override
    public boolean isCanceled() {
        return false;
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && (now - started < QUIET_NANOS || now - lastDraw < (terminal ? REDRAW_NANOS : 10 * REDRAW_NANOS))) {
            return;
        }
        lastDraw = now;
        String text = total > 0 ? String.format(java.util.Locale.ROOT, "%s %3d%%", task, Math.min(100, 100 * done / total)) : task + " ...";
        if (terminal) {
            err.print("\r" + text + " ".repeat(Math.max(0, drawnWidth - text.length())));
            drawnWidth = text.length();
        } else {
            err.println(text);
        }
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (terminal && drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
        }
    }
}
