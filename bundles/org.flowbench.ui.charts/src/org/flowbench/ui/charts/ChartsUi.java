package org.flowbench.ui.charts;

/** Identifiers of the Flowbench chart views and commands that other plugins may refer to. */
public final class ChartsUi {

    public static final String PLUGIN_ID = "org.flowbench.ui.charts";

    public static final String TRAFFIC_OVER_TIME_VIEW_ID = "org.flowbench.ui.charts.trafficOverTime";
    public static final String TOP_TALKERS_VIEW_ID = "org.flowbench.ui.charts.topTalkers";
    public static final String TOP_DESTINATIONS_VIEW_ID = "org.flowbench.ui.charts.topDestinations";
    public static final String PROTOCOL_MIX_VIEW_ID = "org.flowbench.ui.charts.protocolMix";
    /** The view that shows any installed analysis by the kind of its result. */
    public static final String ANALYSIS_VIEW_ID = "org.flowbench.ui.charts.analysis";

    /** Saves the active chart as a PNG image. */
    public static final String EXPORT_IMAGE_COMMAND_ID = "org.flowbench.ui.charts.exportImage";
    /** Saves the data of the active chart as CSV. */
    public static final String EXPORT_DATA_COMMAND_ID = "org.flowbench.ui.charts.exportData";
    /** Switches traffic over time between bytes, packets, flows and bits/s (a radio state command). */
    public static final String TRAFFIC_METRIC_COMMAND_ID = "org.flowbench.ui.charts.trafficMetric";
    /** Switches the protocol mix between protocols and services (a radio state command). */
    public static final String MIX_LEVEL_COMMAND_ID = "org.flowbench.ui.charts.mixLevel";

    private ChartsUi() {
    }
}
