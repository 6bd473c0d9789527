package org.flowbench.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.model.FlowSegment;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.Progress;
import org.flowbench.model.RowPredicate;
import org.flowbench.model.TimeRange;

/**
 * Runs an aggregation over the rows a query selects: every analysis is a partial aggregate plus an
 * associative merge, so the segments are split among the cores, each part aggregates into its own
 * partial, and the partials are merged. Rows are selected by the time range (flows that start in
 * it) and the filter; segments that lie wholly outside the time range are skipped, and segments
 * wholly inside it with no filter are handed over without a row list.
 */
public final class SegmentScan {

    /** Adds rows of one segment to a partial aggregate. */
    @FunctionalInterface
    public interface Aggregator<A> {
        /**
         * @param rows  the selected row indexes, or null for rows 0..count-1 (write the loop as
         *              {@code int i = rows == null ? j : rows[j]}: the JIT takes the test out of the loop)
         * @param count how many rows
         */
        void add(A partial, FlowSegment segment, int[] rows, int count);
    }

    private SegmentScan() {
    }

    public static <A> A reduce(AnalysisQuery query, Supplier<A> newPartial, Aggregator<A> aggregator, BinaryOperator<A> merge,
            Progress progress) {
        FlowSnapshot flows = query.flows();
        TimeRange range = query.timeRange();
        RowPredicate filter = query.filter().bind(flows);
        int segments = flows.segmentCount();
        progress.begin("Aggregating " + flows.size() + " flows", segments);
        // one part per core: the caller computes the first, the common pool the others (its
        // parallelism is one less than the cores, so together they use every core)
        int parts = Math.max(1, Math.min(segments, threads()));
        Progress shared = synchronizedProgress(progress);
        List<ForkJoinTask<A>> tasks = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            int first = (int) ((long) segments * p / parts);
            int last = (int) ((long) segments * (p + 1) / parts);
            tasks.add(ForkJoinTask.adapt(() -> scan(flows, range, filter, first, last, newPartial.get(), aggregator, shared)));
        }
        for (int p = 1; p < parts; p++) {
            ForkJoinPool.commonPool().execute(tasks.get(p));
        }
        A result = tasks.get(0).invoke();
        for (int p = 1; p < parts; p++) {
            result = merge.apply(result, tasks.get(p).join());
        }
        return result;
    }

    /**
     * @return the threads an aggregation uses: one per core, or the system property
     *         {@code flowbench.analysis.threads} (the benchmark measures one core with it)
     */
    static int threads() {
        return Math.max(1, Integer.getInteger("flowbench.analysis.threads", Runtime.getRuntime().availableProcessors()));
    }

    private static <A> A scan(FlowSnapshot flows, TimeRange range, RowPredicate filter, int first, int last, A partial,
            Aggregator<A> aggregator, Progress progress) {
        int[] selection = null;
        long from = range.startMicros();
        long to = range.endMicros();
        for (int k = first; k < last; k++) {
            progress.checkCanceled();
            FlowSegment s = flows.segment(k);
            int n = flows.rowsIn(k);
            boolean exact = flows.isComplete(k);
            if (exact && (s.maxStart() < from || s.minStart() >= to)) {
                progress.worked(1);
                continue;
            }
            boolean allInRange = exact && s.minStart() >= from && s.maxStart() < to;
            if (allInRange && filter == RowPredicate.ALL) {
                aggregator.add(partial, s, null, n);
            } else {
                if (selection == null) {
                    selection = new int[s.capacity()];
                }
                int count = 0;
                for (int i = 0; i < n; i++) {
                    long t = s.start(i);
                    if (t >= from && t < to && filter.test(s, i)) {
                        selection[count++] = i;
                    }
                }
                aggregator.add(partial, s, selection, count);
            }
            progress.worked(1);
        }
        return partial;
    }

    private static Progress synchronizedProgress(Progress p) {
        if (p == Progress.NONE) {
            return p;
        }
        return new Progress() {
            @Override
            public synchronized void begin(String task, long totalWork) {
                p.begin(task, totalWork);
            }

            @Override
            public synchronized void worked(long work) {
                p.worked(work);
            }

            @Override
            public boolean isCanceled() {
                return p.isCanceled();
            }
        };
    }
}
