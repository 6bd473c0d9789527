package org.flowbench.ui.tables.internal.flows;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.TrafficUnits;
import org.flowbench.ui.jobs.LatestJob;
import org.flowbench.ui.selection.SelectionService;
import org.flowbench.ui.selection.TrafficSelection;
import org.flowbench.ui.tables.TablesUi;
import org.flowbench.ui.tables.internal.CopyRowsHandler;
import org.flowbench.ui.tables.internal.CsvSource;
import org.flowbench.ui.tables.internal.PagedTable;
import org.flowbench.ui.tables.internal.UiLatencyProbe;
import org.flowbench.ui.views.UpdatingView;

/**
 * The raw flow records of the selection (dataset, time range, filter and picked host), every
 * column, sortable by any column with a click on its header (again for the other direction). The
 * matching rows are found and sorted in a job, as primitive positions; the table reads the cells
 * on screen from the store.
 */
public final class FlowsView extends ViewPart implements CsvSource, UpdatingView {

    private final Consumer<TrafficSelection> selectionListener = s -> refresh();
    private SelectionService selection;
    private PagedTable table;
    private LatestJob work;
    private volatile FlowColumn sortColumn;
    private volatile boolean descending;
    private String description = "";

    @Override
    public void createPartControl(Composite parent) {
        selection = PlatformUI.getWorkbench().getService(SelectionService.class);
        table = new PagedTable(parent, Arrays.stream(FlowColumn.values()).map(FlowColumn::spec).toList());
        work = new LatestJob(table.control(), TablesUi.PLUGIN_ID);
        table.addSortListener(this::sortBy);
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        Menu contextMenu = menu.createContextMenu(table.table());
        table.table().setMenu(contextMenu);
        getSite().registerContextMenu(menu, null);
        getSite().getService(IHandlerService.class).activateHandler(IWorkbenchCommandConstants.EDIT_COPY, new CopyRowsHandler(this));
        IActionBars bars = getViewSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), new UndoActionHandler(getSite(), selection.undoContext()));
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), new RedoActionHandler(getSite(), selection.undoContext()));
        selection.addListener(selectionListener);
        UiLatencyProbe.startIfAsked(parent.getDisplay());
        refresh();
    }

    /** Clicking the sorted column's header again turns the direction. */
    private void sortBy(int column) {
        FlowColumn clicked = FlowColumn.values()[column];
        descending = clicked == sortColumn ? !descending : isLargestFirst(clicked);
        sortColumn = clicked;
        refresh();
    }

    /** Amounts are most useful largest first; times, addresses and names in their natural order. */
    private static boolean isLargestFirst(FlowColumn c) {
        return c == FlowColumn.BYTES || c == FlowColumn.PACKETS || c == FlowColumn.DURATION;
    }

    /** Shows the rows of the current selection in the current order; any thread. */
    public void refresh() {
        TrafficSelection current = selection.current();
        if (current.dataset() == null) {
            work.now(() -> show(PagedTable.NO_ROWS, "No dataset is open"));
            return;
        }
        FlowSnapshot flows = current.dataset().snapshot();
        TimeRange range = current.timeRangeFor(TrafficSelection.Own.NOTHING);
        FlowFilter filter = current.filterFor(TrafficSelection.Own.NOTHING);
        FlowColumn column = sortColumn;
        boolean down = descending;
        setDescription(description + " (updating)");
        work.schedule("Flows: " + (column == null ? "selecting" : "sorting by " + column.title()), (IProgressMonitor monitor) -> {
            monitor.beginTask("Selecting flows", column == null ? 1 : 2);
            int[] positions = SelectedRows.positions(flows, range, filter, monitor::isCanceled);
            monitor.worked(1);
            if (column != null) {
                monitor.subTask("Sorting " + TrafficUnits.count(positions.length) + " flows by " + column.title());
                FlowSorter.sort(flows, positions, column, down, monitor::isCanceled);
                monitor.worked(1);
            }
            FlowRows rows = new FlowRows(flows, positions);
            String text = TrafficUnits.count(positions.length) + " of " + TrafficUnits.count(flows.size()) + " flows"
                    + (current.isNarrowed() ? narrowing(current) : "")
                    + (column == null ? "" : "; by " + column.title().toLowerCase(Locale.ROOT) + (down ? ", largest first" : ""));
            return () -> {
                table.setSortIndicator(column == null ? -1 : column.ordinal(), down);
                show(rows, text);
            };
        });
    }

    /** Selects and sorts, by the view's column or else by bytes, a user's likely first sort. */
    @Override
    public void rehearse(TrafficSelection s, IProgressMonitor monitor) {
        FlowSnapshot flows = s.dataset().snapshot();
        FlowColumn column = sortColumn;
        int[] positions = SelectedRows.positions(flows, s.timeRangeFor(TrafficSelection.Own.NOTHING), s.filterFor(TrafficSelection.Own.NOTHING),
                monitor::isCanceled);
        FlowSorter.sort(flows, positions, column == null ? FlowColumn.BYTES : column, true, monitor::isCanceled);
    }

    private static String narrowing(TrafficSelection s) {
        StringBuilder sb = new StringBuilder(" in ");
        if (!s.timeRange().equals(TimeRange.ALL)) {
            sb.append(s.timeRange().toString());
        }
        FlowFilter f = s.filterFor(TrafficSelection.Own.NOTHING);
        if (f != FlowFilter.ALL) {
            sb.append(sb.length() > 4 ? " and " : "").append("'").append(f).append("'");
        }
        return sb.length() > 4 ? sb.toString() : "";
    }

    private void show(PagedTable.Rows rows, String text) {
        table.setRows(rows);
        description = text;
        setDescription(text);
    }

    private void setDescription(String text) {
        if (!table.control().isDisposed()) {
            table.control().getDisplay().asyncExec(() -> {
                if (!table.control().isDisposed()) {
                    setContentDescription(text);
                }
            });
        }
    }

    /** @return whether the rows of the newest selection and order are shown (tests wait for this) */
    @Override
    public boolean isUpToDate() {
        return work.isUpToDate();
    }

    public PagedTable table() {
        return table;
    }

    /** @return the rows shown, null before the first are */
    public FlowRows shownRows() {
        return table.rows() instanceof FlowRows r ? r : null;
    }

    /** Sorts by the column as a click on its header would, in the given direction. */
    public void sort(FlowColumn column, boolean largestFirst) {
        sortColumn = column;
        descending = largestFirst;
        refresh();
    }

    @Override
    public String csvFileName() {
        return "flows.csv";
    }

    @Override
    public CsvSource.Snapshot csvRows() {
        FlowRows rows = shownRows();
        return rows != null ? rows : new FlowRows(FlowSnapshot.empty(), new int[0]);
    }

    @Override
    public int[] selectedRows() {
        return table.selectedRows();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter == CsvSource.class ? adapter.cast(this) : super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        table.table().setFocus();
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
