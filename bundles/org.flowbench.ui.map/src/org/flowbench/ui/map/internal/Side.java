package org.flowbench.ui.map.internal;

import org.flowbench.model.FlowFilter.Direction;

/** Which end of the flows the map shades countries by. */
public enum Side {
    SOURCE("Sources", "Bytes from each country", Direction.SOURCE),
    DESTINATION("Destinations", "Bytes to each country", Direction.DESTINATION),
    BOTH("Both", "Bytes from and to each country", Direction.EITHER);

    private final String label;
    private final String legendTitle;
    private final Direction direction;

    Side(String label, String legendTitle, Direction direction) {
        this.label = label;
        this.legendTitle = legendTitle;
        this.direction = direction;
    }

    public String label() {
        return label;
    }

    public String legendTitle() {
        return legendTitle;
    }

    /** @return the direction of a country picked on the map in this mode */
    public Direction direction() {
        return direction;
    }
}
