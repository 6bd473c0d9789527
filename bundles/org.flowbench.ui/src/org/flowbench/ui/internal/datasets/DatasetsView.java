package org.flowbench.ui.internal.datasets;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.TimeFormats;
import org.flowbench.ui.TrafficUnits;
import org.flowbench.ui.datasets.Dataset;
import org.flowbench.ui.datasets.DatasetListener;
import org.flowbench.ui.datasets.DatasetManager;

/**
 * The open datasets: flows, time span, bytes, where they came from and what was skipped reading
 * them. The active one (the one the views show) is bold; selecting a row makes it active;
 * Delete closes the selected dataset.
 */
public final class DatasetsView extends ViewPart {

    public static final String ID = "org.flowbench.ui.views.datasets";

    private final DatasetListener listener = m -> refreshLater();
    private DatasetManager datasets;
    private TableViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        datasets = PlatformUI.getWorkbench().getService(DatasetManager.class);
        viewer = WeightedTable.create(parent);
        // numbers first and never narrower than a large one: a cut-off count reads as a smaller one
        column("Dataset", 4, "office-day, 1,000,000 flows", Dataset::name);
        column("Flows", 2, "100,000,000", d -> TrafficUnits.count(d.store().size()));
        column("Bytes", 2, "999.9 GB", d -> TrafficUnits.bytes(d.totalBytes()));
        column("Skipped", 2, "none", d -> d.report().map(r -> r.problemCount() == 0 ? "none" : r.summary()).orElse("none"));
        column("Time span", 5, "2026-01-05 08:00:00 – 08:04:01 UTC (4m 1s)", DatasetsView::span);
        column("Source", 6, "capture.pcap", Dataset::source);
        viewer.addSelectionChangedListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof Dataset d && datasets.datasets().contains(d)) {
                datasets.setActive(d);
            }
        });
        viewer.getTable().addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                Object first = viewer.getStructuredSelection().getFirstElement();
                if ((e.keyCode == SWT.DEL || e.keyCode == SWT.BS) && first instanceof Dataset d) {
                    datasets.close(d);
                }
            }
        });
        getSite().setSelectionProvider(viewer);
        datasets.addListener(listener);
        refresh();
    }

    /** @param sample a typical long value */
    private void column(String title, int weight, String sample, Function<Dataset, String> text) {
        WeightedTable.column(viewer, title, weight, SWT.NONE, JFaceResources.getBannerFont(), sample, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Dataset) element);
            }

            @Override
            public Font getFont(Object element) {
                return datasets.active().orElse(null) == element ? JFaceResources.getBannerFont() : null;
            }
        });
    }

    static String span(Dataset d) {
        FlowSnapshot flows = d.snapshot();
        TimeRange span = flows.timeSpan();
        if (span == null) {
            return "empty";
        }
        return TimeFormats.range(span);
    }

    private void refreshLater() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<Dataset> open = datasets.datasets();
        viewer.setInput(open);
        datasets.active().ifPresent(a -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(a)));
    }

    /** For tests: the table's rows as shown. */
    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        datasets.removeListener(listener);
        super.dispose();
    }
}
