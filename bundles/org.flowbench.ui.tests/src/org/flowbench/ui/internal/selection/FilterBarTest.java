package org.flowbench.ui.internal.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.flowbench.model.FlowFilter;
import org.flowbench.model.IpAddress;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.selection.HostFocus;
import org.flowbench.ui.selection.TrafficSelection;
import org.junit.jupiter.api.Test;

/** What the filter bar says about the selection: short enough for a time range and a picked host. */
class FilterBarTest {

    @Test
    void aRangeWithinOneDayNamesTheDateOnce() {
        TimeRange morning = TimeRange.of(Instant.parse("2026-01-05T07:56:00Z"), Instant.parse("2026-01-05T11:58:00Z"));
        HostFocus host = new HostFocus(IpAddress.parse("10.20.0.40"), FlowFilter.Direction.SOURCE);
        assertEquals("Time: 2026-01-05 07:56:00 – 11:58:00 UTC (4h 2m)   Host: src host 10.20.0.40",
                FilterBar.describe(new TrafficSelection(null, morning, FlowFilter.ALL, host)));
    }

    @Test
    void aRangeOverMidnightNamesBothDates() {
        TimeRange night = TimeRange.of(Instant.parse("2026-01-05T22:00:00Z"), Instant.parse("2026-01-06T02:00:00Z"));
        assertEquals("Time: 2026-01-05 22:00:00 – 2026-01-06 02:00:00 UTC (4h)",
                FilterBar.describe(new TrafficSelection(null, night, FlowFilter.ALL, null)));
        assertEquals("Time: all time", FilterBar.describe(new TrafficSelection(null, TimeRange.ALL, FlowFilter.ALL, null)));
    }
}
