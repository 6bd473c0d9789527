package org.flowbench.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.flowbench.ui.FlowbenchPreferences;
import org.flowbench.ui.FlowbenchUi;

/** The default values of the Flowbench preferences. */
public final class PreferenceDefaults extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(FlowbenchUi.PLUGIN_ID);
        defaults.putInt(FlowbenchPreferences.TOP_N, 10);
        defaults.put(FlowbenchPreferences.UNITS, "bytes");
        defaults.put(FlowbenchPreferences.BUCKET, "auto");
        defaults.put(FlowbenchPreferences.SERIES_COLOR, "31,119,180");
        defaults.put(FlowbenchPreferences.MARK_COLOR, "214,39,40");
    }
}
