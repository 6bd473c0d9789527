package org.flowbench.ui.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowFilter.Direction;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowStore;
import org.flowbench.model.IpAddress;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.UiTesting;
import org.flowbench.ui.datasets.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live selection service: changes, listeners, undo and redo through the workbench history. */
class SelectionServiceTest {

    private final SelectionService selection = UiTesting.selection();
    private final IOperationHistory history = OperationHistoryFactory.getOperationHistory();
    private final List<TrafficSelection> heard = new ArrayList<>();
    private final Consumer<TrafficSelection> listener = heard::add;
    private Dataset dataset;

    @BeforeEach
    void openHandMadeDataset() {
        UiTesting.joinDatasetJobs();
        dataset = UiTesting.addDataset("selection-test.csv", UiTesting.handMadeFlows());
        selection.addListener(listener);
    }

    @AfterEach
    void close() {
        selection.removeListener(listener);
        UiTesting.datasets().close(dataset);
    }

    @Test
    void aNewActiveDatasetStartsAFreshSelection() {
        assertSame(dataset, selection.current().dataset());
        assertFalse(selection.current().isNarrowed());
        assertFalse(history.canUndo(selection.undoContext()));
    }

    @Test
    void changesAreHeardAndUndoneInOrder() throws Exception {
        TimeRange range = new TimeRange(UiTesting.T0, UiTesting.T0 + 2 * UiTesting.MINUTE);
        selection.selectTimeRange(range);
        selection.selectFilter(FlowFilter.parse("port 443"));
        HostFocus talker = new HostFocus(IpAddress.parse("10.0.0.1"), Direction.SOURCE);
        selection.focus(talker);

        assertEquals(range, selection.current().timeRange());
        assertEquals("port 443", selection.current().filter().toString());
        assertEquals(talker, selection.current().focus());
        assertEquals(3, heard.size());

        assertEquals("Pick Host 10.0.0.1", history.getUndoOperation(selection.undoContext()).getLabel());
        history.undo(selection.undoContext(), null, null);
        assertNull(selection.current().focus());
        history.undo(selection.undoContext(), null, null);
        assertEquals(FlowFilter.ALL, selection.current().filter());
        assertEquals(range, selection.current().timeRange());
        history.redo(selection.undoContext(), null, null);
        assertEquals("port 443", selection.current().filter().toString());
        assertEquals(6, heard.size());
    }

    @Test
    void clearDropsEverythingInOneUndoableStep() throws Exception {
        selection.selectFilter(FlowFilter.parse("udp"));
        selection.selectTimeRange(new TimeRange(UiTesting.T0, UiTesting.T0 + UiTesting.MINUTE));
        selection.clear();
        assertFalse(selection.current().isNarrowed());
        assertSame(dataset, selection.current().dataset());
        history.undo(selection.undoContext(), null, null);
        assertEquals("proto udp", selection.current().filter().toString());
        assertTrue(selection.current().isNarrowed());
    }

    @Test
    void sameSelectionAgainIsNoChange() {
        selection.selectFilter(FlowFilter.parse("tcp"));
        selection.selectFilter(FlowFilter.parse("tcp"));
        assertEquals(1, heard.size());
    }

    @Test
    void aLiveDatasetIsShownAgainAsItGrowsWithoutAnUndoStep() throws Exception {
        FlowStore store = new FlowStore();
        Dataset live = Dataset.live("Collecting on /127.0.0.1:2055", store, "NetFlow/IPFIX collector on /127.0.0.1:2055");
        UiTesting.datasets().add(live);
        try {
            heard.clear();
            assertSame(live, selection.current().dataset());
            assertEquals(0, live.totalBytes());
            FlowRecord f = new FlowRecord().sourceV4(0x0A000001).destinationV4(0x0A000002);
            f.bytes = 1500;
            f.startMicros = f.endMicros = UiTesting.T0;
            store.accept(f);
            selection.refresh();
            assertEquals(1, heard.size(), "the views are told to compute again");
            assertSame(live, heard.get(0).dataset());
            assertEquals(1500, live.totalBytes(), "a live dataset sums its bytes as it grows");
            assertEquals(1, heard.get(0).dataset().snapshot().size());
            assertTrue(live.isLive());
            assertEquals("NetFlow/IPFIX collector on /127.0.0.1:2055", live.source());
            assertFalse(history.canUndo(selection.undoContext()), "growing is no change of the selection");
        } finally {
            UiTesting.datasets().close(live);
        }
    }
}
