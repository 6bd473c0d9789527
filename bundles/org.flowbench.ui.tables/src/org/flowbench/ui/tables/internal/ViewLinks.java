package org.flowbench.ui.tables.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Opens the views that show what a table row or an insight is about. The chart views come from
 * another plugin that may not be installed, so a view is opened only when it is registered.
 */
public final class ViewLinks {

    public static final String TRAFFIC_OVER_TIME = "org.flowbench.ui.charts.views.trafficOverTime";
    public static final String TOP_TALKERS = "org.flowbench.ui.charts.views.topTalkers";
    public static final String TOP_DESTINATIONS = "org.flowbench.ui.charts.views.topDestinations";

    private ViewLinks() {
    }

    /** @return whether a view of this id is installed */
    public static boolean exists(String viewId) {
        return PlatformUI.getWorkbench().getViewRegistry().find(viewId) != null;
    }

    /** @return whether the view was shown; false when it is not installed or failed to open */
    public static boolean show(IWorkbenchPage page, String viewId) {
        if (page == null || !exists(viewId)) {
            return false;
        }
        try {
            page.showView(viewId);
            return true;
        } catch (PartInitException e) {
            ILog.of(ViewLinks.class).warn("Cannot open view " + viewId, e);
            return false;
        }
    }
}
