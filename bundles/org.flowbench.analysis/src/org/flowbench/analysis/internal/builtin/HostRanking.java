package org.flowbench.analysis.internal.builtin;

import java.util.ArrayList;
import java.util.List;

import org.flowbench.analysis.Analysis;
import org.flowbench.analysis.AnalysisDescriptor;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.Ranking;
import org.flowbench.analysis.Unit;
import org.flowbench.analysis.internal.SegmentScan;
import org.flowbench.analysis.internal.TopN;
import org.flowbench.model.AddressDictionary;
import org.flowbench.model.FlowSegment;
import org.flowbench.model.Progress;

/**
 * Hosts ranked by the bytes, packets or flows they send (sources) or receive (destinations). The
 * address ids of the store index the accumulators directly; bytes, packets and flows of one
 * address sit next to each other, so a row costs one cache line.
 */
abstract class HostRanking implements Analysis {

    private static final String[] METRICS = { "bytes", "packets", "flows" };
    private static final Unit[] UNITS = { Unit.BYTES, Unit.PACKETS, Unit.FLOWS };

    private final boolean bySource;

    HostRanking(boolean bySource) {
        this.bySource = bySource;
    }

    @Override
    public Ranking compute(AnalysisDescriptor descriptor, AnalysisQuery query, Progress progress) {
        int rankBy = List.of(METRICS).indexOf(query.parameter(descriptor, "by"));
        AddressDictionary addresses = query.flows().addresses();
        int hosts = addresses.size();
        long[] acc = SegmentScan.reduce(query, () -> new long[3 * hosts], this::add, TrafficOverTime::sum, progress);

        long[] ranked = new long[hosts];
        long[] total = new long[3];
        for (int id = 0; id < hosts; id++) {
            // +1 for hosts with flows, so that one whose flows are empty in the ranked metric still
            // ranks (last) when there is room, as in the other rankings; TopN skips zeros
            ranked[id] = acc[3 * id + 2] > 0 ? acc[3 * id + rankBy] + 1 : 0;
            for (int m = 0; m < 3; m++) {
                total[m] += acc[3 * id + m];
            }
        }
        int[] order = metricOrder(rankBy);
        List<Ranking.Entry> entries = new ArrayList<>();
        long[] shown = new long[3];
        for (int id : TopN.largest(ranked, query.topN())) {
            long[] values = new long[3];
            for (int m = 0; m < 3; m++) {
                values[m] = acc[3 * id + order[m]];
                shown[m] += values[m];
            }
            entries.add(new Ranking.Entry(addresses.format(id), values));
        }
        long keys = 0;
        for (int id = 0; id < hosts; id++) {
            if (acc[3 * id + 2] > 0) {
                keys++;
            }
        }
        long[] other = new long[3];
        long[] totals = new long[3];
        List<Ranking.Metric> metrics = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            totals[m] = total[order[m]];
            other[m] = totals[m] - shown[m];
            metrics.add(new Ranking.Metric(METRICS[order[m]], UNITS[order[m]]));
        }
        String title = (bySource ? "Top talkers" : "Top destinations") + " by " + METRICS[rankBy];
        return new Ranking(title, bySource ? "Source" : "Destination", metrics, entries, other, keys - entries.size(), totals);
    }

    /** The ranked metric first, then the others in their usual order. */
    private static int[] metricOrder(int rankBy) {
        int[] order = new int[3];
        order[0] = rankBy;
        for (int m = 0, k = 1; m < 3; m++) {
            if (m != rankBy) {
                order[k++] = m;
            }
        }
        return order;
    }

    private void add(long[] acc, FlowSegment s, int[] rows, int count) {
        if (bySource) {
            for (int j = 0; j < count; j++) {
                int i = rows == null ? j : rows[j];
                int k = 3 * s.source(i);
                acc[k] += s.bytes(i);
                acc[k + 1] += s.packets(i);
                acc[k + 2]++;
            }
        } else {
            for (int j = 0; j < count; j++) {
                int i = rows == null ? j : rows[j];
                int k = 3 * s.destination(i);
                acc[k] += s.bytes(i);
                acc[k + 1] += s.packets(i);
                acc[k + 2]++;
            }
        }
    }
}
