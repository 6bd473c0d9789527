package org.flowbench.ui.internal.selection;

import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.TimeFormats;
import org.flowbench.ui.selection.SelectionService;
import org.flowbench.ui.selection.TrafficSelection;

/**
 * The filter bar in the window's top trim: the filter (typed in tcpdump's words, applied with
 * Enter), the selected time range and picked host, and a button that clears them all. It follows
 * the selection, so Undo and clicks in views show here too. A tool control of the trim (placed by
 * {@link FilterBarAddon}), not a control in a toolbar: a toolbar on GTK keeps the height of its
 * buttons and cut off the bottom of the text field and the Clear button.
 */
public final class FilterBar {

    private SelectionService selection;
    private Text filter;
    private Label state;
    private Consumer<TrafficSelection> listener;

    @PostConstruct
    void create(Composite parent) {
        selection = PlatformUI.getWorkbench().getService(SelectionService.class);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 0).applyTo(bar);
        new Label(bar, SWT.NONE).setText("Filter:");
        filter = new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("e.g. net 10.0.0.0/8 and port 443 (Enter applies)");
        filter.setToolTipText("Filter in tcpdump's words: host, net, port, portrange, proto, tcp, udp, icmp, country (e.g. country DE), src, dst, and, or, not");
        GridDataFactory.swtDefaults().hint(360, SWT.DEFAULT).applyTo(filter);
        filter.addListener(SWT.DefaultSelection, e -> apply());
        filter.addListener(SWT.Modify, e -> markError(null));
        state = new Label(bar, SWT.NONE);
        GridDataFactory.swtDefaults().hint(520, SWT.DEFAULT).applyTo(state);
        Button clear = new Button(bar, SWT.PUSH);
        clear.setText("&Clear");
        clear.setToolTipText("Drop the filter, the time range and the picked host and country");
        clear.addListener(SWT.Selection, e -> selection.clear());
        listener = s -> bar.getDisplay().asyncExec(() -> show(s));
        selection.addListener(listener);
        bar.addListener(SWT.Dispose, e -> selection.removeListener(listener));
        show(selection.current());
    }

    private void apply() {
        try {
            selection.selectFilter(FlowFilter.parse(filter.getText()));
            markError(null);
        } catch (IllegalArgumentException e) {
            markError(e.getMessage());
        }
    }

    private void markError(String message) {
        if (filter.isDisposed()) {
            return;
        }
        Color red = filter.getDisplay().getSystemColor(SWT.COLOR_RED);
        filter.setForeground(message == null ? null : red);
        filter.setToolTipText(message != null ? message
                : "Filter in tcpdump's words: host, net, port, portrange, proto, tcp, udp, icmp, country (e.g. country DE), src, dst, and, or, not");
        if (message != null) {
            filter.getDisplay().beep();
        }
    }

    private void show(TrafficSelection s) {
        if (filter.isDisposed()) {
            return;
        }
        String typed = s.filter().toString();
        if (!filter.getText().equals(typed) && !filter.isFocusControl()) {
            filter.setText(typed);
        }
        state.setText(describe(s));
        state.getParent().layout();
    }

    /** @return e.g. "Time: 2026-01-05 08:00:00 – 09:30:00 UTC (1h 30m)   Host: src host 10.1.0.7" */
    static String describe(TrafficSelection s) {
        String time = s.timeRange().equals(TimeRange.ALL) ? "all time" : TimeFormats.range(s.timeRange());
        return "Time: " + time + (s.focus() != null ? "   Host: " + s.focus() : "")
                + (s.country() != null ? "   Country: " + s.country() : "");
    }

    @PreDestroy
    void dispose() {
        if (selection != null && listener != null) {
            selection.removeListener(listener);
        }
    }
}
