package org.flowbench.ui.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowFilter.Direction;
import org.flowbench.model.IpAddress;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.selection.TrafficSelection.Own;
import org.junit.jupiter.api.Test;

/** The cross-filter rule: a view applies everything but its own pick. */
class TrafficSelectionTest {

    private static final TimeRange MORNING = new TimeRange(1_000, 2_000);
    private static final FlowFilter TCP = FlowFilter.parse("tcp");
    private static final HostFocus TALKER = new HostFocus(IpAddress.parse("10.0.0.1"), Direction.SOURCE);

    private final TrafficSelection picked = TrafficSelection.of(null).withTimeRange(MORNING).withFilter(TCP).withFocus(TALKER);

    @Test
    void theTimeViewKeepsTheWholeSpan() {
        assertEquals(TimeRange.ALL, picked.timeRangeFor(Own.TIME_RANGE));
        assertEquals(MORNING, picked.timeRangeFor(Own.SOURCE_HOST));
        assertEquals(MORNING, picked.timeRangeFor(Own.NOTHING));
    }

    @Test
    void theTalkersViewIgnoresItsOwnPickButNotTheFilter() {
        assertEquals(TCP, picked.filterFor(Own.SOURCE_HOST));
        assertEquals("proto tcp and src host 10.0.0.1", picked.filterFor(Own.DESTINATION_HOST).toString());
        assertEquals("proto tcp and src host 10.0.0.1", picked.filterFor(Own.NOTHING).toString());
        assertEquals("proto tcp and src host 10.0.0.1", picked.filterFor(Own.TIME_RANGE).toString());
    }

    @Test
    void aDestinationPickNarrowsTheTalkers() {
        TrafficSelection s = TrafficSelection.of(null).withFocus(new HostFocus(IpAddress.parse("8.8.8.8"), Direction.DESTINATION));
        assertEquals("dst host 8.8.8.8", s.filterFor(Own.SOURCE_HOST).toString());
        assertEquals(FlowFilter.ALL, s.filterFor(Own.DESTINATION_HOST));
    }

    @Test
    void narrowedSaysWhetherAnythingIsPicked() {
        assertFalse(TrafficSelection.of(null).isNarrowed());
        assertTrue(TrafficSelection.of(null).withFilter(TCP).isNarrowed());
        assertTrue(TrafficSelection.of(null).withTimeRange(MORNING).isNarrowed());
        assertTrue(TrafficSelection.of(null).withFocus(TALKER).isNarrowed());
    }

    @Test
    void aCountryPickedOnTheMapNarrowsEveryViewButTheMap() {
        TrafficSelection s = picked.withCountry(new CountryFocus("DE", Direction.DESTINATION));
        assertEquals("proto tcp and src host 10.0.0.1", s.filterFor(Own.COUNTRY).toString());
        assertEquals("(proto tcp and dst country DE) and src host 10.0.0.1", s.filterFor(Own.NOTHING).toString());
        assertEquals("proto tcp and dst country DE", s.filterFor(Own.SOURCE_HOST).toString());
        assertTrue(TrafficSelection.of(null).withCountry(new CountryFocus("DE", Direction.EITHER)).isNarrowed());
        assertEquals(s.country(), s.withFocus(null).withTimeRange(TimeRange.ALL).country(), "other picks keep the country");
    }
}
