package org.flowbench.ui.map.tests;

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
import org.flowbench.ui.datasets.Dataset;
import org.flowbench.ui.datasets.DatasetManager;
import org.flowbench.ui.selection.SelectionService;

/** Services, waiting while the UI runs, and hand-made datasets for the map tests. */
final class MapTesting {

    /**
     * Addresses whose countries DB-IP's own CSV gives (lines in org.flowbench.geo.tests'
     * data/dbip-country-sample.csv).
     */
    static final String US = "2.18.31.9";
    static final String DE = "3.5.134.7";
    static final String JP = "17.87.142.1";
    static final String BR = "23.222.12.5";
    static final String LAN = "10.10.0.20";

    private MapTesting() {
    }

    static DatasetManager datasets() {
        return PlatformUI.getWorkbench().getService(DatasetManager.class);
    }

    static SelectionService selection() {
        return PlatformUI.getWorkbench().getService(SelectionService.class);
    }

    static void until(BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 60 s");
            }
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> {
                });
                display.sleep();
            }
        }
    }

    static void joinDatasetJobs() {
        until(() -> Job.getJobManager().find(DatasetManager.JOB_FAMILY).length == 0);
        drain();
    }

    static void drain() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep going
        }
    }

    static FlowRecord flow(long second, String source, String destination, long bytes) {
        FlowRecord r = new FlowRecord();
        r.startMicros = 1_767_600_000_000_000L + second * 1_000_000L;
        r.endMicros = r.startMicros + 1_000_000;
        r.source(IpAddress.parse(source));
        r.destination(IpAddress.parse(destination));
        r.sourcePort = 50_000;
        r.destinationPort = 443;
        r.protocol = Protocols.TCP;
        r.bytes = bytes;
        r.packets = Math.max(1, bytes / 1400);
        return r;
    }

    static Dataset addDataset(String name, List<FlowRecord> flows) {
        FlowStore store = new FlowStore();
        flows.forEach(store::accept);
        Dataset d = Dataset.fromFile(Path.of(name), store, ReadReport.clean(flows.size()));
        datasets().add(d);
        drain();
        return d;
    }
}
