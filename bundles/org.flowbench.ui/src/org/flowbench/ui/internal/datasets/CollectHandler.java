package org.flowbench.ui.internal.datasets;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.flowbench.io.FlowCollector;
import org.flowbench.model.FlowStore;
import org.flowbench.ui.datasets.Dataset;
import org.flowbench.ui.datasets.DatasetManager;
import org.flowbench.ui.selection.SelectionService;

/**
 * File > Collect NetFlow/IPFIX: starts a collector (on loopback unless an address is given) whose
 * flows make a live dataset; every second that flows arrived, the views compute again on the
 * grown dataset. The Collector view shows what each exporter sent. Closing the dataset stops the
 * collector.
 */
public final class CollectHandler extends AbstractHandler {

    private static final int TICK_MILLIS = 1000;

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        InputDialog ask = new InputDialog(shell, "Collect NetFlow/IPFIX",
                "Listen for NetFlow v5/v9 and IPFIX exports on a UDP port (loopback), or on ADDRESS:PORT to take them from the network:",
                Integer.toString(FlowCollector.DEFAULT_PORT), text -> {
                    try {
                        where(text);
                        return null;
                    } catch (IllegalArgumentException e) {
                        return e.getMessage();
                    }
                });
        if (ask.open() != Window.OK) {
            return null;
        }
        FlowStore store = new FlowStore();
        FlowCollector collector;
        try {
            collector = FlowCollector.start(where(ask.getValue()), store);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, "Collect NetFlow/IPFIX", "The collector could not start on " + ask.getValue() + ": " + e.getMessage());
            return null;
        }
        String at;
        try {
            at = text(collector.address());
        } catch (IOException e) {
            at = ask.getValue();
        }
        DatasetManager datasets = PlatformUI.getWorkbench().getService(DatasetManager.class);
        SelectionService selection = PlatformUI.getWorkbench().getService(SelectionService.class);
        Dataset dataset = Dataset.live("Collecting on " + at, store, "NetFlow/IPFIX collector on " + at);
        LiveCollectors.started(dataset, collector);
        datasets.add(dataset);
        showCollectorView(event);
        tick(shell.getDisplay(), dataset, collector, datasets, selection, 0);
        return null;
    }

    private static void showCollectorView(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window != null && window.getActivePage() != null) {
            try {
                window.getActivePage().showView(CollectorView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                // the dataset works without the view
                ILog.of(CollectHandler.class).log(e.getStatus());
            }
        }
    }

    /** Every second on the UI thread: views follow the grown dataset while it is active; a closed dataset stops the collector. */
    private static void tick(Display display, Dataset dataset, FlowCollector collector, DatasetManager datasets, SelectionService selection,
            long shownFlows) {
        display.timerExec(TICK_MILLIS, () -> {
            if (!datasets.datasets().contains(dataset) || display.isDisposed()) {
                LiveCollectors.stopped(dataset);
                try {
                    collector.close();
                } catch (IOException e) {
                    // closing only ends the receiving
                }
                return;
            }
            long flows = dataset.store().size();
            if (flows != shownFlows && datasets.active().orElse(null) == dataset) {
                selection.refresh();
                tick(display, dataset, collector, datasets, selection, flows);
            } else {
                tick(display, dataset, collector, datasets, selection, shownFlows);
            }
        });
    }

    /** @return e.g. 127.0.0.1:2055 or [::1]:2055 */
    static String text(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    /** PORT (loopback) or ADDRESS:PORT, numeric. */
    static InetSocketAddress where(String text) {
        String t = text.trim();
        int colon = t.lastIndexOf(':');
        String host = colon < 0 ? null : t.substring(0, colon).replace("[", "").replace("]", "");
        int port;
        try {
            port = Integer.parseInt(t.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("no port number in '" + text + "'");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not in 1..65535");
        }
        if (host == null) {
            return FlowCollector.loopback(port);
        }
        if (!host.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("give a numeric address, not '" + host + "'");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
