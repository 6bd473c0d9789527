package org.flowbench.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.tests.BuiltIns;
import org.flowbench.analysis.tests.Dataset;
import org.flowbench.analysis.tests.RandomFlows;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A user who cancels stops the computation: it ends with a CancellationException, not a result. */
class CancellationTest {

    /** Cancels once {@code after} segments are done, and counts the segments done. */
    static final class CancelAfter implements Progress {
        final long after;
        final AtomicLong worked = new AtomicLong();
        volatile long total;

        CancelAfter(long after) {
            this.after = after;
        }

        @Override
        public void begin(String task, long totalWork) {
            total = totalWork;
        }

        @Override
        public void worked(long work) {
            worked.addAndGet(work);
        }

        @Override
        public boolean isCanceled() {
            return worked.get() >= after;
        }
    }

    private final FlowSnapshot flows = new Dataset(7).addAll(new RandomFlows(11).flows(7_000)).snapshot(); // 1000 segments

    @ParameterizedTest
    @ValueSource(strings = { "bytes-over-time", "top-talkers", "top-destinations", "conversations", "protocol-mix" })
    void canceledBeforeTheStartComputesNothing(String id) {
        CancelAfter progress = new CancelAfter(0);
        assertThrows(CancellationException.class, () -> BuiltIns.registry().compute(id, AnalysisQuery.of(flows), progress));
        assertTrue(progress.worked.get() == 0, "worked " + progress.worked.get());
    }

    @ParameterizedTest
    @ValueSource(strings = { "bytes-over-time", "top-talkers", "top-destinations", "conversations", "protocol-mix" })
    void canceledOnTheWayStopsBeforeTheEnd(String id) {
        CancelAfter progress = new CancelAfter(50);
        assertThrows(CancellationException.class, () -> BuiltIns.registry().compute(id, AnalysisQuery.of(flows), progress));
        // every part stops at its next segment: far from the 1000 segments
        assertTrue(progress.worked.get() >= 50 && progress.worked.get() < progress.total, progress.worked + " of " + progress.total);
    }
}
