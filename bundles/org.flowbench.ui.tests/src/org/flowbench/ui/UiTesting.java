package org.flowbench.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.flowbench.io.ReadReport;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowStore;
import org.flowbench.model.IpAddress;
import org.flowbench.model.Protocols;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.datasets.Dataset;
import org.flowbench.ui.datasets.DatasetManager;
import org.flowbench.ui.selection.SelectionService;

/** What the workbench tests share: services, waiting while the UI runs, small hand-made datasets. */
public final class UiTesting {

    /** 2026-01-05T08:00:00Z */
    public static final long T0 = TimeRange.toMicros(java.time.Instant.parse("2026-01-05T08:00:00Z"));
    public static final long MINUTE = 60_000_000L;

    private UiTesting() {
    }

    public static DatasetManager datasets() {
        return PlatformUI.getWorkbench().getService(DatasetManager.class);
    }

    public static SelectionService selection() {
        return PlatformUI.getWorkbench().getService(SelectionService.class);
    }

    /** Runs the UI event loop until the condition holds. */
    public static void until(BooleanSupplier condition, Duration timeout) {
        Display display = Display.getCurrent();
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + timeout.toSeconds() + " s");
            }
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> {
                });
                display.sleep();
            }
        }
    }

    /** Waits for every open and generate job (the start-up one too), running the UI meanwhile. */
    public static void joinDatasetJobs() {
        until(() -> Job.getJobManager().find(DatasetManager.JOB_FAMILY).length == 0, Duration.ofSeconds(60));
        drain();
    }

    /** Runs what is queued for the UI thread. */
    public static void drain() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep going
        }
    }

    public static FlowRecord flow(long start, String source, String destination, int destinationPort, long bytes, long packets) {
        FlowRecord r = new FlowRecord();
        r.startMicros = start;
        r.endMicros = start + 1_000_000;
        r.source(IpAddress.parse(source));
        r.destination(IpAddress.parse(destination));
        r.sourcePort = 50_000;
        r.destinationPort = destinationPort;
        r.protocol = Protocols.TCP;
        r.bytes = bytes;
        r.packets = packets;
        return r;
    }

    /**
     * Eight flows worked out by hand: sources 10.0.0.1 (1000 + 3000 + 500 = 4500 bytes), 10.0.0.2
     * (2000 + 7000 = 9000), 10.0.0.3 (600 + 400 = 1000), 2001:db8::7 (250); in minutes 0, 0, 1, 1,
     * 2, 3, 3, 4 after 08:00.
     */
    public static List<FlowRecord> handMadeFlows() {
        return List.of(flow(T0, "10.0.0.1", "93.184.216.34", 443, 1000, 2), flow(T0 + 10_000_000, "10.0.0.2", "8.8.8.8", 53, 2000, 4),
                flow(T0 + MINUTE, "10.0.0.1", "8.8.8.8", 53, 3000, 6), flow(T0 + MINUTE + 5, "10.0.0.3", "1.1.1.1", 443, 600, 1),
                flow(T0 + 2 * MINUTE, "10.0.0.2", "93.184.216.34", 443, 7000, 14),
                flow(T0 + 3 * MINUTE, "10.0.0.1", "1.1.1.1", 443, 500, 1),
                flow(T0 + 3 * MINUTE + 30_000_000, "2001:db8::7", "2001:db8::1", 22, 250, 3),
                flow(T0 + 4 * MINUTE, "10.0.0.3", "8.8.8.8", 53, 400, 2));
    }

    /** Adds a dataset of the given flows and makes it active. */
    public static Dataset addDataset(String name, List<FlowRecord> flows) {
        FlowStore store = new FlowStore();
        flows.forEach(store::accept);
        Dataset d = Dataset.fromFile(Path.of(name), store, ReadReport.clean(flows.size()));
        datasets().add(d);
        drain();
        return d;
    }
}
