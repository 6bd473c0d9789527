package org.flowbench.ui;

import org.eclipse.core.runtime.Platform;

/**
 * The Flowbench preferences (Window > Preferences > Flowbench), read by the views. The defaults
 * come from {@code internal.PreferenceDefaults}; the preference page edits the instance scope.
 */
public final class FlowbenchPreferences {

    /** How many entries rankings and tables show. */
    public static final String TOP_N = "topN";
    /** "bytes" or "bits": the unit of traffic volumes and rates. */
    public static final String UNITS = "units";
    /** The bucket of traffic over time: "auto" (follows the zoom) or a duration such as "1m". */
    public static final String BUCKET = "bucket";
    /** The color of traffic series, as "r,g,b". */
    public static final String SERIES_COLOR = "seriesColor";
    /** The color of marks: the peak, the selected range, the picked host. */
    public static final String MARK_COLOR = "markColor";

    private FlowbenchPreferences() {
    }

    public static int topN() {
        return Platform.getPreferencesService().getInt(FlowbenchUi.PLUGIN_ID, TOP_N, 10, null);
    }

    public static boolean bits() {
        return "bits".equals(Platform.getPreferencesService().getString(FlowbenchUi.PLUGIN_ID, UNITS, "bytes", null));
    }

    public static String bucket() {
        return Platform.getPreferencesService().getString(FlowbenchUi.PLUGIN_ID, BUCKET, "auto", null);
    }

    /** @return the color as {red, green, blue} */
    public static int[] color(String key) {
        String[] rgb = Platform.getPreferencesService().getString(FlowbenchUi.PLUGIN_ID, key, "0,0,0", null).split(",");
        return new int[] { Integer.parseInt(rgb[0].trim()), Integer.parseInt(rgb[1].trim()), Integer.parseInt(rgb[2].trim()) };
    }
}
