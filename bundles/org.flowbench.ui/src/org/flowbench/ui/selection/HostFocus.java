package org.flowbench.ui.selection;

import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowFilter.Direction;
import org.flowbench.model.IpAddress;

/**
 * A host picked in a view (a bar of the top talkers, a dot of the destinations), as sender or
 * receiver.
 *
 * @param host      the address
 * @param direction {@link Direction#SOURCE} for a talker, {@link Direction#DESTINATION} for a destination
 */
public record HostFocus(IpAddress host, Direction direction) {

    public FlowFilter asFilter() {
        return new FlowFilter.Host(direction, host);
    }

    @Override
    public String toString() {
        return asFilter().toString();
    }
}
