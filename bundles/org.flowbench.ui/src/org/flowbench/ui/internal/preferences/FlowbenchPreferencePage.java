package org.flowbench.ui.internal.preferences;

import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.flowbench.ui.FlowbenchPreferences;
import org.flowbench.ui.FlowbenchUi;

/** Window > Preferences > Flowbench: top N, units, the bucket of traffic over time, colors. */
public final class FlowbenchPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public FlowbenchPreferencePage() {
        super(GRID);
        setDescription("How the Flowbench views show traffic.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, FlowbenchUi.PLUGIN_ID));
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor topN = new IntegerFieldEditor(FlowbenchPreferences.TOP_N, "&Entries in rankings and tables (top N):",
                getFieldEditorParent());
        topN.setValidRange(1, 1_000_000);
        addField(topN);
        addField(new ComboFieldEditor(FlowbenchPreferences.UNITS, "&Units of traffic:",
                new String[][] { { "Bytes (B, KB, MB, ...)", "bytes" }, { "Bits (bit/s, Kbit/s, ...)", "bits" } }, getFieldEditorParent()));
        addField(new ComboFieldEditor(FlowbenchPreferences.BUCKET, "Time &bucket of traffic over time:",
                new String[][] { { "Automatic (follows the zoom)", "auto" }, { "1 second", "1s" }, { "10 seconds", "10s" },
                        { "1 minute", "1m" }, { "5 minutes", "5m" }, { "15 minutes", "15m" }, { "1 hour", "1h" } },
                getFieldEditorParent()));
        addField(new ColorFieldEditor(FlowbenchPreferences.SERIES_COLOR, "&Traffic color:", getFieldEditorParent()));
        addField(new ColorFieldEditor(FlowbenchPreferences.MARK_COLOR, "&Mark color (peak, selection, picked host):",
                getFieldEditorParent()));
    }
}
