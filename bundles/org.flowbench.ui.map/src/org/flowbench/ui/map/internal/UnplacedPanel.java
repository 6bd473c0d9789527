package org.flowbench.ui.map.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.flowbench.analysis.ResultGrid;
import org.flowbench.geo.AddressClass;
import org.flowbench.ui.TrafficUnits;

/**
 * Beside the map: how many bytes (of the side shown) lie in countries and how many cannot be placed,
 * by kind (private, unknown, ...), so that traffic the map cannot show is never silently missing.
 */
final class UnplacedPanel {

    private final Composite panel;
    private final List<Label> rows = new ArrayList<>();
    private final Label source;

    UnplacedPanel(Composite parent) {
        panel = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 10;
        layout.verticalSpacing = 4;
        panel.setLayout(layout);
        Label title = new Label(panel, SWT.NONE);
        title.setFont(JFaceResources.getBannerFont());
        title.setText("Where the bytes are");
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false, 2, 1));
        for (int i = 0; i < AddressClass.values().length + 1; i++) {
            Label name = new Label(panel, SWT.NONE);
            name.setLayoutData(new GridData());
            Label value = new Label(panel, SWT.RIGHT);
            value.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            rows.add(name);
            rows.add(value);
        }
        source = new Label(panel, SWT.WRAP);
        // under the numbers rather than at the bottom, where a short view would cut it off
        GridData d = new GridData(SWT.FILL, SWT.TOP, false, false, 2, 1);
        d.widthHint = 200;
        d.verticalIndent = 12;
        source.setLayoutData(d);
    }

    Control control() {
        return panel;
    }

    void show(MapData data, Side side, String dataDescription) {
        long ends = data.endBytes(side);
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] { side == Side.BOTH ? "Flow ends counted" : "Traffic", TrafficUnits.volume(ends) });
        lines.add(new String[] { "In countries (on the map)", amount(data.placedBytes(side), ends) });
        for (AddressClass c : AddressClass.values()) {
            long bytes = c == AddressClass.PUBLIC ? 0 : data.kindBytes(c.id(), side);
            if (bytes > 0 || c == AddressClass.PRIVATE || c == AddressClass.UNKNOWN) {
                lines.add(new String[] { label(c), amount(bytes, ends) });
            }
        }
        // only labels whose text or visibility changed are measured and laid out again: laying out
        // the whole panel and the map beside it measured every label, tens of ms of the UI thread
        List<Control> changed = new ArrayList<>();
        for (int i = 0; i < rows.size() / 2; i++) {
            boolean used = i < lines.size();
            String[] line = used ? lines.get(i) : new String[] { "", "" };
            rows.get(2 * i).setToolTipText(i >= 2 && used ? tooltip(line[0]) : null);
            for (int column = 0; column < 2; column++) {
                Label l = rows.get(2 * i + column);
                setText(l, line[column], changed);
                GridData d = (GridData) l.getLayoutData();
                if (d.exclude == used) {
                    d.exclude = !used; // rows without a line take no room, so the sources follow the numbers
                    l.setVisible(used);
                    changed.add(l);
                }
            }
        }
        setText(source, "Sources: " + dataDescription + "; country shapes: Natural Earth.", changed);
        if (!changed.isEmpty()) {
            panel.getParent().layout(changed.toArray(Control[]::new));
        }
    }

    private static void setText(Label label, String text, List<Control> changed) {
        if (!text.equals(label.getText())) {
            label.setText(text);
            changed.add(label);
        }
    }

    private static String label(AddressClass c) {
        return switch (c) {
        case PRIVATE -> "Private (not on the map)";
        case UNKNOWN -> "Unknown to the GeoIP data";
        default -> c.label();
        };
    }

    private static String tooltip(String label) {
        return label + ": addresses that lie in no country, so the map cannot show them";
    }

    private static String amount(long bytes, long total) {
        return TrafficUnits.volume(bytes) + "  (" + ResultGrid.percent(bytes, total) + ")";
    }

    /** @return the texts of the rows, name and value alternately (tests read them) */
    List<String> texts() {
        return rows.stream().map(Label::getText).filter(t -> !t.isEmpty()).toList();
    }
}
