package org.flowbench.ui.views;

import org.eclipse.core.runtime.IProgressMonitor;
import org.flowbench.ui.selection.TrafficSelection;

/**
 * A view that recomputes what it shows in the background when the selection changes. Tests and
 * the view benchmark ask it whether it shows the newest state. Any thread.
 */
public interface UpdatingView {

    /** @return whether the view shows what its newest refresh computed */
    boolean isUpToDate();

    /**
     * Computes what the view would show for a selection, without showing it or keeping it, so that
     * the code that does it is compiled before the user's first selections (see the view
     * rehearsal of org.flowbench.ui). Off the UI thread; when the monitor is canceled it may stop
     * early, also by throwing {@link java.util.concurrent.CancellationException}.
     * Views whose work is light need not implement it.
     */
    default void rehearse(TrafficSelection selection, IProgressMonitor monitor) {
    }
}
