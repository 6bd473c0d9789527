package org.flowbench.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.flowbench.analysis.AnalysisDescriptor;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.AnalysisResult;
import org.flowbench.analysis.Findings;
import org.flowbench.analysis.ParameterDescriptor;
import org.flowbench.analysis.ResultKind;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.Progress;
import org.flowbench.model.TimeRange;
import org.junit.jupiter.api.Test;

/** Callers that ask the same at the same time share one computation, and cancellation stays each caller's own. */
class SharedResultsTest {

    private final SharedResults shared = new SharedResults();
    private final AnalysisQuery query = AnalysisQuery.of(FlowSnapshot.empty());
    private final AtomicInteger computations = new AtomicInteger();

    /** On a thread of its own: the common pool may have a single worker on two cores. */
    private static CompletableFuture<AnalysisResult> async(Supplier<AnalysisResult> call) {
        CompletableFuture<AnalysisResult> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(call.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        t.setDaemon(true);
        t.start();
        return f;
    }

    private static AnalysisResult result(String text) {
        return new Findings(text, List.of());
    }

    /** A computation that waits for {@code release}, telling {@code started} when it began. */
    private AnalysisResult slow(CountDownLatch started, CountDownLatch release, Progress progress, String text) {
        computations.incrementAndGet();
        started.countDown();
        try {
            while (!release.await(5, TimeUnit.MILLISECONDS)) {
                progress.checkCanceled();
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return result(text);
    }

    /** Queries that differ only in what the analysis does not use get one answer. */
    @Test
    void queriesAreComparedByWhatTheAnalysisUses() {
        ParameterDescriptor by = new ParameterDescriptor("by", "Rank by", ParameterDescriptor.Type.CHOICE, "bytes",
                List.of("bytes", "packets"), "");
        AnalysisDescriptor ranking = new AnalysisDescriptor("r", "R", "", ResultKind.RANKING, List.of(by), "test");
        AnalysisDescriptor series = new AnalysisDescriptor("s", "S", "", ResultKind.TIME_SERIES, List.of(), "test");
        AnalysisQuery plain = query;
        assertEquals(AnalysisRegistryImpl.sameAnswer(plain, ranking),
                AnalysisRegistryImpl.sameAnswer(plain.withParameter("by", "bytes").withResolution(640), ranking));
        assertNotEquals(AnalysisRegistryImpl.sameAnswer(plain, ranking),
                AnalysisRegistryImpl.sameAnswer(plain.withParameter("by", "packets"), ranking));
        assertNotEquals(AnalysisRegistryImpl.sameAnswer(plain, ranking), AnalysisRegistryImpl.sameAnswer(plain.withTopN(20), ranking));
        assertEquals(AnalysisRegistryImpl.sameAnswer(plain, series), AnalysisRegistryImpl.sameAnswer(plain.withTopN(20), series));
        assertNotEquals(AnalysisRegistryImpl.sameAnswer(plain, series), AnalysisRegistryImpl.sameAnswer(plain.withResolution(640), series));
    }

    @Test
    void otherAnalysesAndOtherQueriesComputeTheirOwn() {
        AnalysisResult a = shared.get("a", query, Progress.NONE, () -> result("a"));
        AnalysisResult b = shared.get("b", query, Progress.NONE, () -> result("b"));
        AnalysisQuery hour = query.withTimeRange(new TimeRange(0, 3_600_000_000L));
        AnalysisResult c = shared.get("a", hour, Progress.NONE, () -> result("c"));
        assertEquals(List.of("a", "b", "c"), List.of(((Findings) a).title(), ((Findings) b).title(), ((Findings) c).title()));
        shared.clear();
        assertEquals("d", ((Findings) shared.get("a", query, Progress.NONE, () -> result("d"))).title());
    }

    @Test
    void whenTheComputingCallerIsCanceledAWaitingOneComputesItself() throws Exception {
        AtomicBoolean ownerCanceled = new AtomicBoolean();
        Progress owner = Progress.canceledWhen(ownerCanceled::get);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        CompletableFuture<AnalysisResult> first = async(() -> shared.get("a", query, owner, () -> slow(started, never, owner, "first")));
        started.await();
        CompletableFuture<AnalysisResult> second = async(() -> shared.get("a", query, Progress.NONE, () -> result("second")));
        Thread.sleep(50);
        ownerCanceled.set(true);
        assertEquals("second", ((Findings) second.get(10, TimeUnit.SECONDS)).title());
        Exception e = assertThrows(Exception.class, first::join);
        assertEquals(CancellationException.class, e.getCause() == null ? e.getClass() : e.getCause().getClass());
    }

    @Test
    void aWaitingCallerThatIsCanceledStopsWaiting() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<AnalysisResult> first = async(() -> shared.get("a", query, Progress.NONE, () -> slow(started, release, Progress.NONE, "first")));
        started.await();
        Progress waiter = Progress.canceledWhen(() -> true);
        assertThrows(CancellationException.class, () -> shared.get("a", query, waiter, () -> result("never")));
        release.countDown();
        assertEquals("first", ((Findings) first.get()).title());
    }

    @Test
    void aFailureReachesEveryCallerAndIsNotKept() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<AnalysisResult> first = async(() -> shared.get("a", query, Progress.NONE, () -> {
            slow(started, release, Progress.NONE, "unused");
            throw new IllegalArgumentException("bucket must be positive");
        }));
        started.await();
        CompletableFuture<AnalysisResult> second = async(() -> shared.get("a", query, Progress.NONE, () -> result("second")));
        Thread.sleep(50);
        release.countDown();
        for (CompletableFuture<AnalysisResult> f : List.of(first, second)) {
            Exception e = assertThrows(Exception.class, f::join);
            assertEquals("bucket must be positive", e.getCause().getMessage());
        }
        assertEquals("third", ((Findings) shared.get("a", query, Progress.NONE, () -> result("third"))).title());
    }
}
