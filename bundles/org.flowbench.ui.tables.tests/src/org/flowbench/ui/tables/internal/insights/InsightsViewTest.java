package org.flowbench.ui.tables.internal.insights;

import static org.flowbench.ui.tables.internal.Workbench.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.AnomalyLabel;
import org.flowbench.generator.GeneratorSettings;
import org.flowbench.generator.GroundTruth;
import org.flowbench.generator.TrafficGenerator;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowStore;
import org.flowbench.model.IpAddress;
import org.flowbench.model.Progress;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.datasets.Dataset;
import org.flowbench.ui.datasets.DatasetManager;
import org.flowbench.ui.selection.HostFocus;
import org.flowbench.ui.tables.TablesUi;
import org.flowbench.ui.tables.internal.Workbench;
import org.flowbench.ui.tables.internal.flows.FlowsView;
import org.flowbench.ui.tables.internal.insights.Insight.Kind;
import org.junit.jupiter.api.Test;

/** The Insights view: shares worked out by hand, and the generator's anomalies found where they were put. */
class InsightsViewTest {

    private InsightsView show() throws Exception {
        InsightsView view = Workbench.show(TablesUi.INSIGHTS_VIEW_ID);
        Workbench.waitUntil(view::isUpToDate, "the Insights view");
        return view;
    }

    private static Insight first(InsightsView view, Kind kind) {
        return view.insights().stream().filter(i -> i.kind() == kind).findFirst().orElseThrow(() -> new AssertionError("no " + kind));
    }

    private static TimeRange hour(String start) {
        Instant s = Instant.parse(start);
        return TimeRange.of(s, s.plus(Duration.ofHours(1)));
    }

    @Test
    void busiestAndQuietestHourAndTopHostsWithTheirShares() throws Exception {
        // 08:00-12:00; bytes per hour 100, 750, 150, 300 (1,300 in all); 10.0.0.1 sends 1,100, 10.0.0.2 receives 850
        Workbench.open(List.of(flow("2026-01-05T08:00:00Z", 0, "10.0.0.1", 50000, "10.0.0.2", 443, 6, 100, 1, 0x02),
                flow("2026-01-05T09:10:00Z", 0, "10.0.0.1", 50001, "10.0.0.2", 443, 6, 700, 5, 0x02),
                flow("2026-01-05T09:20:00Z", 0, "10.0.0.5", 50002, "10.0.0.2", 443, 6, 50, 1, 0x02),
                flow("2026-01-05T10:30:00Z", 0, "10.0.0.5", 50003, "10.0.0.7", 22, 6, 150, 2, 0x02),
                flow("2026-01-05T11:59:59.999999Z", 0, "10.0.0.1", 50004, "10.0.0.7", 22, 6, 300, 3, 0x02)));
        InsightsView view = show();

        Insight busiest = first(view, Kind.BUSIEST_HOUR);
        assertEquals("750 B, 57.7% of the bytes", busiest.text());
        assertEquals(hour("2026-01-05T09:00:00Z"), busiest.time());
        Insight quietest = first(view, Kind.QUIETEST_HOUR);
        assertEquals("100 B, 7.7% of the bytes", quietest.text());
        assertEquals(hour("2026-01-05T08:00:00Z"), quietest.time());
        Insight talker = first(view, Kind.TOP_TALKER);
        assertEquals("10.0.0.1 sent 1.1 KB, 84.6% of the bytes", talker.text());
        assertEquals(List.of(IpAddress.parse("10.0.0.1")), talker.hosts());
        assertEquals("10.0.0.2 received 850 B, 65.4% of the bytes", first(view, Kind.TOP_DESTINATION).text());
        assertTrue(view.insights().stream().noneMatch(i -> i.kind() == Kind.LABELLED), "no labels for data from a file");
    }

    @Test
    void aDoubleClickOnTheTopTalkerPicksItAndShowsItsFlows() throws Exception {
        Workbench.open(List.of(flow("2026-01-05T08:00:00Z", 0, "10.0.0.1", 50000, "10.0.0.2", 443, 6, 900, 1, 0x02),
                flow("2026-01-05T08:30:00Z", 0, "10.0.0.5", 50001, "10.0.0.2", 443, 6, 100, 1, 0x02)));
        InsightsView view = show();
        List<Insight> before = view.insights();
        view.follow(first(view, Kind.TOP_TALKER));
        assertEquals(new HostFocus(IpAddress.parse("10.0.0.1"), FlowFilter.Direction.SOURCE), Workbench.selection().current().focus());
        Workbench.waitUntil(view::isUpToDate, "the Insights view");
        assertEquals(before, view.insights(), "the insights stay those of the selection the click was made in");
        if (!org.flowbench.ui.tables.internal.ViewLinks.exists(org.flowbench.ui.tables.internal.ViewLinks.TOP_TALKERS)) {
            FlowsView flows = (FlowsView) Workbench.page().findView(TablesUi.FLOWS_VIEW_ID);
            assertNotNull(flows, "without the charts, the Flows view shows the host");
            Workbench.waitUntil(flows::isUpToDate, "the Flows view");
            assertEquals(1, flows.table().rows().count(), "the flows of 10.0.0.1");
        }
    }

    @Test
    void everyLabelledAnomalyIsFoundAtItsTimeOnItsHosts() throws Exception {
        GeneratorSettings settings = new GeneratorSettings("office-day", 300_000, 7, Instant.parse("2026-01-05T00:00:00Z"), Duration.ofHours(24),
                EnumSet.allOf(AnomalyKind.class));
        FlowStore store = new FlowStore();
        GroundTruth truth = TrafficGenerator.generate(settings, store, Progress.NONE);
        Job.getJobManager().join(DatasetManager.JOB_FAMILY, null);
        Workbench.datasets().add(Dataset.generated(settings, store, truth));
        InsightsView view = show();

        assertEquals(3, truth.anomalies().size());
        for (AnomalyLabel label : truth.anomalies()) {
            Insight reported = view.insights().stream().filter(i -> i.kind() == Kind.LABELLED && i.label() == label.kind()).findFirst()
                    .orElseThrow(() -> new AssertionError("no insight for " + label.kind()));
            assertTrue(reported.found(), label.kind() + " not found: " + reported.text());
            assertEquals(label.window(), reported.time());
            Insight evidence = reported.evidence();
            assertEquals(label.kind().name(), evidence.kind().name());
            assertTrue(evidence.time().overlaps(label.window()), evidence.time() + " is not in " + label.window());
            if (label.kind() == AnomalyKind.VOLUMETRIC_BURST) {
                assertEquals(label.destinations().get(0), evidence.hosts().get(0), "the flooded host");
            } else {
                assertEquals(List.of(label.sources().get(0), label.destinations().get(0)), evidence.hosts(), "who did it to whom");
            }
        }
        Insight scan = first(view, Kind.PORT_SCAN);
        AnomalyLabel scanLabel = truth.anomaly(AnomalyKind.PORT_SCAN).orElseThrow();
        assertEquals(scanLabel.flows(), Long.parseLong(scan.text().replaceAll(".* probed ([0-9,]+) ports.*", "$1").replace(",", "")),
                "every probe reaches a port of its own");
    }
}
