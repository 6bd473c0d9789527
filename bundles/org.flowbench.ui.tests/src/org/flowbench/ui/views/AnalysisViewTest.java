package org.flowbench.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;

import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowFilter.Direction;
import org.flowbench.model.IpAddress;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.UiTesting;
import org.flowbench.ui.datasets.Dataset;
import org.flowbench.ui.selection.HostFocus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every analysis view gets from its base class, seen through a minimal one. */
class AnalysisViewTest {

    private TopTalkersTextView view;
    private Dataset dataset;

    @BeforeEach
    void open() throws Exception {
        UiTesting.joinDatasetJobs();
        dataset = UiTesting.addDataset("view-test.csv", UiTesting.handMadeFlows());
        view = TopTalkersTextView.open();
    }

    @AfterEach
    void close() {
        view.close();
        UiTesting.datasets().close(dataset);
    }

    private void settle() {
        UiTesting.until(view::isUpToDate, Duration.ofSeconds(20));
    }

    @Test
    void showsTheAnalysisOfTheActiveDataset() {
        assertSame(dataset, view.shownSelection().dataset());
        // by hand: 10.0.0.2 9000 B in 2 flows, 10.0.0.1 4500 in 3, 10.0.0.3 1000 in 2, 2001:db8::7 250 in 1
        assertEquals("""
                1 10.0.0.2 9000 18 2 61.0%
                2 10.0.0.1 4500 9 3 30.5%
                3 10.0.0.3 1000 3 2 6.8%
                4 2001:db8::7 250 3 1 1.7%
                 total 14750 33 8 100.0%""", view.text());
    }

    @Test
    void followsTimeRangeAndFilterButNotItsOwnPick() {
        UiTesting.selection().selectTimeRange(new TimeRange(UiTesting.T0 + UiTesting.MINUTE, UiTesting.T0 + 3 * UiTesting.MINUTE));
        settle();
        // minutes 1 and 2: 10.0.0.1 3000, 10.0.0.3 600, 10.0.0.2 7000
        assertEquals("""
                1 10.0.0.2 7000 14 1 66.0%
                2 10.0.0.1 3000 6 1 28.3%
                3 10.0.0.3 600 1 1 5.7%
                 total 10600 21 3 100.0%""", view.text());
        UiTesting.selection().selectFilter(FlowFilter.parse("port 443"));
        UiTesting.selection().focus(new HostFocus(IpAddress.parse("10.0.0.2"), Direction.SOURCE));
        settle();
        // its own pick (a source) leaves it whole: port 443 in minutes 1-2 is 10.0.0.2 7000 and 10.0.0.3 600
        assertEquals("""
                1 10.0.0.2 7000 14 1 92.1%
                2 10.0.0.3 600 1 1 7.9%
                 total 7600 15 2 100.0%""", view.text());
        UiTesting.selection().focus(new HostFocus(IpAddress.parse("1.1.1.1"), Direction.DESTINATION));
        settle();
        assertEquals("""
                1 10.0.0.3 600 1 1 100.0%
                 total 600 1 1 100.0%""", view.text());
    }

    @Test
    void undoOfTheSelectionUpdatesTheView() throws Exception {
        String all = view.text();
        UiTesting.selection().selectFilter(FlowFilter.parse("dst port 53"));
        settle();
        assertEquals("""
                1 10.0.0.1 3000 6 1 55.6%
                2 10.0.0.2 2000 4 1 37.0%
                3 10.0.0.3 400 2 1 7.4%
                 total 5400 12 3 100.0%""", view.text());
        OperationHistoryFactory.getOperationHistory().undo(UiTesting.selection().undoContext(), null, null);
        settle();
        assertEquals(all, view.text());
    }

    @Test
    void withoutADatasetItShowsNoResult() {
        java.util.List<Dataset> open = UiTesting.datasets().datasets();
        try {
            open.forEach(d -> UiTesting.datasets().close(d));
            settle();
            assertNull(view.shownResult());
            assertNull(view.shownSelection().dataset());
        } finally {
            open.forEach(d -> UiTesting.datasets().add(d)); // as before, for the other tests
            settle();
        }
    }
}
