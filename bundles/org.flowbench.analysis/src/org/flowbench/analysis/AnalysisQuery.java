package org.flowbench.analysis;

import java.util.HashMap;
import java.util.Map;

import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.TimeRange;

/**
 * What to compute over: the flows, the time range (flows that start inside it), the filter, the
 * resolution (how many points the view can show: a time series has at most this many buckets)
 * and, for rankings and tables, how many entries to keep.
 *
 * @param flows      the dataset's rows
 * @param timeRange  flows whose start lies in it; {@link TimeRange#ALL} for all
 * @param filter     {@link FlowFilter#ALL} for all
 * @param resolution the most points a time series may have (at least 1)
 * @param topN       the most entries of a ranking or table (at least 1)
 * @param parameters analysis settings by {@link ParameterDescriptor#id()}, as text
 */
public record AnalysisQuery(FlowSnapshot flows, TimeRange timeRange, FlowFilter filter, int resolution, int topN,
        Map<String, String> parameters) {

    public static final int DEFAULT_RESOLUTION = 1440;
    public static final int DEFAULT_TOP_N = 10;

    public AnalysisQuery {
        if (resolution < 1 || topN < 1) {
            throw new IllegalArgumentException("resolution and top N must be at least 1");
        }
        parameters = Map.copyOf(parameters);
    }

    /** @return all flows, no filter, default resolution and top N, no parameters */
    public static AnalysisQuery of(FlowSnapshot flows) {
        return new AnalysisQuery(flows, TimeRange.ALL, FlowFilter.ALL, DEFAULT_RESOLUTION, DEFAULT_TOP_N, Map.of());
    }

    public AnalysisQuery withTimeRange(TimeRange range) {
        return new AnalysisQuery(flows, range, filter, resolution, topN, parameters);
    }

    public AnalysisQuery withFilter(FlowFilter f) {
        return new AnalysisQuery(flows, timeRange, f, resolution, topN, parameters);
    }

    public AnalysisQuery withResolution(int points) {
        return new AnalysisQuery(flows, timeRange, filter, points, topN, parameters);
    }

    public AnalysisQuery withTopN(int n) {
        return new AnalysisQuery(flows, timeRange, filter, resolution, n, parameters);
    }

    public AnalysisQuery withParameter(String id, String value) {
        Map<String, String> p = new HashMap<>(parameters);
        p.put(id, value);
        return new AnalysisQuery(flows, timeRange, filter, resolution, topN, p);
    }

    /**
     * @return the parameter's value, else its default from the descriptor
     * @throws IllegalArgumentException when the descriptor has no such parameter or the value is invalid
     */
    public String parameter(AnalysisDescriptor descriptor, String id) {
        ParameterDescriptor p = descriptor.parameter(id)
                .orElseThrow(() -> new IllegalArgumentException(descriptor.id() + " has no parameter '" + id + "'"));
        String value = parameters.get(id);
        return value != null ? p.check(value) : p.defaultValue();
    }

    /**
     * @return the time range to compute over: the query's, narrowed to the flows' span (so that
     *         "all time" becomes the data's own extent, and an open end stops at the data); empty
     *         when there are no flows or the range holds none of the span
     */
    public TimeRange effectiveRange() {
        TimeRange span = flows.timeSpan();
        if (span == null) {
            return new TimeRange(0, 0);
        }
        // intersect, not a test for TimeRange.ALL: an equal range built elsewhere, an open end or a
        // range wider than the data would otherwise make a time series of billions of buckets
        return timeRange.intersect(span);
    }
}
