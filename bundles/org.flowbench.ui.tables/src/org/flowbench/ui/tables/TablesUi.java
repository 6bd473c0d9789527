package org.flowbench.ui.tables;

/** Identifiers of the Flowbench table views that other plugins may refer to. */
public final class TablesUi {

    public static final String PLUGIN_ID = "org.flowbench.ui.tables";

    /** The raw flow records of the selection. */
    public static final String FLOWS_VIEW_ID = "org.flowbench.ui.tables.views.flows";

    /** Address pairs with their traffic in both directions. */
    public static final String CONVERSATIONS_VIEW_ID = "org.flowbench.ui.tables.views.conversations";

    /** What the data says: busiest hour, top hosts, spikes, detected and labelled anomalies. */
    public static final String INSIGHTS_VIEW_ID = "org.flowbench.ui.tables.views.insights";

    /** Writes the rows of the active table view to a CSV file. */
    public static final String EXPORT_CSV_COMMAND_ID = "org.flowbench.ui.tables.exportCsv";

    private TablesUi() {
    }
}
