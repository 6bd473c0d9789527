package org.flowbench.ui.tables.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.flowbench.io.ReadReport;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowStore;
import org.flowbench.model.IpAddress;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.datasets.Dataset;
import org.flowbench.ui.datasets.DatasetManager;
import org.flowbench.ui.selection.SelectionService;

/** What the UI tests share: hand-made datasets, opening views, waiting with the event loop running. */
public final class Workbench {

    private static final long PATIENCE_MILLIS = 120_000;

    private Workbench() {
    }

    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    public static SelectionService selection() {
        return PlatformUI.getWorkbench().getService(SelectionService.class);
    }

    public static DatasetManager datasets() {
        return PlatformUI.getWorkbench().getService(DatasetManager.class);
    }

    /** Makes the flows the active dataset, after the start-up dataset is generated. */
    public static Dataset open(List<FlowRecord> flows) throws InterruptedException {
        FlowStore store = new FlowStore();
        flows.forEach(store::accept);
        Job.getJobManager().join(DatasetManager.JOB_FAMILY, null);
        Dataset dataset = Dataset.fromFile(Path.of("hand-made.csv"), store, ReadReport.clean(flows.size()));
        datasets().add(dataset);
        return dataset;
    }

    @SuppressWarnings("unchecked")
    public static <T extends IViewPart> T show(String id) throws PartInitException {
        return (T) page().showView(id);
    }

    /** Runs the event loop until the condition holds; fails when it does not within two minutes. */
    public static void waitUntil(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("waited in vain for " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted waiting for " + what);
                }
            }
        }
        while (display.readAndDispatch()) {
            // let the rest of the queue run, e.g. the description set after the rows
        }
    }

    /** @return every row of the paged table, read from the table's items page by page */
    public static List<List<String>> rows(PagedTable paged) {
        List<List<String>> out = new ArrayList<>();
        int count = paged.rows().count();
        for (int top = 0; top < count; top += paged.pageRows()) {
            paged.setTop(top);
            Table table = paged.table();
            int first = paged.top();
            for (int i = top - first; i < table.getItemCount(); i++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < table.getColumnCount(); c++) {
                    cells.add(table.getItem(i).getText(c));
                }
                out.add(cells);
            }
        }
        paged.setTop(0);
        return out;
    }

    /** @return a flow as a hand-made record */
    public static FlowRecord flow(String start, long durationMicros, String source, int sourcePort, String destination, int destinationPort,
            int protocol, long bytes, long packets, int flags) {
        FlowRecord f = new FlowRecord();
        f.startMicros = TimeRange.toMicros(Instant.parse(start));
        f.endMicros = f.startMicros + durationMicros;
        f.source(IpAddress.parse(source));
        f.destination(IpAddress.parse(destination));
        f.sourcePort = sourcePort;
        f.destinationPort = destinationPort;
        f.protocol = protocol;
        f.bytes = bytes;
        f.packets = packets;
        f.tcpFlags = flags;
        return f;
    }
}
