package org.flowbench.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.flowbench.io.ReadReport;
import org.flowbench.io.internal.pcap.PcapReader;
import org.flowbench.model.FlowStore;
import org.flowbench.model.Progress;

/**
 * The pcap reader inside one process, from the page cache, without start-up: parsing on one core
 * (packets to flows, the flows counted and dropped), and reading into a store on one thread and
 * with the second thread (the parser on one, the store filled on the other), to show what that
 * pairing gains. Each runs once to warm up, then {@value #RUNS} times; the fastest run counts.
 * Prints one line per measurement for releng/scripts/capture-benchmark.sh:
 * {@code name wall_s=.. cpu_s=.. packets=.. flows=.. mpps=.. mbps=..}.
 */
public final class CaptureBenchmark {

    private static final int RUNS = 5;

    private CaptureBenchmark() {
    }

    /** What one run took and read. */
    private record Run(double wallSeconds, double cpuSeconds, long packets, long flows) {
    }

    @FunctionalInterface
    private interface Measured {
        ReadReport read(long[] flows) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: CaptureBenchmark FILE.pcap");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        long size = Files.size(file);
        PcapReader reader = new PcapReader();
        report("parse-one-core", size, best(flows -> reader.read(file, f -> flows[0]++, Progress.NONE, false)));
        report("store-one-thread", size, best(flows -> {
            FlowStore store = new FlowStore();
            ReadReport r = reader.read(file, store, Progress.NONE, false);
            flows[0] = store.size();
            return r;
        }));
        report("store-two-threads", size, best(flows -> {
            FlowStore store = new FlowStore();
            ReadReport r = reader.read(file, store, Progress.NONE, true);
            flows[0] = store.size();
            return r;
        }));
    }

    private static Run best(Measured measured) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Run best = null;
        for (int i = 0; i <= RUNS; i++) {
            System.gc();
            long[] flows = { 0 };
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ReadReport report = measured.read(flows);
            long t1 = System.nanoTime();
            long cpu1 = threads.getCurrentThreadCpuTime();
            Run run = new Run((t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9, report.counter("frames"), flows[0]);
            if (i > 0 && (best == null || run.wallSeconds() < best.wallSeconds())) {
                best = run;
            }
        }
        return best;
    }

    private static void report(String name, long size, Run r) {
        // cpu_s is the calling thread's only; with two threads the parser's time is not in it
        System.out.printf(Locale.ROOT, "%s wall_s=%.3f cpu_s=%.3f packets=%d flows=%d mpps=%.1f mbps=%.0f%n", name, r.wallSeconds(),
                r.cpuSeconds(), r.packets(), r.flows(), r.packets() / r.wallSeconds() / 1e6, size / r.wallSeconds() / 1e6);
    }
}
