package org.flowbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.GeneratorSettings;
import org.flowbench.generator.Scenario;
import org.flowbench.generator.Scenarios;
import org.flowbench.model.TimeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class GeneratorSettingsTest {

    private final GeneratorSettings defaults = GeneratorSettings.defaults();

    @Test
    void defaultsAreAMondayOfAMillionOfficeFlows() {
        assertEquals("office-day", defaults.scenarioId());
        assertEquals(1_000_000L, defaults.flows());
        assertEquals(1L, defaults.seed());
        assertEquals(Instant.parse("2026-01-05T00:00:00Z"), defaults.start());
        assertEquals(DayOfWeek.MONDAY, defaults.start().atZone(ZoneOffset.UTC).getDayOfWeek());
        assertEquals(Duration.ofHours(24), defaults.duration());
        assertEquals(Set.of(), defaults.anomalies());
        assertEquals(new TimeRange(1_767_571_200_000_000L, 1_767_657_600_000_000L), defaults.timeRange());
    }

    @Test
    void withersChangeOneValue() {
        GeneratorSettings s = defaults.withScenario("uniform").withFlows(7).withSeed(-3)
                .withStart(Instant.parse("2025-06-01T08:00:00Z")).withDuration(Duration.ofHours(6))
                .withAnomalies(AnomalyKind.PORT_SCAN);
        assertEquals(new GeneratorSettings("uniform", 7, -3, Instant.parse("2025-06-01T08:00:00Z"), Duration.ofHours(6),
                Set.of(AnomalyKind.PORT_SCAN)), s);
    }

    @Test
    void anomaliesIterateInDeclarationOrderWhateverTheInput() {
        List<AnomalyKind> reversed = new ArrayList<>(Arrays.asList(AnomalyKind.values()));
        java.util.Collections.reverse(reversed);
        GeneratorSettings s = defaults.withAnomalies(new HashSet<>(reversed));
        assertEquals(List.of(AnomalyKind.PORT_SCAN, AnomalyKind.VOLUMETRIC_BURST, AnomalyKind.SLOW_EXFILTRATION),
                new ArrayList<>(s.anomalies()));
        assertThrows(UnsupportedOperationException.class, () -> s.anomalies().clear());
    }

    @Test
    void rejectsUnknownOrMissingScenarioNamingTheKnownOnes() {
        IllegalArgumentException e = rejected(() -> defaults.withScenario("campus-week"), "campus-week");
        assertTrue(e.getMessage().contains("uniform") && e.getMessage().contains("office-day"), e.getMessage());
        rejected(() -> defaults.withScenario(" "), "no scenario");
        rejected(() -> defaults.withScenario(null), "no scenario");
    }

    @Test
    void rejectsNegativeFlowsButAcceptsNone() {
        rejected(() -> defaults.withFlows(-1), "-1");
        assertEquals(0, defaults.withFlows(0).flows());
        assertEquals(Long.MAX_VALUE, defaults.withFlows(Long.MAX_VALUE).flows());
    }

    @Test
    void rejectsMissingOrTooShortDurationsAndStarts() {
        rejected(() -> defaults.withDuration(Duration.ZERO), "at least one second");
        rejected(() -> defaults.withDuration(Duration.ofMillis(999)), "at least one second");
        rejected(() -> defaults.withDuration(Duration.ofHours(-1)), "at least one second");
        rejected(() -> defaults.withDuration(null), "no duration");
        rejected(() -> defaults.withStart(null), "no start");
        rejected(() -> defaults.withStart(Instant.MAX.minusSeconds(10)), "beyond");
        rejected(() -> defaults.withDuration(Duration.ofDays(365L * 300_000)), "beyond");
        assertEquals(Duration.ofSeconds(1), defaults.withDuration(Duration.ofSeconds(1)).duration());
    }

    @Test
    void rejectsMissingAnomalySetsAndNullKinds() {
        rejected(() -> defaults.withAnomalies((List<AnomalyKind>) null), "no set of anomalies");
        rejected(() -> defaults.withAnomalies(Arrays.asList(AnomalyKind.PORT_SCAN, null)), "null");
    }

    @Test
    void anomaliesNeedRoomForTheirLongestWindows() {
        // longest windows: scan 5 min, burst 12 min, exfiltration 5 h
        GeneratorSettings all = defaults.withDuration(Duration.ofMinutes(5 * 60 + 17)).withAnomalies(AnomalyKind.values());
        assertEquals(3, all.anomalies().size());
        IllegalArgumentException e = rejected(
                () -> defaults.withDuration(Duration.ofMinutes(5 * 60 + 16)).withAnomalies(AnomalyKind.values()),
                "too short");
        assertTrue(e.getMessage().contains("PT5H17M") && e.getMessage().contains("slow-exfiltration"), e.getMessage());
        rejected(() -> defaults.withDuration(Duration.ofMinutes(4)).withAnomalies(AnomalyKind.PORT_SCAN), "PT5M");
        assertEquals(Duration.ofMinutes(5),
                defaults.withDuration(Duration.ofMinutes(5)).withAnomalies(AnomalyKind.PORT_SCAN).duration());
    }

    @Test
    void scenariosAreListedAndFoundById() {
        assertEquals(List.of("uniform", "office-day"), Scenarios.all().stream().map(Scenario::id).toList());
        assertEquals("office-day", Scenarios.byId("office-day").id());
        assertTrue(Scenarios.byId("office-day").isTimeOrdered());
        assertTrue(!Scenarios.byId("uniform").isTimeOrdered());
        for (Scenario s : Scenarios.all()) {
            assertTrue(!s.name().isBlank() && s.description().length() > 40, s.id());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scenarios.byId("nope"));
        assertEquals("unknown scenario 'nope'; known scenarios: uniform, office-day", e.getMessage());
    }

    @Test
    void anomalyKindsAreFoundById() {
        assertEquals(AnomalyKind.PORT_SCAN, AnomalyKind.byId("port-scan"));
        assertEquals(AnomalyKind.VOLUMETRIC_BURST, AnomalyKind.byId("Volumetric-Burst"));
        assertEquals(AnomalyKind.SLOW_EXFILTRATION, AnomalyKind.byId("slow-exfiltration"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AnomalyKind.byId("ddos"));
        assertEquals("unknown anomaly 'ddos'; known anomalies: port-scan, volumetric-burst, slow-exfiltration", e.getMessage());
    }

    private static IllegalArgumentException rejected(Executable making, String messagePart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, making);
        assertTrue(e.getMessage().contains(messagePart), "'" + e.getMessage() + "' should mention '" + messagePart + "'");
        return e;
    }
}
