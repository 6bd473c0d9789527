package org.flowbench.analysis.internal;

import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.AnalysisResult;
import org.flowbench.model.Progress;

/**
 * One computation per distinct query at a time, and the last few results kept: when a selection
 * changes, several views and the insights ask the same analyses at once, and two cores should not
 * compute top talkers three times. Results are held softly, so that a million conversations do not
 * outstay memory pressure.
 * <p>
 * The first caller computes with its own progress. A caller that waits keeps watching its own
 * cancellation; if the computing caller is canceled, a waiting one computes in its place.
 */
final class SharedResults {

    private static final int KEPT = 16;
    private static final long POLL_MILLIS = 20;

    private record Key(String analysisId, AnalysisQuery query) {
    }

    private final Map<Key, CompletableFuture<AnalysisResult>> running = new ConcurrentHashMap<>();
    private final Semaphore turns = new Semaphore(SegmentScan.threads(), true);
    private final Map<Key, SoftReference<AnalysisResult>> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, SoftReference<AnalysisResult>> eldest) {
            return size() > KEPT;
        }
    };

    AnalysisResult get(String analysisId, AnalysisQuery query, Progress progress, Supplier<AnalysisResult> compute) {
        Key key = new Key(analysisId, query);
        while (true) {
            AnalysisResult done = keptResult(key);
            if (done != null) {
                return done;
            }
            CompletableFuture<AnalysisResult> mine = new CompletableFuture<>();
            CompletableFuture<AnalysisResult> other = running.putIfAbsent(key, mine);
            if (other == null) {
                return computeShared(key, mine, progress, compute);
            }
            AnalysisResult shared = await(other, progress);
            if (shared != null) {
                return shared;
            }
            // the one computing it was canceled and we were not: try again, perhaps computing it ourselves
        }
    }

    private AnalysisResult computeShared(Key key, CompletableFuture<AnalysisResult> mine, Progress progress,
            Supplier<AnalysisResult> compute) {
        try {
            AnalysisResult result = withTurn(progress, compute);
            synchronized (kept) {
                kept.put(key, new SoftReference<>(result));
            }
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    /**
     * Computes when it is this caller's turn. Each computation scans with every core already; at
     * most as many computations as cores run at once (one may be in a single-threaded phase), because
     * eight views at once would otherwise run eighteen threads on two cores and the UI thread would
     * wait its turn among them (view benchmark: UI stalls 180 ms before, under 100 ms after).
     */
    private AnalysisResult withTurn(Progress progress, Supplier<AnalysisResult> compute) {
        try {
            while (!turns.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                progress.checkCanceled();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
        try {
            progress.checkCanceled();
            return compute.get();
        } finally {
            turns.release();
        }
    }

    /** @return the other caller's result, or null when that caller was canceled */
    private static AnalysisResult await(CompletableFuture<AnalysisResult> other, Progress progress) {
        while (true) {
            progress.checkCanceled();
            try {
                return other.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // look at our own cancellation again
            } catch (CancellationException e) {
                return null; // a future failed with one reports it as such, not as an ExecutionException
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private AnalysisResult keptResult(Key key) {
        synchronized (kept) {
            SoftReference<AnalysisResult> ref = kept.get(key);
            return ref == null ? null : ref.get();
        }
    }

    /** Forgets every result, e.g. when an analysis is replaced by another of the same id. */
    void clear() {
        synchronized (kept) {
            kept.clear();
        }
    }
}
