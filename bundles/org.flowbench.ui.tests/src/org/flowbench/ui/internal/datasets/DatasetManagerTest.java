package org.flowbench.ui.internal.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.GeneratorSettings;
import org.flowbench.io.FlowFormats;
import org.flowbench.model.FlowStoreFile;
import org.flowbench.ui.UiTesting;
import org.flowbench.ui.datasets.Dataset;
import org.flowbench.ui.datasets.DatasetManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, generating, closing and remembering datasets, through the live service and its jobs. */
class DatasetManagerTest {

    private final DatasetManager datasets = UiTesting.datasets();
    private List<Dataset> before;

    @TempDir
    Path dir;

    @BeforeEach
    void settle() {
        UiTesting.joinDatasetJobs();
        before = datasets.datasets();
    }

    @AfterEach
    void closeWhatTheTestOpened() {
        for (Dataset d : datasets.datasets()) {
            if (!before.contains(d)) {
                datasets.close(d);
            }
        }
    }

    private static IStatus finish(Job job) throws InterruptedException {
        job.join();
        UiTesting.drain();
        return job.getResult();
    }

    @Test
    void theFirstStartGeneratedTheDefaultDataset() {
        // the application's start-up did this in the test workspace, which starts empty
        assertTrue(before.stream().anyMatch(d -> d.settings().equals(java.util.Optional.of(DatasetManagerImpl.defaultSettings()))),
                before.toString());
        Dataset first = before.stream().filter(d -> d.settings().isPresent()).findFirst().orElseThrow();
        assertEquals(3, first.groundTruth().orElseThrow().anomalies().size());
        assertEquals(1_000_000 + first.groundTruth().orElseThrow().anomalyFlows(), first.store().size());
    }

    @Test
    void generatingAddsTheDatasetAndMakesItActive() throws Exception {
        GeneratorSettings s = new GeneratorSettings("uniform", 1234, 9, Instant.parse("2026-03-01T00:00:00Z"), Duration.ofHours(1),
                EnumSet.noneOf(AnomalyKind.class));
        assertEquals(IStatus.OK, finish(datasets.generate(s)).getSeverity());
        Dataset d = datasets.active().orElseThrow();
        assertEquals(1234, d.store().size());
        assertEquals("uniform, 1,234 flows, seed 9", d.name());
        assertEquals(s, d.settings().orElseThrow());
    }

    @Test
    void openingReadsByContentRemembersTheFileAndReportsSkippedRows() throws Exception {
        Path csv = dir.resolve("flows.txt"); // the name says nothing; the content does
        Files.writeString(csv, "timestamp,source,destination,bytes\n2026-01-05T08:00:00Z,10.0.0.1,10.0.0.2,100\n"
                + "2026-01-05T08:00:01Z,10.0.0.999,10.0.0.2,100\n2026-01-05T08:00:02Z,10.0.0.3,10.0.0.2,300\n");
        boolean automated = ErrorDialog.AUTOMATED_MODE;
        ErrorDialog.AUTOMATED_MODE = false; // the test harness turns status dialogs off; this test wants to see one
        try {
            IStatus status = finish(datasets.open(csv));
            assertEquals(IStatus.WARNING, status.getSeverity(), status.getMessage());
            assertTrue(status.getMessage().contains("line 3"), status.getMessage());
            // the user sees the loss in a dialog too, not only in the Datasets view
            String[] dialog = new String[1];
            UiTesting.until(() -> (dialog[0] = closeStatusDialog()) != null, Duration.ofSeconds(10));
            assertTrue(dialog[0].contains("flows.txt") && dialog[0].contains("line 3"), dialog[0]);
        } finally {
            ErrorDialog.AUTOMATED_MODE = automated;
        }
        Dataset d = datasets.active().orElseThrow();
        assertEquals(2, d.store().size());
        assertEquals(csv, d.file().orElseThrow());
        assertEquals(1, d.report().orElseThrow().recordsSkipped());
        assertEquals(csv.toAbsolutePath(), datasets.recentFiles().get(0));
    }

