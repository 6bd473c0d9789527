package org.flowbench.ui.internal.datasets;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;

/**
 * A table of a few rows in a view: headers, lines, and columns that share the width by weight but
 * never get narrower than their title or their widest expected value (a cut-off count reads as a
 * smaller one); when the view is too narrow the table scrolls.
 */
final class WeightedTable {

    private WeightedTable() {
    }

    /** @return a table in a composite of its own, which is the one to lay out in the parent */
    static TableViewer create(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new TableColumnLayout());
        TableViewer viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    /**
     * @param font   the boldest font a cell of the column is shown in, null for the table's
     * @param widest the widest value expected in the column
     */
    static TableViewerColumn column(TableViewer viewer, String title, int weight, int alignment, Font font, String widest,
            CellLabelProvider labels) {
        TableViewerColumn c = new TableViewerColumn(viewer, alignment);
        c.getColumn().setText(title);
        c.setLabelProvider(labels);
        GC gc = new GC(viewer.getTable());
        try {
            if (font != null) {
                gc.setFont(font);
            }
            int least = Math.max(gc.textExtent(widest).x, gc.textExtent(title).x) + 24;
            ((TableColumnLayout) viewer.getTable().getParent().getLayout()).setColumnData(c.getColumn(), new ColumnWeightData(weight, least));
        } finally {
            gc.dispose();
        }
        return c;
    }
}
