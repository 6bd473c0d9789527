package org.flowbench.analysis.internal.builtin;

import org.flowbench.analysis.Analysis;
import org.flowbench.analysis.AnalysisDescriptor;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.Durations;
import org.flowbench.analysis.TimeSeries;
import org.flowbench.analysis.Unit;
import org.flowbench.analysis.internal.SegmentScan;
import org.flowbench.model.FlowSegment;
import org.flowbench.model.Progress;
import org.flowbench.model.TimeRange;

/**
 * Bytes, packets or flows per time bucket, each flow counted in the bucket where it starts. The
 * bucket is given, or else the smallest round width (1 s, 5 s, 1 min, 1 h, ...) that fits the
 * range into the query's resolution; buckets are aligned to multiples of their width since the
 * epoch, so minutes start on the minute.
 */
public final class TrafficOverTime implements Analysis {

    private static final long SECOND = 1_000_000L;
    private static final long[] ROUND_WIDTHS = { 1, 10, 100, 1_000, 10_000, 100_000, SECOND, 2 * SECOND, 5 * SECOND,
            10 * SECOND, 15 * SECOND, 30 * SECOND, 60 * SECOND, 120 * SECOND, 300 * SECOND, 600 * SECOND, 900 * SECOND,
            1800 * SECOND, 3600 * SECOND, 7200 * SECOND, 3 * 3600 * SECOND, 6 * 3600 * SECOND, 12 * 3600 * SECOND,
            86_400 * SECOND, 7 * 86_400 * SECOND };
    /** More buckets than this is a mistake (e.g. 1 us buckets over a year), not a chart. */
    private static final long MAX_BUCKETS = 50_000_000L;

    @Override
    public TimeSeries compute(AnalysisDescriptor descriptor, AnalysisQuery query, Progress progress) {
        String metric = query.parameter(descriptor, "metric");
        String bucketText = query.parameter(descriptor, "bucket");
        TimeRange range = query.effectiveRange();
        long width = bucketText == null || bucketText.isEmpty() ? roundWidth(range, query.resolution()) : Durations.parseMicros(bucketText);
        long first = Math.floorDiv(range.startMicros(), width) * width;
        long buckets = alignedBuckets(range, width);
        if (buckets > MAX_BUCKETS) {
            throw new IllegalArgumentException("bucket " + Durations.format(width) + " over " + range.duration()
                    + " gives " + buckets + " buckets; choose a wider bucket");
        }
        int n = (int) buckets;
        Unit unit = switch (metric) {
        case "packets" -> Unit.PACKETS;
        case "flows" -> Unit.FLOWS;
        default -> Unit.BYTES;
        };
        AnalysisQuery clipped = query.withTimeRange(range);
        long[] values = SegmentScan.reduce(clipped, () -> new long[n], (acc, s, rows, count) -> add(acc, s, rows, count, first, width, unit),
                TrafficOverTime::sum, progress);
        String title = switch (unit) {
        case PACKETS -> "Packets";
        case FLOWS -> "Flows";
        default -> "Bytes";
        } + " per " + Durations.format(width);
        return new TimeSeries(title, unit, first, width, values);
    }

    private static void add(long[] acc, FlowSegment s, int[] rows, int count, long first, long width, Unit unit) {
        switch (unit) {
        case PACKETS -> {
            for (int j = 0; j < count; j++) {
                int i = rows == null ? j : rows[j];
                acc[(int) ((s.start(i) - first) / width)] += s.packets(i);
            }
        }
        case FLOWS -> {
            for (int j = 0; j < count; j++) {
                int i = rows == null ? j : rows[j];
                acc[(int) ((s.start(i) - first) / width)]++;
            }
        }
        default -> {
            for (int j = 0; j < count; j++) {
                int i = rows == null ? j : rows[j];
                acc[(int) ((s.start(i) - first) / width)] += s.bytes(i);
            }
        }
        }
    }

    static long[] sum(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return a;
    }

    /**
     * @return the smallest round width that covers the range in at most {@code resolution} aligned
     *         buckets; when none does (a range around the epoch, which every width divides, at
     *         resolution 1), the widest round width a long holds
     */
    static long roundWidth(TimeRange range, int resolution) {
        for (long w : ROUND_WIDTHS) {
            if (alignedBuckets(range, w) <= resolution) {
                return w;
            }
        }
        long w = ROUND_WIDTHS[ROUND_WIDTHS.length - 1];
        while (alignedBuckets(range, w) > resolution && w <= Long.MAX_VALUE / 2) {
            w *= 2;
        }
        return w;
    }

    /**
     * @return how many buckets aligned to multiples of {@code width} cover the range; counted by
     *         bucket index, since end - first + width overflows for widths near Long.MAX_VALUE
     */
    static long alignedBuckets(TimeRange range, long width) {
        return range.isEmpty() ? 0 : Math.floorDiv(range.endMicros() - 1, width) - Math.floorDiv(range.startMicros(), width) + 1;
    }
}
