package org.flowbench.ui.views;

/**
 * A view that recomputes what it shows in the background when the selection changes. Tests and
 * the view benchmark ask it whether it shows the newest state. Any thread.
 */
public interface UpdatingView {

    /** @return whether the view shows what its newest refresh computed */
    boolean isUpToDate();
}
