package org.flowbench.ui.charts.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.flowbench.io.ReadReport;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowStore;
import org.flowbench.model.IpAddress;
import org.flowbench.model.Protocols;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.FlowbenchPreferences;
import org.flowbench.ui.FlowbenchUi;
import org.flowbench.ui.datasets.Dataset;
import org.flowbench.ui.datasets.DatasetManager;
import org.flowbench.ui.selection.SelectionService;
import org.flowbench.ui.views.AnalysisView;

/**
 * Eight hand-written flows over five minutes, and what the tests need around them: opening the
 * dataset in the running workbench, waiting for views while the UI runs, simulated mouse events.
 *
 * <pre>
 * start   source       destination    proto  ports        bytes  packets
 * +0s     10.0.0.1     192.168.1.10   TCP    50000->443    1000   10
 * +30s    10.0.0.2     192.168.1.10   TCP    50001->443    2000   20
 * +65s    10.0.0.1     192.168.1.20   UDP    40000->53      300    3
 * +130s   2001:db8::5  2001:db8::53   TCP    50003->443    5000    5
 * +150s   10.0.0.3     192.168.1.10   TCP    50002->22      800    8
 * +190s   10.0.0.1     192.168.1.10   TCP    50004->443    4000   40
 * +250s   10.0.0.2     192.168.1.30   ICMP                  100    1
 * +299s   10.0.0.3     192.168.1.20   UDP    40001->53      200    2
 * </pre>
 */
final class HandMadeTraffic {

    /** 2026-01-05 10:00:00 UTC, the start of the first flow. */
    static final long T0 = TimeRange.toMicros(Instant.parse("2026-01-05T10:00:00Z"));
    static final long SECOND = 1_000_000L;
    static final long MINUTE = 60 * SECOND;

    private HandMadeTraffic() {
    }

    static FlowStore store() {
        FlowStore store = new FlowStore();
        add(store, 0, "10.0.0.1", "192.168.1.10", Protocols.TCP, 50000, 443, 1000, 10);
        add(store, 30, "10.0.0.2", "192.168.1.10", Protocols.TCP, 50001, 443, 2000, 20);
        add(store, 65, "10.0.0.1", "192.168.1.20", Protocols.UDP, 40000, 53, 300, 3);
        add(store, 130, "2001:db8::5", "2001:db8::53", Protocols.TCP, 50003, 443, 5000, 5);
        add(store, 150, "10.0.0.3", "192.168.1.10", Protocols.TCP, 50002, 22, 800, 8);
        add(store, 190, "10.0.0.1", "192.168.1.10", Protocols.TCP, 50004, 443, 4000, 40);
        add(store, 250, "10.0.0.2", "192.168.1.30", Protocols.ICMP, 0, 0, 100, 1);
        add(store, 299, "10.0.0.3", "192.168.1.20", Protocols.UDP, 40001, 53, 200, 2);
        return store;
    }

    private static void add(FlowStore store, int second, String source, String destination, int protocol, int sourcePort,
            int destinationPort, long bytes, long packets) {
        FlowRecord r = new FlowRecord();
        r.startMicros = T0 + second * SECOND;
        r.endMicros = r.startMicros;
        r.source(IpAddress.parse(source)).destination(IpAddress.parse(destination));
        r.protocol = protocol;
        r.sourcePort = sourcePort;
        r.destinationPort = destinationPort;
        r.bytes = bytes;
        r.packets = packets;
        store.accept(r);
    }

    /** Waits for the start-up dataset, then opens the hand-made one (which becomes the active one). */
    static Dataset open() throws InterruptedException {
        Job.getJobManager().join(DatasetManager.JOB_FAMILY, null);
        FlowStore store = store();
        Dataset dataset = Dataset.fromFile(Path.of("hand-made.csv"), store, ReadReport.clean(store.size()));
        PlatformUI.getWorkbench().getService(DatasetManager.class).add(dataset);
        return dataset;
    }

    static SelectionService selection() {
        return PlatformUI.getWorkbench().getService(SelectionService.class);
    }

    static void undo() throws Exception {
        OperationHistoryFactory.getOperationHistory().undo(selection().undoContext(), null, null);
    }

    static void setPreference(String key, String value) {
        if (value == null) {
            InstanceScope.INSTANCE.getNode(FlowbenchUi.PLUGIN_ID).remove(key);
        } else {
            InstanceScope.INSTANCE.getNode(FlowbenchUi.PLUGIN_ID).put(key, value);
        }
    }

    /** A fixed bucket of one minute, so that the buckets are those of the table above. */
    static void minuteBuckets() {
        setPreference(FlowbenchPreferences.BUCKET, "1m");
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @SuppressWarnings("unchecked")
    static <T extends IViewPart> T show(String id) throws PartInitException {
        T view = (T) page().showView(id);
        flush();
        return view;
    }

    /** Runs the UI until the view shows the result for the newest selection of the hand-made dataset. */
    static void waitShown(AnalysisView view, Dataset dataset) {
        waitUntil(() -> view.isUpToDate() && view.shownResult() != null && view.shownSelection() != null
                && view.shownSelection().dataset() == dataset, view.getTitle() + " shows the hand-made dataset");
    }

    /** Runs the UI event loop until the condition holds; fails after a minute (a hang, not a timing check). */
    static void waitUntil(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("gave up waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
        flush();
    }

    /** Handles the pending UI events. */
    static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run them all
        }
    }

    /** Sends a mouse event to the control as SWT would. */
    static void mouse(Control control, int type, int x, int y, int button, int stateMask) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = button;
        e.stateMask = stateMask;
        e.count = 1;
        control.notifyListeners(type, e);
    }
}
