package org.flowbench.ui.tables.internal;

import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * A table of millions of rows that stays smooth: the SWT table (virtual, filled on demand through
 * SetData) holds only the rows that fit on screen, and a slider beside it moves that window over
 * the rows. A GTK table given millions of items spends seconds of the UI thread setting up its
 * model, so the widget never sees more than a page. Selection, keys, the mouse wheel and the
 * slider work on row positions, not on items: a selection may span pages, and Ctrl+A selects all.
 */
public final class PagedTable {

    /** The rows shown: asked only for the cells on screen. */
    public interface Rows {
        int count();

        String text(int row, int column);

        /** @return the tooltip of a cell, null for none */
        default String tooltip(int row, int column) {
            return null;
        }
    }

    /** A column: title, alignment and a sample of its widest usual text, for the initial width. */
    public record Column(String title, int alignment, String sample) {
    }

    public static final Rows NO_ROWS = new Rows() {
        @Override
        public int count() {
            return 0;
        }

        @Override
        public String text(int row, int column) {
            return "";
        }
    };

    private final Composite holder;
    private final Table table;
    private final Slider slider;
    private final List<IntConsumer> sortListeners = new CopyOnWriteArrayList<>();
    private final List<IntConsumer> openListeners = new CopyOnWriteArrayList<>();
    private final BitSet selected = new BitSet();
    private Rows rows = NO_ROWS;
    private int top;
    private int pageRows = 1;
    private int anchor = -1;
    private int lead = -1;
    private int lastColumn;

