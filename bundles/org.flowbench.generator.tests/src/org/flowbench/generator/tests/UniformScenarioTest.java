package org.flowbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.AnomalyLabel;
import org.flowbench.generator.GeneratorSettings;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.IpAddress;
import org.flowbench.model.Protocols;
import org.flowbench.model.TimeRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UniformScenarioTest {

    private static final int FLOWS = 240_000;
    private static final GeneratorSettings SETTINGS = GeneratorSettings.defaults().withScenario("uniform").withFlows(FLOWS)
            .withSeed(5);
    private static Flows.Run run;

    @BeforeAll
    static void generate() {
        run = Flows.generate(SETTINGS);
    }

    @Test
    void makesExactlyTheFlowsAskedFor() {
        assertEquals(FLOWS, run.truth().flows());
        assertEquals(FLOWS, run.store().size());
        assertEquals(0, run.truth().anomalies().size());
    }

    @Test
    void startsAreInsideTheRangeAndUniformOverIt() {
        TimeRange range = SETTINGS.timeRange();
        long[] perHour = new long[24];
        boolean[] descending = new boolean[1];
        long[] previous = { Long.MIN_VALUE };
        run.forEach(f -> {
            assertTrue(range.contains(f.startMicros), f::toString);
            perHour[(int) ((f.startMicros - range.startMicros()) / 3_600_000_000L)]++;
            descending[0] |= f.startMicros < previous[0];
            previous[0] = f.startMicros;
        });
        // chi-square with 23 degrees of freedom: mean 23, sd 6.8; 60 leaves room for any fair seed
        assertTrue(chiSquare(perHour) < 60, () -> "chi-square " + chiSquare(perHour));
        assertTrue(descending[0], "uniform flows are not sorted by time");
    }

    @Test
    void addressesSpreadOverTheWholeIpv4Space() {
        long[] sourceOctets = new long[256];
        long[] destinationOctets = new long[256];
        run.forEach(f -> {
            assertTrue(Flows.isV4(f, true) && Flows.isV4(f, false), f::toString);
            sourceOctets[Flows.v4(f.sourceLow) >>> 24]++;
            destinationOctets[Flows.v4(f.destinationLow) >>> 24]++;
        });
        // 255 degrees of freedom: mean 255, sd 22.6
        assertTrue(chiSquare(sourceOctets) < 360, () -> "sources: chi-square " + chiSquare(sourceOctets));
        assertTrue(chiSquare(destinationOctets) < 360, () -> "destinations: chi-square " + chiSquare(destinationOctets));
    }

    @Test
    void otherFieldsAreAsDocumented() {
        Set<Integer> ports = Set.of(22, 25, 53, 80, 110, 143, 443, 445, 993, 3389);
        long[] bytes = new long[1];
        run.forEach(f -> {
            assertEquals(Protocols.TCP, f.protocol);
            assertTrue(f.sourcePort >= 49152 && f.sourcePort <= 65535, f::toString);
            assertTrue(ports.contains(f.destinationPort), f::toString);
            assertTrue(f.bytes >= 40 && f.bytes <= 1 << 20, f::toString);
            assertEquals((f.bytes + 1459) / 1460, f.packets, f::toString);
            assertTrue(f.endMicros >= f.startMicros && f.endMicros - f.startMicros <= 60_000_000L, f::toString);
            assertEquals(0x1B, f.tcpFlags, "SYN ACK PSH FIN");
            bytes[0] += f.bytes;
        });
        double mean = (double) bytes[0] / FLOWS;
        double expected = (40 + 1_048_576) / 2.0;
        assertEquals(expected, mean, expected * 0.01);
    }

    @Test
    void anomaliesFollowTheScenarioFlowsInTimeOrder() {
        Flows.Run mixed = Flows.generate(SETTINGS.withFlows(20_000).withAnomalies(AnomalyKind.values()));
        FlowSnapshot snapshot = mixed.snapshot();
        long anomalyFlows = mixed.truth().anomalyFlows();
        assertEquals(20_000 + anomalyFlows, snapshot.size());
        FlowRecord previous = null;
        FlowRecord f = new FlowRecord();
        for (long i = 20_000; i < snapshot.size(); i++) {
            snapshot.read(i, f);
            AnomalyLabel label = mixed.truth().anomalies().stream().filter(l -> l.window().contains(f.startMicros))
                    .findFirst().orElseThrow(() -> new AssertionError("outside every window: " + f));
            IpAddress source = f.source();
            assertTrue(label.sources().contains(source), f::toString);
            if (previous != null) {
                assertTrue(previous.startMicros <= f.startMicros, f::toString);
            }
            previous = new FlowRecord().copyFrom(f);
        }
    }

    private static double chiSquare(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        double expected = (double) total / counts.length;
        double chi = 0;
        for (long c : counts) {
            chi += (c - expected) * (c - expected) / expected;
        }
        return chi;
    }
}
