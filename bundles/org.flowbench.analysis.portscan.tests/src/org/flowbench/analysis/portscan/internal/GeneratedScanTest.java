package org.flowbench.analysis.portscan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.flowbench.analysis.AnalysisDescriptor;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.AnalysisRegistry;
import org.flowbench.analysis.Findings;
import org.flowbench.analysis.Findings.Finding;
import org.flowbench.analysis.Findings.Severity;
import org.flowbench.analysis.ParameterDescriptor;
import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.AnomalyLabel;
import org.flowbench.generator.GeneratorSettings;
import org.flowbench.generator.GroundTruth;
import org.flowbench.generator.TrafficGenerator;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.FlowStore;
import org.flowbench.model.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The detector, reached through the analysis registry, on an office day from the generator: the
 * expectation is the generator's own label of the port scan it mixed in, not anything the detector
 * computes.
 */
class GeneratedScanTest {

    private static final GeneratorSettings OFFICE_DAY = GeneratorSettings.defaults().withFlows(300_000).withSeed(11);

    private static AnalysisRegistry registry;
    private static FlowSnapshot withAnomalies;
    private static AnomalyLabel scan;

    @BeforeAll
    static void generate() {
        registry = Registry.get();
        FlowStore store = new FlowStore();
        GroundTruth truth = TrafficGenerator.generate(OFFICE_DAY.withAnomalies(AnomalyKind.values()), store, Progress.NONE);
        withAnomalies = store.snapshot();
        scan = truth.anomaly(AnomalyKind.PORT_SCAN).orElseThrow();
    }

    @Test
    void isContributedWithItsSettings() {
        AnalysisDescriptor d = registry.descriptor("scans").orElseThrow();
        assertEquals("org.flowbench.analysis.portscan", d.contributor());
        assertEquals(List.of("window", "min-ports", "min-hosts", "max-packets", "protocols"), d.parameters().stream().map(ParameterDescriptor::id).toList());
    }

    @Test
    void findsTheLabelledPortScanFirst() {
        Findings result = (Findings) registry.compute("scans", AnalysisQuery.of(withAnomalies), Progress.NONE);
        Finding first = result.findings().get(0);
        assertEquals(Severity.ALERT, first.severity(), first.summary());
        assertEquals(List.of(scan.sources().get(0), scan.destinations().get(0)), first.hosts(), first.summary());
        assertTrue(scan.window().startMicros() <= first.time().startMicros() && first.time().endMicros() <= scan.window().endMicros(),
                () -> first.time() + " lies outside the labelled window " + scan.window());
        // the generator's contract: at least 1000 distinct ports
        assertTrue(first.score() >= 1000, first.summary());
        assertEquals(1, result.findings().stream().filter(f -> f.severity() == Severity.ALERT).count(),
                () -> "one port scan only: " + result.findings());
    }

    @Test
    void ordinaryOfficeTrafficHasNoScanNorSweep() {
        FlowStore store = new FlowStore();
        TrafficGenerator.generate(OFFICE_DAY, store, Progress.NONE);
        Findings result = (Findings) registry.compute("scans", AnalysisQuery.of(store.snapshot()), Progress.NONE);
        assertEquals(List.of(), result.findings());
    }

    @Test
    void aHigherPortThresholdThanTheScanHasMissesIt() {
        Findings result = (Findings) registry.compute("scans",
                AnalysisQuery.of(withAnomalies).withParameter("min-ports", "70000"), Progress.NONE);
        assertTrue(result.findings().stream().noneMatch(f -> f.severity() == Severity.ALERT), () -> result.findings().toString());
    }

    @Test
    void theScanIsFoundInsideItsLabelledWindowAlone() {
        Findings result = (Findings) registry.compute("scans", AnalysisQuery.of(withAnomalies).withTimeRange(scan.window()), Progress.NONE);
        assertEquals(scan.sources().get(0), result.findings().get(0).hosts().get(0));
    }
}
