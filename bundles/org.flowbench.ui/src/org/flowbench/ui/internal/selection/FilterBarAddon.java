package org.flowbench.ui.internal.selection;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimBar;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimElement;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Adds the {@link FilterBar} to the top trim of every workbench window when the trim is rendered,
 * before the spacer that pushes the search field and perspective switcher to the right, as the
 * workbench itself places its search field. A model fragment cannot: the top trim bar does not
 * exist yet in the model of a first start. Added by the model fragment of this bundle, so the same
 * works in the Flowbench product and in an Eclipse IDE.
 */
public final class FilterBarAddon {

    static final String ELEMENT_ID = "org.flowbench.ui.filterBar";
    private static final String TOP_TRIM_ID = "org.eclipse.ui.main.toolbar";
    private static final String CONTRIBUTION = "bundleclass://org.flowbench.ui/" + FilterBar.class.getName();
    /** The workbench's elements that end the left-aligned part of the top trim, in the order looked for. */
    private static final List<String> RIGHT_SIDE = List.of("PerspectiveSpacer", "SearchField", "Search-PS Glue", "PerspectiveSwitcher");

    @Inject
    @Optional
    void widgetChanged(@UIEventTopic(UIEvents.UIElement.TOPIC_WIDGET) Event event, EModelService models) {
        if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MTrimBar bar && TOP_TRIM_ID.equals(bar.getElementId())
                && event.getProperty(UIEvents.EventTags.NEW_VALUE) != null) {
            addTo(bar, models);
        }
    }

    static void addTo(MTrimBar bar, EModelService models) {
        List<MTrimElement> children = bar.getChildren();
        if (children.stream().anyMatch(c -> ELEMENT_ID.equals(c.getElementId()))) {
            return; // restored with the window from the last session
        }
        MToolControl control = models.createModelElement(MToolControl.class);
        control.setElementId(ELEMENT_ID);
        control.setContributionURI(CONTRIBUTION);
        bar.getChildren().add(rightSideStart(children), control);
    }

    private static int rightSideStart(List<MTrimElement> children) {
        for (String id : RIGHT_SIDE) {
            for (int i = 0; i < children.size(); i++) {
                if (id.equals(children.get(i).getElementId())) {
                    return i;
                }
            }
        }
        return children.size();
    }
}
