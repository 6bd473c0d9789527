package org.flowbench.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.flowbench.io.FlowWriter;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSink;
import org.flowbench.model.FlowStore;
import org.flowbench.model.Progress;

/**
 * What the collector collects, one store per period of wall time, each written to its own file
 * when the period is over ({@code flows-20260105T090000Z.flows}), on a thread of its own so that
 * receiving goes on. The period changes on the collector's thread, as a flow arrives after its end
 * (or at {@link #close()}), so the store being filled has one writer only.
 */
final class RotatingStores implements FlowSink, AutoCloseable {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final FlowWriter writer;
    private final long periodMillis;
    private final ExecutorService writing = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "flowbench collect writer");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<Path>> written = new ArrayList<>();
    private FlowStore current = new FlowStore();
    private long periodStart;
    private long total;

    RotatingStores(Path folder, FlowWriter writer, long periodMillis) {
        if (periodMillis < 1000) {
            throw new IllegalArgumentException("--rotate must be at least 1s");
        }
        this.folder = folder;
        this.writer = writer;
        this.periodMillis = periodMillis;
        this.periodStart = Math.floorDiv(System.currentTimeMillis(), periodMillis) * periodMillis;
    }

    @Override
    public void accept(FlowRecord flow) {
        // the clock is read every 1,024 flows: a period ends at most that many flows late
        if ((total++ & 1023) == 0) {
            long now = System.currentTimeMillis();
            if (now >= periodStart + periodMillis) {
                rotate(Math.floorDiv(now, periodMillis) * periodMillis);
            }
        }
        current.accept(flow);
    }

    private synchronized void rotate(long nextStart) {
        FlowStore done = current;
        Path file = folder.resolve("flows-" + NAME.format(Instant.ofEpochMilli(periodStart)) + "." + writer.extension());
        current = new FlowStore();
        periodStart = nextStart;
        if (done.size() > 0) {
            written.add(writing.submit(() -> {
                writer.write(done.snapshot(), file, Progress.NONE);
                return file;
            }));
        }
    }

    /** Writes the last period and waits for the files; call after the collector stopped. */
    @Override
    public synchronized void close() throws IOException {
        rotate(periodStart + periodMillis);
        writing.shutdown();
        try {
            writing.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return the files written so far (after {@link #close()}: all) */
    synchronized List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Future<Path> f : written) {
            if (f.isDone()) {
                try {
                    files.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new UncheckedIOException(new IOException(e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return files;
    }
}
