package org.flowbench.ui.tables.internal.conversations;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.AnalysisResult;
import org.flowbench.analysis.Table;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.IpAddress;
import org.flowbench.ui.TrafficUnits;
import org.flowbench.ui.jobs.LatestJob;
import org.flowbench.ui.selection.HostFocus;
import org.flowbench.ui.selection.TrafficSelection;
import org.flowbench.ui.tables.TablesUi;
import org.flowbench.ui.tables.internal.CopyRowsHandler;
import org.flowbench.ui.tables.internal.CsvSource;
import org.flowbench.ui.tables.internal.PagedTable;
import org.flowbench.ui.views.AnalysisView;

/**
 * Address pairs with their bytes, packets and flows in both directions, from the
 * {@code conversations} analysis: up to {@value #ROW_LIMIT} pairs, the largest by bytes. The result
 * is turned into columns and sorted in a job; a double-click on a row picks the address clicked
 * (A unless the click was on B) as the host all views narrow to.
 */
public final class ConversationsView extends AnalysisView implements CsvSource {

    /** Enough for every pair of most captures; a million rows scroll as smoothly as ten. */
    public static final int ROW_LIMIT = 1_000_000;

    private PagedTable table;
    private LatestJob prepare;
    private volatile int sortColumn = -1;
    private volatile boolean descending;
    private volatile Table source;
    private volatile ConversationRows columns;
    private volatile Table knownFrom;

    @Override
    protected String analysisId() {
        return "conversations";
    }

    @Override
    protected AnalysisQuery query(AnalysisQuery base) {
        return base.withTopN(ROW_LIMIT);
    }

    @Override
    protected void createContent(Composite parent) {
        table = new PagedTable(parent, List.of(new PagedTable.Column("Address A", SWT.LEFT, "192.168.100.100"),
                new PagedTable.Column("Address B", SWT.LEFT, "192.168.100.100"), new PagedTable.Column("Bytes A \u2192 B", SWT.RIGHT, "999.9 MB"),
                new PagedTable.Column("Bytes B \u2192 A", SWT.RIGHT, "999.9 MB"),
                new PagedTable.Column("Packets A \u2192 B", SWT.RIGHT, "1,234,567"),
                new PagedTable.Column("Packets B \u2192 A", SWT.RIGHT, "1,234,567"), new PagedTable.Column("Flows", SWT.RIGHT, "1,234,567"),
                new PagedTable.Column("Bytes", SWT.RIGHT, "999.9 MB")));
        prepare = new LatestJob(table.control(), TablesUi.PLUGIN_ID);
        table.addSortListener(this::sortBy);
        table.addOpenListener(this::pick);
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        table.table().setMenu(menu.createContextMenu(table.table()));
        getSite().registerContextMenu(menu, null);
        getSite().getService(IHandlerService.class).activateHandler(IWorkbenchCommandConstants.EDIT_COPY, new CopyRowsHandler(this));
    }

    @Override
    protected void show(AnalysisResult result, TrafficSelection selection) {
        source = (Table) result;
        arrange();
    }

    private void sortBy(int column) {
        descending = column == sortColumn ? !descending : column >= 2;
        sortColumn = column;
        arrange();
    }

    /** Sorts programmatically, as clicks on the header would. */
    public void sort(int column, boolean largestFirst) {
        sortColumn = column;
        descending = largestFirst;
        arrange();
    }

    /** Turns the result into columns (once per result) and sorts them, in a job. */
    private void arrange() {
        Table result = source;
        if (result == null) {
            return;
        }
        ConversationRows known = knownFrom == result ? columns : null;
        int column = sortColumn;
        boolean down = descending;
        prepare.schedule("Conversations: " + (column < 0 ? "preparing" : "sorting"), (IProgressMonitor monitor) -> {
            ConversationRows rows = known != null ? known : ConversationRows.of(result);
            ConversationRows shown = column < 0 ? rows : rows.sortedBy(column, down, monitor::isCanceled);
            int n = rows.count();
            String text = TrafficUnits.count(n) + (n == ROW_LIMIT ? " largest conversations" : " conversations")
                    + (column < 0 ? ", largest first" : "; by " + ConversationRows.COLUMNS.get(column).toLowerCase(Locale.ROOT)
                            + (down ? ", largest first" : ""));
            return () -> {
                columns = rows;
                knownFrom = result;
                table.setSortIndicator(column, down);
                table.setRows(shown);
                setContentDescription(text);
            };
        });
    }

    private void pick(int row) {
        if (table.rows() instanceof ConversationRows rows) {
            int column = table.lastClickedColumn() == ConversationRows.ADDRESS_B ? ConversationRows.ADDRESS_B : ConversationRows.ADDRESS_A;
            selection().focus(new HostFocus(IpAddress.parse(rows.address(row, column)), FlowFilter.Direction.EITHER));
        }
    }

    @Override
    public boolean isUpToDate() {
        return super.isUpToDate() && prepare.isUpToDate();
    }

    public PagedTable table() {
        return table;
    }

    @Override
    public String csvFileName() {
        return "conversations.csv";
    }

    @Override
    public CsvSource.Snapshot csvRows() {
        return table.rows() instanceof ConversationRows rows ? rows : ConversationRows.of(new Table("", List.of(), List.of()));
    }

    @Override
    public int[] selectedRows() {
        return table.selectedRows();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter == CsvSource.class ? adapter.cast(this) : super.getAdapter(adapter);
    }
}
