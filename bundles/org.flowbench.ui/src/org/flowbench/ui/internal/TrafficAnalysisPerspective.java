package org.flowbench.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The "Traffic Analysis" perspective: there is no editor area, the views fill the window. Views
 * of the other Flowbench plugins add themselves through {@code org.eclipse.ui.perspectiveExtensions}
 * relative to the folders named here, so this class does not need to know them.
 */
public final class TrafficAnalysisPerspective implements IPerspectiveFactory {

    /** Folder on the left: datasets and navigation. */
    public static final String FOLDER_LEFT = "org.flowbench.ui.folder.left";
    /** The large folder at the top: charts over time. */
    public static final String FOLDER_TOP = "org.flowbench.ui.folder.top";
    /** Bottom left: rankings (talkers, destinations). */
    public static final String FOLDER_BOTTOM_LEFT = "org.flowbench.ui.folder.bottomLeft";
    /** Bottom right: tables and maps. */
    public static final String FOLDER_BOTTOM_RIGHT = "org.flowbench.ui.folder.bottomRight";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editor = layout.getEditorArea();
        layout.createPlaceholderFolder(FOLDER_LEFT, IPageLayout.LEFT, 0.18f, editor);
        layout.createPlaceholderFolder(FOLDER_TOP, IPageLayout.TOP, 0.42f, editor);
        layout.createPlaceholderFolder(FOLDER_BOTTOM_LEFT, IPageLayout.BOTTOM, 0.55f, FOLDER_TOP);
        layout.createPlaceholderFolder(FOLDER_BOTTOM_RIGHT, IPageLayout.RIGHT, 0.5f, FOLDER_BOTTOM_LEFT);
    }
}
