package org.flowbench.generator;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowbench.generator.internal.AnomalyPlanner;
import org.flowbench.model.TimeRange;

/**
 * What {@link TrafficGenerator} makes: which scenario, how many flows, from which seed, over which
 * time, with which anomalies. The same settings always give the same flows.
 * <p>
 * The constructor checks every value and throws {@link IllegalArgumentException} saying what is
 * wrong. Time is kept in microseconds, so parts of a microsecond in {@code start} and
 * {@code duration} are dropped.
 *
 * @param scenarioId the id of a {@link Scenario}, see {@link Scenarios#all()}
 * @param flows      how many flows the scenario makes, 0 or more; anomalies add theirs on top
 * @param seed       the seed of every random choice
 * @param start      the first instant of the traffic
 * @param duration   how long the traffic lasts, at least a second; every scenario flow starts in
 *                   {@code [start, start + duration)}
 * @param anomalies  the anomalies to mix in; iterated in the order of {@link AnomalyKind}
 */
public record GeneratorSettings(String scenarioId, long flows, long seed, Instant start, Duration duration,
        Set<AnomalyKind> anomalies) {

    public static final String DEFAULT_SCENARIO = "office-day";
    public static final long DEFAULT_FLOWS = 1_000_000L;
    public static final long DEFAULT_SEED = 1L;
    /** A Monday, so that the office day is a working day. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-05T00:00:00Z");
    public static final Duration DEFAULT_DURATION = Duration.ofHours(24);

    public GeneratorSettings {
        if (scenarioId == null || scenarioId.isBlank()) {
            throw new IllegalArgumentException("no scenario given; known scenarios: " + knownScenarios());
        }
        Scenarios.byId(scenarioId);
        if (flows < 0) {
            throw new IllegalArgumentException("the number of flows must not be negative: " + flows);
        }
        if (start == null) {
            throw new IllegalArgumentException("no start instant given");
        }
        if (duration == null) {
            throw new IllegalArgumentException("no duration given");
        }
        if (duration.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("the duration must be at least one second: " + duration);
        }
        try {
            TimeRange.of(start, start.plus(duration));
        } catch (ArithmeticException | DateTimeException e) {
            throw new IllegalArgumentException("start " + start + " plus duration " + duration
                    + " lies beyond the microsecond timestamps of the model", e);
        }
        if (anomalies == null) {
            throw new IllegalArgumentException("no set of anomalies given (an empty set means none)");
        }
        anomalies = enumSetOf(anomalies);
        Duration needed = AnomalyPlanner.requiredDuration(anomalies);
        if (duration.compareTo(needed) < 0) {
            throw new IllegalArgumentException("the duration " + duration + " is too short for the anomalies "
                    + anomalies.stream().map(AnomalyKind::id).toList() + ", which need at least " + needed);
        }
    }

    /** @return office-day, 1,000,000 flows, seed 1, 24 hours from Monday 2026-01-05T00:00Z, no anomalies */
    public static GeneratorSettings defaults() {
        return new GeneratorSettings(DEFAULT_SCENARIO, DEFAULT_FLOWS, DEFAULT_SEED, DEFAULT_START, DEFAULT_DURATION,
                Set.of());
    }

    public GeneratorSettings withScenario(String id) {
        return new GeneratorSettings(id, flows, seed, start, duration, anomalies);
    }

    public GeneratorSettings withFlows(long count) {
        return new GeneratorSettings(scenarioId, count, seed, start, duration, anomalies);
    }

    public GeneratorSettings withSeed(long value) {
        return new GeneratorSettings(scenarioId, flows, value, start, duration, anomalies);
    }

    public GeneratorSettings withStart(Instant instant) {
        return new GeneratorSettings(scenarioId, flows, seed, instant, duration, anomalies);
    }

    public GeneratorSettings withDuration(Duration length) {
        return new GeneratorSettings(scenarioId, flows, seed, start, length, anomalies);
    }

    public GeneratorSettings withAnomalies(Collection<AnomalyKind> kinds) {
        return new GeneratorSettings(scenarioId, flows, seed, start, duration, kinds == null ? null : new HashSet<>(kinds));
    }

    public GeneratorSettings withAnomalies(AnomalyKind... kinds) {
        return withAnomalies(kinds == null ? null : Arrays.asList(kinds));
    }

    /** @return {@code [start, start + duration)} in microseconds */
    public TimeRange timeRange() {
        return TimeRange.of(start, start.plus(duration));
    }

    public Scenario scenario() {
        return Scenarios.byId(scenarioId);
    }

    /** An EnumSet iterates in declaration order, unlike Set.of, whose order changes from run to run. */
    private static Set<AnomalyKind> enumSetOf(Set<AnomalyKind> kinds) {
        EnumSet<AnomalyKind> set = EnumSet.noneOf(AnomalyKind.class);
        for (AnomalyKind kind : kinds) {
            if (kind == null) {
                throw new IllegalArgumentException("the set of anomalies contains null");
            }
            set.add(kind);
        }
        return Collections.unmodifiableSet(set);
    }

    private static String knownScenarios() {
        return Scenarios.all().stream().map(Scenario::id).collect(Collectors.joining(", "));
    }
}
