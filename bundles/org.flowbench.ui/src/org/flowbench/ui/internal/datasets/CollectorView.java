package org.flowbench.ui.internal.datasets;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.flowbench.io.FlowCollector;
import org.flowbench.io.FlowCollector.Exporter;
import org.flowbench.io.FlowCollector.Totals;
import org.flowbench.ui.TrafficUnits;
import org.flowbench.ui.datasets.DatasetManager;

/**
 * What the collector of the active live dataset has received, per exporter and observation domain
 * (as nfcapd's and nProbe's statistics show it): datagrams, flows, flows lost by sequence numbers,
 * data sets that could not be decoded, malformed datagrams and templates. Refreshed every second.
 */
public final class CollectorView extends ViewPart {

    public static final String ID = "org.flowbench.ui.views.collector";
    private static final int REFRESH_MILLIS = 1000;

    private DatasetManager datasets;
    private Label summary;
    private TableViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        datasets = PlatformUI.getWorkbench().getService(DatasetManager.class);
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(area);
        summary = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).applyTo(summary);
        viewer = WeightedTable.create(area);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable().getParent());
        column("Exporter (domain)", "The exporter's address and its observation domain (IPFIX), source id (v9) or engine (v5)", 4,
                SWT.LEFT, e -> e.address() + " (" + e.domain() + ")");
        column("Version", "NetFlow v5, v9 or IPFIX", 1, SWT.RIGHT, e -> e.version() == 10 ? "IPFIX" : "v" + e.version());
        column("Datagrams", "Export datagrams received", 2, SWT.RIGHT, e -> TrafficUnits.count(e.datagrams()));
        column("Flows", "Flow records received", 2, SWT.RIGHT, e -> TrafficUnits.count(e.flows()));
        column("Lost", "Flows lost on the way, by the gaps in the sequence numbers", 2, SWT.RIGHT,
                e -> TrafficUnits.count(e.lostFlows()));
        column("Undecodable", "Data sets whose template never came in time: counted, not guessed", 2, SWT.RIGHT,
                e -> TrafficUnits.count(e.undecodableSets()));
        column("Malformed", "Datagrams that were damaged and skipped", 2, SWT.RIGHT, e -> TrafficUnits.count(e.malformedDatagrams()));
        column("Templates", "Templates this exporter defined", 2, SWT.RIGHT, e -> TrafficUnits.count(e.templates()));
        refresh();
    }

    private void column(String title, String tooltip, int weight, int alignment, Function<Exporter, String> text) {
        String widest = alignment == SWT.RIGHT ? "99,999,999" : "";
        WeightedTable.column(viewer, title, weight, alignment, null, widest, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Exporter) element);
            }
        }).getColumn().setToolTipText(tooltip);
    }

    /** Shows the counters now, and again in a second while the view is open. */
    private void refresh() {
        if (summary.isDisposed()) {
            return;
        }
        var collector = datasets.active().flatMap(LiveCollectors::of);
        List<Exporter> exporters = collector.map(c -> c.totals().exporters()).orElse(List.of());
        String text = collector.map(CollectorView::summary)
                .orElse("No collector feeds the active dataset. File > Collect NetFlow/IPFIX starts one.");
        if (!text.equals(summary.getText())) {
            summary.setText(text);
            summary.getParent().layout();
        }
        viewer.setInput(exporters);
        summary.getDisplay().timerExec(REFRESH_MILLIS, this::refresh);
    }

    static String summary(FlowCollector collector) {
        Totals t = collector.totals();
        String where;
        try {
            where = CollectHandler.text(collector.address());
        } catch (IOException e) {
            where = "(closed)";
        }
        String state = collector.failure() != null ? "stopped: " + collector.failure().getMessage()
                : collector.isRunning() ? "listening on " + where : "stopped";
        return String.format(Locale.ROOT, "%s. %s datagrams, %s flows, %s lost, %s undecodable sets, %s malformed and %s other datagrams.",
                Character.toUpperCase(state.charAt(0)) + state.substring(1), TrafficUnits.count(t.datagrams()), TrafficUnits.count(t.flows()),
                TrafficUnits.count(t.lostFlows()), TrafficUnits.count(t.undecodableSets()), TrafficUnits.count(t.malformedDatagrams()),
                TrafficUnits.count(t.notExportDatagrams()));
    }

    /** For tests: the exporters' rows. */
    TableViewer viewer() {
        return viewer;
    }

    /** For tests: the line above the table. */
    String summaryText() {
        return summary.getText();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
