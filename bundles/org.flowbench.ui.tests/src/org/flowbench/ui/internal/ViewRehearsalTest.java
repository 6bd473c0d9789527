package org.flowbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.flowbench.analysis.AnalysisResult;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.UiTesting;
import org.flowbench.ui.datasets.Dataset;
import org.flowbench.ui.selection.TrafficSelection;
import org.flowbench.ui.views.TopTalkersTextView;
import org.flowbench.ui.views.UpdatingView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The views' rehearsal: which selections, that every view gets each, that nothing shows it, and that it stops. */
class ViewRehearsalTest {

    /** Notes the selections it rehearses; cancels the monitor (and stops) at the {@code cancelAfter}th. */
    private static final class Recorder implements UpdatingView {
        final List<TrafficSelection> seen = new ArrayList<>();
        final int cancelAfter;
        boolean upToDate = true;

        Recorder(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public boolean isUpToDate() {
            return upToDate;
        }

        @Override
        public void rehearse(TrafficSelection selection, IProgressMonitor monitor) {
            seen.add(selection);
            if (seen.size() == cancelAfter) {
                monitor.setCanceled(true);
                throw new CancellationException(); // as the analyses stop
            }
        }
    }

    private TopTalkersTextView view;
    private Dataset dataset;

    @BeforeEach
    void open() throws Exception {
        UiTesting.joinDatasetJobs();
        dataset = UiTesting.addDataset("rehearsal-test.csv", UiTesting.handMadeFlows());
        view = TopTalkersTextView.open();
    }

    @AfterEach
    void close() {
        view.close();
        UiTesting.datasets().close(dataset);
    }

    @Test
    void samplesAreDifferentTwentyFourthsOfTheSpanWithEveryKindOfFilter() {
        List<TrafficSelection> samples = ViewRehearsal.samples(dataset);
        // the hand-made flows start at T0 and the last ends 4 minutes 1 second later: 241 s / 24
        long length = 241_000_000L / 24;
        assertEquals(14, samples.size());
        assertEquals(14, samples.stream().map(TrafficSelection::timeRange).distinct().count());
        for (TrafficSelection s : samples) {
            TimeRange r = s.timeRange();
            assertSame(dataset, s.dataset());
            assertEquals(length, r.lengthMicros());
            assertEquals(0, (r.startMicros() - UiTesting.T0) % length);
            assertTrue(r.startMicros() >= UiTesting.T0 && r.endMicros() <= UiTesting.T0 + 241_000_000L, r.toString());
        }
        Set<Class<?>> kinds = new HashSet<>();
        samples.forEach(s -> kinds(s.filter()).forEach(f -> kinds.add(f.getClass())));
        assertEquals(Set.of(FlowFilter.All.class, FlowFilter.Host.class, FlowFilter.Net.class, FlowFilter.Port.class,
                FlowFilter.Protocol.class, FlowFilter.Not.class, FlowFilter.And.class, FlowFilter.Or.class), kinds);
    }

    private static Stream<FlowFilter> kinds(FlowFilter f) {
        return switch (f) {
        case FlowFilter.And a -> Stream.concat(Stream.of(f), a.operands().stream().flatMap(ViewRehearsalTest::kinds));
        case FlowFilter.Or o -> Stream.concat(Stream.of(f), o.operands().stream().flatMap(ViewRehearsalTest::kinds));
        case FlowFilter.Not n -> Stream.concat(Stream.of(f), kinds(n.operand()));
        default -> Stream.of(f);
        };
    }

    @Test
    void everyViewRehearsesEverySampleAndNothingShowsIt() {
        String shown = view.text();
        AnalysisResult result = view.shownResult();
        TrafficSelection before = UiTesting.selection().current();
        Recorder recorder = new Recorder(-1);
        assertEquals(14, ViewRehearsal.rehearse(List.of(view, recorder), dataset, 0, new NullProgressMonitor()));
        UiTesting.drain();
        assertEquals(ViewRehearsal.samples(dataset), recorder.seen);
        assertSame(result, view.shownResult());
        assertEquals(shown, view.text());
        assertEquals(before, UiTesting.selection().current());
    }

    @Test
    void aCanceledRehearsalStopsAtOnce() {
        Recorder first = new Recorder(3);
        Recorder second = new Recorder(-1);
        // the third sample canceled it in the first view: the second view saw only two, and two are done
        assertEquals(2, ViewRehearsal.rehearse(List.of(first, second), dataset, 0, new NullProgressMonitor()));
        assertEquals(3, first.seen.size());
        assertEquals(2, second.seen.size());
    }

    @Test
    void itGoesOnWhereItStopped() {
        Recorder recorder = new Recorder(-1);
        assertEquals(14, ViewRehearsal.rehearse(List.of(recorder), dataset, 10, new NullProgressMonitor()));
        assertEquals(ViewRehearsal.samples(dataset).subList(10, 14), recorder.seen);
    }

    @Test
    void itGivesWayToAViewThatHasWorkOfItsOwn() {
        Recorder busy = new Recorder(-1);
        Recorder other = new Recorder(-1);
        busy.upToDate = false;
        assertEquals(0, ViewRehearsal.rehearse(List.of(other, busy), dataset, 0, new NullProgressMonitor()));
        assertEquals(0, other.seen.size() + busy.seen.size());
    }
}
