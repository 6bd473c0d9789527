package org.flowbench.ui;

/** Identifiers of the Flowbench workbench that other plugins may refer to. */
public final class FlowbenchUi {

    public static final String PLUGIN_ID = "org.flowbench.ui";

    /** The "Traffic Analysis" perspective, the one the product opens with. */
    public static final String PERSPECTIVE_ID = "org.flowbench.ui.perspective.trafficAnalysis";

    /** The command that opens the About Flowbench dialog. */
    public static final String ABOUT_COMMAND_ID = "org.flowbench.ui.about";

    /** The job family of the views' analysis jobs, for joining or canceling them all. */
    public static final Object ANALYSIS_JOB_FAMILY = new Object();

    private FlowbenchUi() {
    }
}
