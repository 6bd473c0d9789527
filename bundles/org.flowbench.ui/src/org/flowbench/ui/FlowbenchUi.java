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

    /** The job family of the views' rehearsal, which runs once per session on the first large dataset. */
    public static final Object VIEW_REHEARSAL_JOB_FAMILY = new Object();

    private FlowbenchUi() {
    }
}
