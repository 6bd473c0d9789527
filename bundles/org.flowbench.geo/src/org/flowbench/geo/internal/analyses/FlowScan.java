package org.flowbench.geo.internal.analyses;

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

/**
 * Partial aggregates over the rows a query selects, one per core, merged at the end: the same
 * scheme as the built-in analyses, written here against the public API only, as any plugin would
 * (the analysis bundle keeps its own scan internal).
 */
final class FlowScan {

    /** Adds rows of one segment to a partial aggregate. */
    @FunctionalInterface
    interface Aggregator<A> {
        /** @param rows the selected rows, or null for rows 0..count-1 */
        void add(A partial, FlowSegment segment, int[] rows, int count);
    }

    private FlowScan() {
    }

    static <A> A reduce(AnalysisQuery query, Supplier<A> newPartial, Aggregator<A> aggregator, BinaryOperator<A> merge,
            Progress progress) {
        FlowSnapshot flows = query.flows();
        RowPredicate filter = query.filter().bind(flows);
        int segments = flows.segmentCount();
        progress.begin("Placing " + flows.size() + " flows", segments);
        int parts = Math.max(1, Math.min(segments, Runtime.getRuntime().availableProcessors()));
        Object lock = new Object();
        List<ForkJoinTask<A>> tasks = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            int first = (int) ((long) segments * p / parts);
            int last = (int) ((long) segments * (p + 1) / parts);
            tasks.add(ForkJoinTask.adapt(() -> {
                A partial = newPartial.get();
                scan(query, filter, first, last, partial, aggregator, progress, lock);
                return partial;
            }));
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

    private static <A> void scan(AnalysisQuery query, RowPredicate filter, int first, int last, A partial,
            Aggregator<A> aggregator, Progress progress, Object lock) {
        FlowSnapshot flows = query.flows();
        long from = query.timeRange().startMicros();
        long to = query.timeRange().endMicros();
        int[] selection = null;
        for (int k = first; k < last; k++) {
            progress.checkCanceled();
            FlowSegment s = flows.segment(k);
            int n = flows.rowsIn(k);
            boolean complete = flows.isComplete(k);
            if (complete && (s.maxStart() < from || s.minStart() >= to)) {
                continue;
            }
            if (complete && s.minStart() >= from && s.maxStart() < to && filter == RowPredicate.ALL) {
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
            synchronized (lock) {
                progress.worked(1);
            }
        }
    }

    static long[] sum(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return a;
    }
}
