package org.flowbench.ui.selection;

import org.flowbench.model.FlowFilter;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.datasets.Dataset;

/**
 * What every Flowbench view shows: a dataset, a time range, a filter, and possibly a host and a
 * country picked in views. Views are linked like cross-filters: a view applies all of it except its own pick,
 * so the top talkers keep showing every talker (with the picked one marked) while the other views
 * narrow to it, and traffic over time keeps showing the whole span with the selected range marked.
 *
 * @param dataset   the active dataset, null when none is open
 * @param timeRange the selected time range, {@link TimeRange#ALL} for all of it
 * @param filter    the filter typed in the filter bar, {@link FlowFilter#ALL} for none
 * @param focus     the host picked in a view, null for none
 * @param country   the country picked in a view (the map), null for none
 */
public record TrafficSelection(Dataset dataset, TimeRange timeRange, FlowFilter filter, HostFocus focus, CountryFocus country) {

    /** What a view picks itself and so does not apply to itself. */
    public enum Own {
        NOTHING, TIME_RANGE, SOURCE_HOST, DESTINATION_HOST, COUNTRY
    }

    /** A selection without a picked country. */
    public TrafficSelection(Dataset dataset, TimeRange timeRange, FlowFilter filter, HostFocus focus) {
        this(dataset, timeRange, filter, focus, null);
    }

    public static TrafficSelection of(Dataset dataset) {
        return new TrafficSelection(dataset, TimeRange.ALL, FlowFilter.ALL, null, null);
    }

    public TrafficSelection withTimeRange(TimeRange range) {
        return new TrafficSelection(dataset, range, filter, focus, country);
    }

    public TrafficSelection withFilter(FlowFilter f) {
        return new TrafficSelection(dataset, timeRange, f, focus, country);
    }

    public TrafficSelection withFocus(HostFocus f) {
        return new TrafficSelection(dataset, timeRange, filter, f, country);
    }

    public TrafficSelection withCountry(CountryFocus c) {
        return new TrafficSelection(dataset, timeRange, filter, focus, c);
    }

    /** @return whether anything narrows the view: a range, a filter, a picked host or country */
    public boolean isNarrowed() {
        return !timeRange.equals(TimeRange.ALL) || filter != FlowFilter.ALL || focus != null || country != null;
    }

    /** @return the time range a view applies: all of it for the view that picks the range */
    public TimeRange timeRangeFor(Own own) {
        return own == Own.TIME_RANGE ? TimeRange.ALL : timeRange;
    }

    /** @return the filter a view applies: the typed filter, and the picks unless the view made them */
    public FlowFilter filterFor(Own own) {
        FlowFilter f = country == null || own == Own.COUNTRY ? filter : filter.and(country.asFilter());
        if (focus == null || (own == Own.SOURCE_HOST && focus.direction() == FlowFilter.Direction.SOURCE)
                || (own == Own.DESTINATION_HOST && focus.direction() == FlowFilter.Direction.DESTINATION)) {
            return f;
        }
        return f.and(focus.asFilter());
    }
}
