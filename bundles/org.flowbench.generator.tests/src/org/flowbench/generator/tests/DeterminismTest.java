package org.flowbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.AnomalyLabel;
import org.flowbench.generator.GeneratorSettings;
import org.flowbench.generator.GroundTruth;
import org.flowbench.generator.TrafficGenerator;
import org.flowbench.generator.internal.TcpFlags;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeterminismTest {

    private static final GeneratorSettings OFFICE = GeneratorSettings.defaults();

    @ParameterizedTest
    @ValueSource(strings = { "office-day", "uniform" })
    void sameSettingsGiveTheSameFlowsInTheSameOrder(String scenario) {
        GeneratorSettings s = OFFICE.withScenario(scenario).withFlows(200_000).withSeed(42).withAnomalies(AnomalyKind.values());
        List<FlowRecord> first = Flows.list(s);
        List<FlowRecord> second = Flows.list(s);
        assertTrue(first.size() > 200_000, "anomalies add flows: " + first.size());
        assertEquals(first, second); // FlowRecord.equals compares every field
    }

    @Test
    void sameSettingsGiveTheSameDigestOverAMillionFlows() {
        GeneratorSettings s = OFFICE.withAnomalies(AnomalyKind.values());
        String first = Flows.digest(s);
        assertEquals(first, Flows.digest(s));
        assertTrue(first.startsWith(TrafficGenerator.generate(s, f -> { }, Progress.NONE).flows() + ":"), first);
    }

    @ParameterizedTest
    @ValueSource(strings = { "office-day", "uniform" })
    void anotherSeedGivesOtherFlows(String scenario) {
        GeneratorSettings s = OFFICE.withScenario(scenario).withFlows(50_000);
        List<FlowRecord> one = Flows.list(s.withSeed(1));
        List<FlowRecord> two = Flows.list(s.withSeed(2));
        assertEquals(one.size(), two.size());
        int same = 0;
        for (int i = 0; i < one.size(); i++) {
            if (one.get(i).equals(two.get(i))) {
                same++;
            }
        }
        assertEquals(0, same, "flows equal at the same position");
        assertNotEquals(Flows.digest(s.withSeed(1)), Flows.digest(s.withSeed(2)));
    }

    @Test
    void anomaliesLeaveTheScenarioFlowsAsTheyWere() {
        GeneratorSettings plain = OFFICE.withFlows(300_000).withSeed(9);
        List<FlowRecord> without = Flows.list(plain);
        List<FlowRecord> with = new ArrayList<>();
        GroundTruth truth = TrafficGenerator.generate(plain.withAnomalies(AnomalyKind.values()),
                f -> with.add(new FlowRecord().copyFrom(f)), Progress.NONE);
        List<FlowRecord> rest = new ArrayList<>();
        long anomalous = 0;
        for (FlowRecord f : with) {
            if (truth.anomalies().stream().anyMatch(l -> belongsTo(f, l))) {
                anomalous++;
            } else {
                rest.add(f);
            }
        }
        assertEquals(truth.anomalyFlows(), anomalous);
        assertEquals(without, rest);
    }

    /** Whether the flow goes from the label's sources to its destinations in its window (scan: only the probes). */
    private static boolean belongsTo(FlowRecord f, AnomalyLabel label) {
        boolean match = label.window().contains(f.startMicros) && label.sources().contains(f.source())
                && label.destinations().contains(f.destination());
        return match && (label.kind() != AnomalyKind.PORT_SCAN || f.tcpFlags == TcpFlags.SYN);
    }
}
