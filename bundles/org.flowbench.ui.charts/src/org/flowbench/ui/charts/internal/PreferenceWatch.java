package org.flowbench.ui.charts.internal;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.flowbench.ui.FlowbenchPreferences;
import org.flowbench.ui.FlowbenchUi;

/** Runs an update on the UI thread whenever a Flowbench preference changes, as long as a control lives. */
public final class PreferenceWatch {

    private PreferenceWatch() {
    }

    public static void start(Control owner, Runnable update) {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(FlowbenchUi.PLUGIN_ID);
        IEclipsePreferences.IPreferenceChangeListener listener = e -> owner.getDisplay().asyncExec(() -> {
            if (!owner.isDisposed()) {
                update.run();
            }
        });
        node.addPreferenceChangeListener(listener);
        owner.addListener(org.eclipse.swt.SWT.Dispose, e -> node.removePreferenceChangeListener(listener));
    }

    /** @return the color of the preference (series or mark color) */
    public static RGB color(String key) {
        int[] rgb = FlowbenchPreferences.color(key);
        return new RGB(rgb[0], rgb[1], rgb[2]);
    }

    public static RGB seriesColor() {
        return color(FlowbenchPreferences.SERIES_COLOR);
    }

    public static RGB markColor() {
        return color(FlowbenchPreferences.MARK_COLOR);
    }
}
