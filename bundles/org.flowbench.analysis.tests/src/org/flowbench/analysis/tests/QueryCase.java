package org.flowbench.analysis.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.IpAddress;
import org.flowbench.model.TimeRange;

/**
 * One selection of flows to test an analysis on: a time range, a filter and a top N.
 *
 * @param label says which, for failure messages
 */
public record QueryCase(String label, TimeRange range, FilterCase filter, int topN) {

    private static final int[] TOP_N = { 1, 2, 3, 5, 10, 1000 };

    public AnalysisQuery query(FlowSnapshot flows) {
        return AnalysisQuery.of(flows).withTimeRange(range).withFilter(filter.filter()).withTopN(topN);
    }

    /** @return the flows this case selects, in list order */
    public List<FlowRecord> selected(List<FlowRecord> all) {
        return Expected.selected(all, range, filter.naive());
    }

    @Override
    public String toString() {
        return label + ", filter " + filter + ", top " + topN;
    }

    /**
     * @return every filter over all time and over a range that cuts the data in the middle, and
     *         ranges wider than the data, before it, after it and empty
     */
    public static List<QueryCase> of(Dataset data, RandomFlows shape, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        List<FlowRecord> all = data.flows();
        long first = all.stream().mapToLong(r -> r.startMicros).min().orElseThrow();
        long last = all.stream().mapToLong(r -> r.endMicros).max().orElseThrow();
        long a = all.get(random.nextInt(all.size())).startMicros;
        long b = all.get(random.nextInt(all.size())).startMicros;
        TimeRange cut = new TimeRange(Math.min(a, b), Math.max(a, b) + 1 + random.nextInt(1000));
        List<IpAddress> hosts = shape.hosts();
        List<FilterCase> filters = FilterCase.all(hosts.get(0), hosts.get(random.nextInt(hosts.size())));

        List<QueryCase> cases = new ArrayList<>();
        for (FilterCase f : filters) {
            cases.add(new QueryCase("all time", TimeRange.ALL, f, TOP_N[random.nextInt(TOP_N.length)]));
            cases.add(new QueryCase("cut " + cut, cut, f, TOP_N[random.nextInt(TOP_N.length)]));
        }
        List<QueryCase> ranges = List.of(new QueryCase("wider than the data", new TimeRange(first - 3_600_000_000L, last + 3_600_000_000L), FilterCase.ALL, 5),
                new QueryCase("before the data", new TimeRange(first - 10_000_000L, first), FilterCase.ALL, 5),
                new QueryCase("after the last start", new TimeRange(all.stream().mapToLong(r -> r.startMicros).max().orElseThrow() + 1, last + 2),
                        FilterCase.ALL, 5),
                new QueryCase("empty range", new TimeRange(a, a), FilterCase.ALL, 5));
        for (QueryCase c : ranges) {
            cases.add(c);
            cases.add(new QueryCase(c.label(), c.range(), filters.get(1 + random.nextInt(filters.size() - 1)), TOP_N[random.nextInt(TOP_N.length)]));
        }
        return cases;
    }
}
