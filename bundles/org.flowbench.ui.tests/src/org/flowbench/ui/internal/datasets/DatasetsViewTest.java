package org.flowbench.ui.internal.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.flowbench.ui.UiTesting;
import org.flowbench.ui.datasets.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatasetsViewTest {

    private DatasetsView view;
    private Dataset dataset;

    @BeforeEach
    void open() throws Exception {
        UiTesting.joinDatasetJobs();
        dataset = UiTesting.addDataset("datasets-view-test.csv", UiTesting.handMadeFlows());
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        view = (DatasetsView) page.showView(DatasetsView.ID);
        UiTesting.drain();
    }

    @AfterEach
    void close() {
        UiTesting.datasets().close(dataset);
    }

    private List<List<String>> rows() {
        return Stream.of(view.viewer().getTable().getItems())
                .map(item -> java.util.stream.IntStream.range(0, 6).mapToObj(((TableItem) item)::getText).toList()).toList();
    }

    @Test
    void showsEveryOpenDatasetWithItsNumbers() {
        UiTesting.until(() -> rows().size() == UiTesting.datasets().datasets().size(), Duration.ofSeconds(10));
        List<String> mine = rows().stream().filter(r -> r.get(0).equals("datasets-view-test.csv")).findFirst().orElseThrow();
        assertEquals("8", mine.get(1));
        assertEquals("14.8 KB", mine.get(2)); // 14,750 bytes
        assertEquals("none", mine.get(3));
        // 08:00:00 to the end of the last flow, 08:04:01 (each lasts a second)
        assertEquals("2026-01-05 08:00:00 – 08:04:01 UTC (4m 1s)", mine.get(4));
        assertEquals("datasets-view-test.csv", mine.get(5));
    }

    @Test
    void selectingARowActivatesItsDataset() {
        Dataset other = UiTesting.datasets().datasets().stream().filter(d -> d != dataset).findFirst().orElseThrow();
        view.viewer().setSelection(new StructuredSelection(other), true);
        assertSame(other, UiTesting.datasets().active().orElseThrow());
        view.viewer().setSelection(new StructuredSelection(dataset), true);
        assertSame(dataset, UiTesting.datasets().active().orElseThrow());
        assertTrue(UiTesting.selection().current().dataset() == dataset);
    }

    @Test
    void closingRemovesTheRow() {
        Dataset extra = UiTesting.addDataset("closing.csv", UiTesting.handMadeFlows());
        UiTesting.until(() -> rows().stream().anyMatch(r -> r.get(0).equals("closing.csv")), Duration.ofSeconds(10));
        UiTesting.datasets().close(extra);
        UiTesting.until(() -> rows().stream().noneMatch(r -> r.get(0).equals("closing.csv")), Duration.ofSeconds(10));
    }
}
