package org.flowbench.cli.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;

import org.flowbench.analysis.Counts;
import org.flowbench.analysis.Durations;
import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.AnomalyLabel;
import org.flowbench.generator.GeneratorSettings;
import org.flowbench.generator.GroundTruth;
import org.flowbench.generator.TrafficGenerator;
import org.flowbench.io.FlowWriter;
import org.flowbench.model.FlowStore;
import org.flowbench.model.IpAddress;
import org.flowbench.model.TimeRange;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", sortOptions = false,
        description = "Generates synthetic traffic, deterministic by seed, and writes it to a file; prints the labelled anomalies.")
final class GenerateCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Option(names = "--scenario", paramLabel = "S", defaultValue = GeneratorSettings.DEFAULT_SCENARIO,
            description = "uniform or office-day (default ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--flows", paramLabel = "N", defaultValue = "1000000", description = "Flows of the scenario, e.g. 1000000 or 10M (default ${DEFAULT-VALUE}).")
    String flows;

    @Option(names = "--seed", paramLabel = "K", defaultValue = "1", description = "Seed; the same seed gives the same flows (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", paramLabel = "TIME", defaultValue = "2026-01-05T00:00:00Z", description = "First instant (default ${DEFAULT-VALUE}, a Monday).")
    String start;

    @Option(names = "--duration", paramLabel = "D", defaultValue = "24h", description = "Length such as 24h, 90m (default ${DEFAULT-VALUE}).")
    String duration;

    @Option(names = "--anomalies", paramLabel = "LIST", defaultValue = "none",
            description = "Comma-separated port-scan, volumetric-burst, slow-exfiltration; all; or none (default ${DEFAULT-VALUE}).")
    String anomalies;

    @Option(names = "--format", paramLabel = "F", description = "csv (timestamp,source,destination,bytes), csv-flow (every field) or native; default from the file name (.csv: csv-flow, .flows: native).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file.")
    Path out;

    GenerateCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        FlowWriter writer = FormatChoice.writer(ctx.formats(), format, out);
        GeneratorSettings settings = new GeneratorSettings(scenario, Counts.parse(flows), seed,
                TimeRange.toInstant(TimeArgument.parse(start)), Duration.of(Durations.parseMicros(duration), java.time.temporal.ChronoUnit.MICROS),
                anomalySet(anomalies));
        FlowStore store = new FlowStore();
        GroundTruth truth;
        try (ConsoleProgress progress = ctx.progress()) {
            truth = TrafficGenerator.generate(settings, store, progress);
            writer.write(store.snapshot(), out, progress);
        }
        ctx.out().println("Generated " + truth.flows() + " flows (" + settings.scenarioId() + ", seed " + seed + ") into " + out
                + " as " + writer.name());
        for (AnomalyLabel a : truth.anomalies()) {
            ctx.out().println("  " + a.kind().id() + " " + TimeRange.toInstant(a.window().startMicros()) + " .. "
                    + TimeRange.toInstant(a.window().endMicros()) + " from " + hosts(a.sources()) + " to " + hosts(a.destinations()));
        }
        return ExitCodes.OK;
    }

    private static String hosts(java.util.List<IpAddress> hosts) {
        return hosts.size() <= 3 ? String.join(",", hosts.stream().map(IpAddress::toString).toList()) : hosts.size() + " hosts";
    }

    static Set<AnomalyKind> anomalySet(String text) {
        String t = text.trim();
        if (t.equals("none") || t.isEmpty()) {
            return EnumSet.noneOf(AnomalyKind.class);
        }
        if (t.equals("all")) {
            return EnumSet.allOf(AnomalyKind.class);
        }
        EnumSet<AnomalyKind> set = EnumSet.noneOf(AnomalyKind.class);
        for (String id : t.split(",")) {
            set.add(AnomalyKind.byId(id.trim()));
        }
        return set;
    }
}