    /** @return the text of the open dialogs beside the workbench window, which it closes; null if none */
    private static String closeStatusDialog() {
        UiTesting.drain();
        StringBuilder text = new StringBuilder();
        Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        for (Shell shell : Display.getCurrent().getShells()) {
            if (shell != main && shell.isVisible()) {
                collectText(shell, text);
                shell.close();
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    private static void collectText(Control control, StringBuilder text) {
        if (control instanceof Label l) {
            text.append(l.getText()).append('\n');
        } else if (control instanceof Text t) {
            text.append(t.getText()).append('\n');
        } else if (control instanceof Composite c) {
            for (Control child : c.getChildren()) {
                collectText(child, text);
            }
        }
    }

    @Test
    void unreadableContentIsAnErrorNamingTheFile() throws Exception {
        Path garbage = dir.resolve("garbage.pcap");
        Files.write(garbage, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 });
        IStatus status = finish(datasets.open(garbage));
        assertEquals(IStatus.ERROR, status.getSeverity());
        assertTrue(status.getMessage().contains("garbage.pcap"), status.getMessage());
        assertEquals(before.size(), datasets.datasets().size());
    }

    @Test
    void aDamagedStoreFileKeepsItsIntactPart() throws Exception {
        Dataset source = UiTesting.addDataset("x.csv", UiTesting.handMadeFlows());
        Path file = dir.resolve("cut.flows");
        org.flowbench.model.FlowStore oneRowSegments = new org.flowbench.model.FlowStore(1);
        UiTesting.handMadeFlows().forEach(oneRowSegments::accept);
        FlowStoreFile.write(oneRowSegments.snapshot(), file);
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length - 40)); // the last segments are gone
        IStatus status = finish(datasets.open(file));
        assertEquals(IStatus.WARNING, status.getSeverity(), status.getMessage());
        assertTrue(status.getMessage().contains("cut.flows"), status.getMessage());
        long kept = datasets.active().orElseThrow().store().size();
        assertTrue(kept > 0 && kept < 8, "kept " + kept);
        datasets.close(source);
    }

    @Test
    void closingTheActiveDatasetActivatesAnother() {
        Dataset a = UiTesting.addDataset("a.csv", UiTesting.handMadeFlows());
        Dataset b = UiTesting.addDataset("b.csv", UiTesting.handMadeFlows());
        assertSame(b, datasets.active().orElseThrow());
        datasets.close(b);
        assertSame(a, datasets.active().orElseThrow());
        assertFalse(datasets.datasets().contains(b));
    }

    /** A new session (a new manager over the same preferences) brings back files and generated datasets. */
    @Test
    void theNextSessionReopensWhatWasOpen() throws Exception {
        Path csv = dir.resolve("remembered.csv");
        Files.writeString(csv, "timestamp,source,destination,bytes\n2026-01-05T08:00:00Z,10.0.0.1,10.0.0.2,100\n");
        finish(datasets.open(csv));
        GeneratorSettings s = new GeneratorSettings("uniform", 500, 4, Instant.parse("2026-03-01T00:00:00Z"), Duration.ofHours(1),
                EnumSet.noneOf(AnomalyKind.class));
        finish(datasets.generate(s));

        DatasetManagerImpl next = new DatasetManagerImpl(PlatformUI.getWorkbench().getService(FlowFormats.class));
        for (Job job : next.restoreSession()) {
            finish(job);
        }
        List<String> names = next.datasets().stream().map(Dataset::name).toList();
        assertTrue(names.contains("remembered.csv"), names.toString());
        Dataset again = next.datasets().stream().filter(d -> d.settings().equals(java.util.Optional.of(s))).findFirst().orElseThrow();
        Dataset original = datasets.datasets().stream().filter(d -> d.settings().equals(java.util.Optional.of(s))).findFirst().orElseThrow();
        assertEquals(original.snapshot().totalBytes(), again.snapshot().totalBytes(), "the same settings give the same flows");
    }
}
