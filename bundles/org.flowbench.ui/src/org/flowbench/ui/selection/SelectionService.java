package org.flowbench.ui.selection;

import java.util.function.Consumer;

import org.eclipse.core.commands.operations.IUndoContext;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.TimeRange;

/**
 * The one selection all Flowbench views share: time range, filter, picked host and country over the active
 * dataset. Every change is an undoable operation in the workbench's operation history (Edit >
 * Undo, Ctrl+Z). Available as an OSGi service.
 */
public interface SelectionService {

    TrafficSelection current();

    /** The context of the selection's operations in the workbench operation history. */
    IUndoContext undoContext();

    void selectTimeRange(TimeRange range);

    void selectFilter(FlowFilter filter);

    /** Picks a host, or with null drops the pick. */
    void focus(HostFocus focus);

    /** Picks a country (on the map), or with null drops the pick. */
    void focusCountry(CountryFocus country);

    /** Tells the listeners the current selection again, not as a change: the active dataset grew (live collection). */
    void refresh();

    /** Drops the time range, the filter and the picks in one step. */
    void clear();

    /** Tells the listener every new selection; called on the thread that changed it. */
    void addListener(Consumer<TrafficSelection> listener);

    void removeListener(Consumer<TrafficSelection> listener);
}
