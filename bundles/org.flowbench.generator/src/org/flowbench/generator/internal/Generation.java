package org.flowbench.generator.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.AnomalyLabel;
import org.flowbench.generator.GeneratorSettings;
import org.flowbench.generator.GroundTruth;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSink;
import org.flowbench.model.Progress;
import org.flowbench.model.TimeRange;

/**
 * One run of the generator. Every random choice comes from one {@link SplittableRandom} seeded with
 * the settings' seed and split into independent streams in a fixed order: the scenario's hosts, the
 * scenario's flows, the placement of the anomalies, then one stream per anomaly kind (split whether
 * the kind is wanted or not). So the same settings give the same flows, and adding an anomaly
 * leaves the scenario's own flows as they were.
 */
public final class Generation {

    /** Progress is reported, and cancellation checked, once per this many flows. */
    public static final int PROGRESS_CHUNK = 1 << 16;

    private Generation() {
    }

    public static GroundTruth run(GeneratorSettings settings, FlowSink sink, Progress progress) {
        ScenarioModel scenario = ScenarioCatalog.byId(settings.scenarioId());
        SplittableRandom root = new SplittableRandom(settings.seed());
        SplittableRandom network = root.split();
        SplittableRandom flows = root.split();
        SplittableRandom placement = root.split();
        Map<AnomalyKind, SplittableRandom> anomalyRandoms = new EnumMap<>(AnomalyKind.class);
        for (AnomalyKind kind : AnomalyKind.values()) {
            anomalyRandoms.put(kind, root.split());
        }

        ScenarioRun run = scenario.start(settings, network, flows);
        Map<AnomalyKind, TimeRange> windows = AnomalyPlanner.place(settings.anomalies(), settings.timeRange(),
                anomalyRandoms, placement);
        List<AnomalySource> anomalies = new ArrayList<>();
        long total = settings.flows();
        for (Map.Entry<AnomalyKind, TimeRange> w : windows.entrySet()) {
            AnomalySource source = anomalySource(w.getKey(), w.getValue(), run, anomalyRandoms.get(w.getKey()));
            anomalies.add(source);
            try {
                total = Math.addExact(total, source.plannedFlows());
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("the flows and the anomalies' flows are more than a long can count", e);
            }
        }
        FlowSource all = combine(scenario.isTimeOrdered(), run.flows(), anomalies);

        progress.begin("Generating " + total + " flows: " + scenario.name(), total);
        progress.checkCanceled();
        FlowRecord flow = new FlowRecord();
        long emitted = 0;
        int sinceReport = 0;
        while (all.hasNext()) {
            all.next(flow);
            sink.accept(flow);
            emitted++;
            if (++sinceReport == PROGRESS_CHUNK) {
                progress.worked(sinceReport);
                sinceReport = 0;
                progress.checkCanceled();
            }
        }
        progress.worked(sinceReport);
        if (emitted != total) {
            throw new IllegalStateException("made " + emitted + " flows instead of " + total);
        }
        List<AnomalyLabel> labels = anomalies.stream().map(AnomalySource::label)
                .sorted(Comparator.comparingLong(l -> l.window().startMicros())).toList();
        return new GroundTruth(emitted, labels);
    }

    private static AnomalySource anomalySource(AnomalyKind kind, TimeRange window, ScenarioRun run,
            SplittableRandom random) {
        return switch (kind) {
        case PORT_SCAN -> new PortScanSource(window, run.hosts(), random);
        case VOLUMETRIC_BURST -> new VolumetricBurstSource(window, run.hosts(), random, run.busiestMinuteBytes());
        case SLOW_EXFILTRATION -> new SlowExfiltrationSource(window, run.hosts(), random);
        };
    }

    /**
     * Time-ordered scenarios are merged with the anomalies by start; the flows of other scenarios
     * come first, the anomalies' flows (merged by start) after them.
     */
    private static FlowSource combine(boolean timeOrdered, FlowSource scenario, List<AnomalySource> anomalies) {
        if (anomalies.isEmpty()) {
            return scenario;
        }
        if (timeOrdered) {
            List<FlowSource> all = new ArrayList<>();
            all.add(scenario);
            all.addAll(anomalies);
            return new FlowMerge(all.toArray(FlowSource[]::new));
        }
        return new FlowSequence(scenario, new FlowMerge(anomalies.toArray(FlowSource[]::new)));
    }
}
