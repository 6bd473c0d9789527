package org.flowbench.ui.map;

/** Identifiers of the traffic map that other plugins and tests may refer to. */
public final class TrafficMap {

    public static final String PLUGIN_ID = "org.flowbench.ui.map";

    /** The Traffic Map view. */
    public static final String VIEW_ID = "org.flowbench.ui.map.views.map";

    private TrafficMap() {
    }
}
