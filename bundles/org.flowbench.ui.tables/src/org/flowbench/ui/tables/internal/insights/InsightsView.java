package org.flowbench.ui.tables.internal.insights;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.ViewPart;
import org.flowbench.analysis.AnalysisRegistry;
import org.flowbench.generator.GroundTruth;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.IpAddress;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.jobs.LatestJob;
import org.flowbench.ui.views.UpdatingView;
import org.flowbench.ui.jobs.ProgressAdapter;
import org.flowbench.ui.selection.HostFocus;
import org.flowbench.ui.selection.SelectionService;
import org.flowbench.ui.selection.TrafficSelection;
import org.flowbench.ui.tables.TablesUi;
import org.flowbench.ui.tables.internal.Csv;
import org.flowbench.ui.tables.internal.CopyRowsHandler;
import org.flowbench.ui.tables.internal.CsvSource;
import org.flowbench.ui.tables.internal.ViewLinks;

/**
 * What a network engineer concludes from the selection: the busiest and quietest hour, the top
 * talker and destination, spikes, scans, bursts and slow uploads, and for generated data whether
 * each labelled anomaly was found. Computed in a job whenever the selection changes. A
 * double-click shows an insight: it selects its time or picks its host and opens the view named
 * in "Show in"; the insights stay those of the selection before the click, as a cross-filter does.
 */
public final class InsightsView extends ViewPart implements CsvSource, UpdatingView {

    private final Consumer<TrafficSelection> selectionListener = s -> refresh();
    private SelectionService selection;
    private AnalysisRegistry analyses;
    private TableViewer viewer;
    private LatestJob work;
    private volatile List<Insight> shown = List.of();
    /** The selection a double-click made, and the one it was made from, whose insights stay shown. */
    private volatile TrafficSelection linkedTo;
    private volatile TrafficSelection linkedFrom;

