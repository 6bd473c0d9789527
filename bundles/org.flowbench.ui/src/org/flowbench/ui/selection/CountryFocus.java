package org.flowbench.ui.selection;

import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowFilter.Direction;

/**
 * A country picked in a view (a country clicked on the map), as where traffic comes from, goes to,
 * or either.
 *
 * @param code      ISO 3166-1 alpha-2, e.g. "DE"
 * @param direction {@link Direction#SOURCE}, {@link Direction#DESTINATION} or {@link Direction#EITHER}
 */
public record CountryFocus(String code, Direction direction) {

    public FlowFilter asFilter() {
        return new FlowFilter.Country(direction, code);
    }

    @Override
    public String toString() {
        return asFilter().toString();
    }
}
