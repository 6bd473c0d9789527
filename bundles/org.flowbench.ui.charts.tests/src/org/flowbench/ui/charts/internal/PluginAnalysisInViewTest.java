package org.flowbench.ui.charts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.flowbench.analysis.Findings;
import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.AnomalyLabel;
import org.flowbench.generator.GeneratorSettings;
import org.flowbench.generator.GroundTruth;
import org.flowbench.generator.TrafficGenerator;
import org.flowbench.model.FlowStore;
import org.flowbench.model.Progress;
import org.flowbench.ui.charts.ChartsUi;
import org.flowbench.ui.datasets.Dataset;
import org.flowbench.ui.datasets.DatasetManager;
import org.junit.jupiter.api.Test;

/**
 * The example plugin (org.flowbench.analysis.portscan, in this runtime as if a user had installed
 * it) in the generic Analysis view, which has no code for it: its findings are the rows, the
 * labelled port scan first. Saves a picture of the view for people ({@code target/analysis-scans.png}).
 */
class PluginAnalysisInViewTest {

    @Test
    void thePortScanOfTheGeneratorShowsAsTheFirstFinding() throws Exception {
        Job.getJobManager().join(DatasetManager.JOB_FAMILY, null);
        GeneratorSettings settings = GeneratorSettings.defaults().withFlows(200_000).withSeed(11).withAnomalies(AnomalyKind.PORT_SCAN);
        FlowStore store = new FlowStore();
        GroundTruth truth = TrafficGenerator.generate(settings, store, Progress.NONE);
        Dataset dataset = Dataset.generated(settings, store, truth);
        PlatformUI.getWorkbench().getService(DatasetManager.class).add(dataset);
        AnalysisResultView view = HandMadeTraffic.show(ChartsUi.ANALYSIS_VIEW_ID);
        HandMadeTraffic.waitUntil(() -> view.choices().contains("scans"), "the plugin's analysis is offered");
        view.choose("scans");
        HandMadeTraffic.waitUntil(() -> view.isUpToDate() && view.shownResult() instanceof Findings
                && view.shownSelection().dataset() == dataset, "the findings of the generated day");

        AnomalyLabel scan = truth.anomaly(AnomalyKind.PORT_SCAN).orElseThrow();
        List<String> first = view.tableRows().get(0);
        assertEquals(scan.sources().get(0) + " " + scan.destinations().get(0), first.get(3));
        assertTrue(first.get(4).startsWith(scan.sources().get(0) + " scanned "), first.get(4));

        HandMadeTraffic.page().toggleZoom(HandMadeTraffic.page().getReference(view));
        HandMadeTraffic.flush();
        // the test runs in the module folder
        save(view.getSite().getShell(), Path.of(System.getProperty("user.dir"), "target", "analysis-scans.png"));
        HandMadeTraffic.page().toggleZoom(HandMadeTraffic.page().getReference(view));
    }

    /** The window as the widgets paint it (not as the screen shows it), so nothing may cover it. */
    private static void save(Shell shell, Path png) {
        Image image = new Image(shell.getDisplay(), shell.getSize().x, shell.getSize().y);
        GC gc = new GC(image);
        try {
            shell.print(gc);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(png.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