    @Override
    public void createPartControl(Composite parent) {
        selection = PlatformUI.getWorkbench().getService(SelectionService.class);
        analyses = PlatformUI.getWorkbench().getService(AnalysisRegistry.class);
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, "Insight", 3, 130, i -> i.kind().title());
        column(layout, "Finding", 12, 300, Insight::text);
        column(layout, "When", 5, 160, i -> i.time() == null ? "whole selection" : Texts.when(i.time()));
        column(layout, "Show in", 2, 110, i -> linkTitle(i.link()));
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addDoubleClickListener(e -> {
            Object first = viewer.getStructuredSelection().getFirstElement();
            if (first instanceof Insight insight) {
                follow(insight);
            }
        });
        work = new LatestJob(viewer.getControl(), TablesUi.PLUGIN_ID);
        IActionBars bars = getViewSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), new UndoActionHandler(getSite(), selection.undoContext()));
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), new RedoActionHandler(getSite(), selection.undoContext()));
        getSite().getService(IHandlerService.class).activateHandler(IWorkbenchCommandConstants.EDIT_COPY, new CopyRowsHandler(this));
        getSite().setSelectionProvider(viewer);
        selection.addListener(selectionListener);
        refresh();
    }

    private void column(TableColumnLayout layout, String title, int weight, int minimum, Function<Insight, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Insight) element);
            }

            @Override
            public String getToolTipText(Object element) {
                Insight i = (Insight) element;
                return i.hosts().isEmpty() ? null : "Hosts: " + String.join(", ", i.hosts().stream().map(IpAddress::toString).toList());
            }

            @Override
            public Color getForeground(Object element) {
                Insight i = (Insight) element;
                return i.kind() == Insight.Kind.LABELLED && !i.found() ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_RED) : null;
            }
        });
        layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, minimum));
    }

    /** @return the view a double-click opens: the chart, or the Flows when the charts are not installed */
    static String linkTitle(Insight.Link link) {
        return switch (link) {
        case TRAFFIC_OVER_TIME -> ViewLinks.exists(ViewLinks.TRAFFIC_OVER_TIME) ? link.title() : Insight.Link.FLOWS.title();
        case TOP_TALKERS -> ViewLinks.exists(ViewLinks.TOP_TALKERS) ? link.title() : Insight.Link.FLOWS.title();
        case TOP_DESTINATIONS -> ViewLinks.exists(ViewLinks.TOP_DESTINATIONS) ? link.title() : Insight.Link.FLOWS.title();
        default -> link.title();
        };
    }

    /** Computes the insights of the current selection, or of the one a double-click left; any thread. */
    public void refresh() {
        TrafficSelection current = selection.current();
        TrafficSelection base = current.equals(linkedTo) ? linkedFrom : current;
        if (base.dataset() == null) {
            work.now(() -> show(List.of(), "No dataset is open"));
            return;
        }
        GroundTruth truth = base.dataset().groundTruth().orElse(null);
        TimeRange range = base.timeRangeFor(TrafficSelection.Own.NOTHING);
        FlowFilter filter = base.filterFor(TrafficSelection.Own.NOTHING);
        work.schedule("Insights", (IProgressMonitor monitor) -> {
            List<Insight> insights = new InsightsComputer(analyses, SpikeRule.DEFAULT).compute(base.dataset().snapshot(), range, filter, truth,
                    new ProgressAdapter(monitor));
            String text = base.dataset().name() + (base.isNarrowed() ? ", narrowed by the selection" : "");
            return () -> show(insights, text);
        });
    }

    @Override
    public void rehearse(TrafficSelection s, IProgressMonitor monitor) {
        new InsightsComputer(analyses, SpikeRule.DEFAULT).compute(s.dataset().snapshot(), s.timeRangeFor(TrafficSelection.Own.NOTHING),
                s.filterFor(TrafficSelection.Own.NOTHING), s.dataset().groundTruth().orElse(null), new ProgressAdapter(monitor));
    }

    private void show(List<Insight> insights, String description) {
        shown = insights;
        viewer.setInput(insights);
        setContentDescription(description);
    }

    /** Shows the insight in its view: sets the selection for it, then opens the view. */
    public void follow(Insight insight) {
        TrafficSelection from = selection.current().equals(linkedTo) ? linkedFrom : selection.current();
        linkedFrom = from;
        linkedTo = null;
        IpAddress host = insight.hosts().isEmpty() ? null : insight.hosts().get(0);
        String view = switch (insight.link()) {
        case TRAFFIC_OVER_TIME -> {
            if (insight.time() != null) {
                selection.selectTimeRange(insight.time());
            }
            yield ViewLinks.TRAFFIC_OVER_TIME;
        }
        case TOP_TALKERS -> {
            selection.focus(new HostFocus(host, FlowFilter.Direction.SOURCE));
            yield ViewLinks.TOP_TALKERS;
        }
        case TOP_DESTINATIONS -> {
            selection.focus(new HostFocus(host, FlowFilter.Direction.DESTINATION));
            yield ViewLinks.TOP_DESTINATIONS;
        }
        case FLOWS -> {
            if (insight.time() != null) {
                selection.selectTimeRange(insight.time());
            }
            if (host != null) {
                selection.focus(new HostFocus(host, FlowFilter.Direction.SOURCE));
            }
            yield TablesUi.FLOWS_VIEW_ID;
        }
        case NONE -> null;
        };
        linkedTo = selection.current();
        refresh();
        IWorkbenchPage page = getSite().getPage();
        if (view != null && !ViewLinks.show(page, view)) {
            ViewLinks.show(page, TablesUi.FLOWS_VIEW_ID);
        }
    }

    /** @return the insights shown */
    public List<Insight> insights() {
        return shown;
    }

    @Override
    public boolean isUpToDate() {
        return work.isUpToDate();
    }

    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public String csvFileName() {
        return "insights.csv";
    }

    @Override
    public CsvSource.Snapshot csvRows() {
        List<Insight> rows = shown;
        return new CsvSource.Snapshot() {
            @Override
            public int count() {
                return rows.size();
            }

            @Override
            public void write(Appendable out, int[] chosen, IProgressMonitor monitor) throws IOException {
                Csv.row(out, "insight", "finding", "from", "to", "hosts");
                int n = chosen == null ? rows.size() : chosen.length;
                for (int j = 0; j < n; j++) {
                    Insight i = rows.get(chosen == null ? j : chosen[j]);
                    Csv.row(out, i.kind().title(), i.text(), i.time() == null ? "" : TimeRange.toInstant(i.time().startMicros()).toString(),
                            i.time() == null ? "" : TimeRange.toInstant(i.time().endMicros()).toString(),
                            String.join(" ", i.hosts().stream().map(IpAddress::toString).toList()));
                }
            }
        };
    }

    @Override
    public int[] selectedRows() {
        int[] rows = viewer.getTable().getSelectionIndices();
        java.util.Arrays.sort(rows);
        return rows;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter == CsvSource.class ? adapter.cast(this) : super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (selection != null) {
            selection.removeListener(selectionListener);
        }
        if (work != null) {
            work.cancel();
        }
        super.dispose();
    }
}