    public PagedTable(Composite parent, List<Column> columns) {
        holder = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = layout.marginHeight = layout.horizontalSpacing = 0;
        holder.setLayout(layout);
        table = new Table(holder, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        slider = new Slider(holder, SWT.VERTICAL);
        slider.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        GC gc = new GC(table);
        try {
            for (int c = 0; c < columns.size(); c++) {
                Column spec = columns.get(c);
                TableColumn column = new TableColumn(table, spec.alignment());
                column.setText(spec.title());
                column.setMoveable(true);
                int width = Math.max(gc.textExtent(spec.sample()).x, gc.textExtent(spec.title()).x + 12) + 24;
                column.setWidth(width);
                int index = c;
                column.addListener(SWT.Selection, e -> sortListeners.forEach(l -> l.accept(index)));
            }
        } finally {
            gc.dispose();
        }
        table.addListener(SWT.SetData, this::setData);
        table.addListener(SWT.Resize, e -> fitPage());
        table.addListener(SWT.MouseDown, this::mouseDown);
        table.addListener(SWT.Selection, e -> showSelection());
        table.addListener(SWT.DefaultSelection, e -> {
            if (lead >= 0) {
                openListeners.forEach(l -> l.accept(lead));
            }
        });
        table.addListener(SWT.KeyDown, this::keyDown);
        table.addListener(SWT.MouseVerticalWheel, e -> {
            e.doit = false;
            setTop(top - e.count);
        });
        table.addListener(SWT.MouseHover, this::hover);
        slider.addListener(SWT.Selection, e -> setTop(slider.getSelection()));
        updateSlider();
    }

    public Composite control() {
        return holder;
    }

    /** The SWT table; it holds the rows of the current page only. */
    public Table table() {
        return table;
    }

    /** Shows other rows from the top, with nothing selected. */
    public void setRows(Rows newRows) {
        rows = newRows;
        selected.clear();
        anchor = lead = -1;
        top = 0;
        refreshPage();
    }

    public Rows rows() {
        return rows;
    }

    /** Asks for the cells on screen again, e.g. after the units changed. */
    public void refresh() {
        refreshPage();
    }

    public void addSortListener(IntConsumer columnListener) {
        sortListeners.add(columnListener);
    }

    /** Told the row that is double-clicked or opened with Enter. */
    public void addOpenListener(IntConsumer rowListener) {
        openListeners.add(rowListener);
    }

    /** @return the column of the last click, in model order */
    public int lastClickedColumn() {
        return lastColumn;
    }

    public void setSortIndicator(int column, boolean descending) {
        table.setSortColumn(column < 0 ? null : table.getColumn(column));
        table.setSortDirection(column < 0 ? SWT.NONE : descending ? SWT.DOWN : SWT.UP);
    }

    /** @return the first row on screen */
    public int top() {
        return top;
    }

    /** @return how many rows fit on screen */
    public int pageRows() {
        return pageRows;
    }

    /** Scrolls so that {@code row} is the first row on screen, as far as there are rows below it. */
    public void setTop(int row) {
        int clamped = Math.max(0, Math.min(row, rows.count() - pageRows));
        if (clamped != top) {
            top = clamped;
            refreshPage();
        }
    }

    /** @return the selected rows, ascending */
    public int[] selectedRows() {
        return selected.stream().filter(r -> r < rows.count()).toArray();
    }

    public int selectedCount() {
        return selected.cardinality();
    }

    /** Selects one row and scrolls to it. */
    public void select(int row) {
        selected.clear();
        selected.set(row);
        anchor = lead = row;
        reveal(row);
        showSelection();
    }

    public void selectAll() {
        selected.set(0, rows.count());
        showSelection();
    }

    private void setData(Event e) {
        TableItem item = (TableItem) e.item;
        int row = top + e.index;
        if (row >= rows.count()) {
            return;
        }
        int columns = table.getColumnCount();
        String[] texts = new String[columns];
        for (int c = 0; c < columns; c++) {
            texts[c] = rows.text(row, c);
        }
        item.setText(texts);
    }

    /** The page is as many whole rows as the table shows, so that the table itself never scrolls. */
    private void fitPage() {
        Rectangle area = table.getClientArea();
        int header = table.getHeaderVisible() ? table.getHeaderHeight() : 0;
        int fit = Math.max(1, (area.height - header) / Math.max(1, table.getItemHeight()));
        if (fit != pageRows) {
            pageRows = fit;
            top = Math.max(0, Math.min(top, rows.count() - pageRows));
            refreshPage();
        }
    }

    private void refreshPage() {
        if (table.isDisposed()) {
            return;
        }
        int visible = Math.max(0, Math.min(pageRows, rows.count() - top));
        table.setRedraw(false);
        try {
            if (table.getItemCount() != visible) {
                table.setItemCount(visible);
            }
            table.clearAll();
            showSelection();
            if (visible > 0) {
                table.setTopIndex(0);
            }
        } finally {
            table.setRedraw(true);
        }
        updateSlider();
    }

    private void updateSlider() {
        int count = rows.count();
        slider.setEnabled(count > pageRows);
        slider.setValues(top, 0, Math.max(count, 1), Math.max(1, Math.min(pageRows, Math.max(count, 1))), 1, Math.max(1, pageRows - 1));
    }

    /** Mirrors the selection of the rows on screen in the table. */
    private void showSelection() {
        int visible = table.getItemCount();
        int[] indices = selected.get(top, top + visible).stream().toArray();
        table.deselectAll();
        table.select(indices);
    }

    private void mouseDown(Event e) {
        TableItem item = table.getItem(new Point(e.x, e.y));
        lastColumn = columnAt(item, e.x);
        if (item == null) {
            return;
        }
        int row = top + table.indexOf(item);
        if (e.button == 3) {
            if (!selected.get(row)) {
                click(row, 0);
            }
        } else if (e.button == 1) {
            click(row, e.stateMask);
        }
        showSelection();
    }

    private int columnAt(TableItem item, int x) {
        if (item == null) {
            return lastColumn;
        }
        for (int c = 0; c < table.getColumnCount(); c++) {
            Rectangle bounds = item.getBounds(c);
            if (x >= bounds.x && x < bounds.x + bounds.width) {
                return c;
            }
        }
        return lastColumn;
    }

    private void click(int row, int modifiers) {
        if ((modifiers & SWT.SHIFT) != 0 && anchor >= 0) {
            if ((modifiers & SWT.MOD1) == 0) {
                selected.clear();
            }
            selected.set(Math.min(anchor, row), Math.max(anchor, row) + 1);
            lead = row;
        } else if ((modifiers & SWT.MOD1) != 0) {
            selected.flip(row);
            anchor = lead = row;
        } else {
            selected.clear();
            selected.set(row);
            anchor = lead = row;
        }
    }

    private void keyDown(Event e) {
        int count = rows.count();
        if (e.character == 1 || ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'a' || e.keyCode == 'A'))) {
            selectAll();
            e.doit = false;
            return;
        }
        int target = switch (e.keyCode) {
        case SWT.ARROW_UP -> lead - 1;
        case SWT.ARROW_DOWN -> lead + 1;
        case SWT.PAGE_UP -> lead - pageRows;
        case SWT.PAGE_DOWN -> lead + pageRows;
        case SWT.HOME -> 0;
        case SWT.END -> count - 1;
        default -> Integer.MIN_VALUE;
        };
        if (target == Integer.MIN_VALUE || count == 0) {
            return;
        }
        e.doit = false;
        target = Math.max(0, Math.min(count - 1, lead < 0 ? top : target));
        click(target, e.stateMask & SWT.SHIFT);
        reveal(target);
        showSelection();
    }

    private void reveal(int row) {
        if (row < top) {
            setTop(row);
        } else if (row >= top + pageRows) {
            setTop(row - pageRows + 1);
        }
    }

    private void hover(Event e) {
        TableItem item = table.getItem(new Point(e.x, e.y));
        String tip = null;
        if (item != null) {
            int row = top + table.indexOf(item);
            int column = columnAt(item, e.x);
            tip = row < rows.count() ? rows.tooltip(row, column) : null;
        }
        table.setToolTipText(tip);
    }
}
