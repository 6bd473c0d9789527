package org.flowbench.cli.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.AnalysisResult;
import org.flowbench.io.LoadedFlows;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.TimeRange;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "analyze", sortOptions = false, description = "Runs an analysis on a flow file and prints its result.")
final class AnalyzeCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Option(names = "--analysis", required = true, paramLabel = "ID", description = "Analysis id, see 'flowbench list' (e.g. top-talkers).")
    String analysis;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Flow file in any format 'flowbench list' shows; found by content.")
    Path input;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Entries of a ranking or table (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--from", paramLabel = "TIME", description = "Only flows starting at or after TIME (ISO-8601 or epoch seconds).")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "Only flows starting before TIME.")
    String to;

    @Option(names = "--filter", paramLabel = "EXPR", description = "Filter such as 'src net 10.0.0.0/8 and dst port 443' (tcpdump syntax: host, net, port, portrange, proto, src, dst, and, or, not).")
    String filter;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--resolution", paramLabel = "POINTS", defaultValue = "" + AnalysisQuery.DEFAULT_RESOLUTION,
            description = "Most points of a time series (default ${DEFAULT-VALUE}).")
    int resolution;

    @Option(names = { "-p", "--param" }, paramLabel = "NAME=VALUE", description = "Analysis parameter, repeatable (e.g. -p bucket=1m, -p by=packets).")
    Map<String, String> parameters = new LinkedHashMap<>();

    AnalyzeCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        ResultPrinter.Format output = Options.choice(ResultPrinter.Format.class, "--format", format);
        FlowFilter flowFilter = FlowFilter.parse(filter);
        if (ctx.analyses().descriptor(analysis).isEmpty()) {
            throw new IllegalArgumentException("no analysis '" + analysis + "'; see 'flowbench list'");
        }
        long start = from != null ? TimeArgument.parse(from) : Long.MIN_VALUE;
        long end = to != null ? TimeArgument.parse(to) : Long.MAX_VALUE;
        if (end < start) {
            throw new IllegalArgumentException("--to lies before --from");
        }
        LoadedFlows loaded = InputFiles.load(ctx, input);
        AnalysisQuery query = AnalysisQuery.of(loaded.store().snapshot())
                .withTimeRange(from == null && to == null ? TimeRange.ALL : new TimeRange(start, end)).withFilter(flowFilter)
                .withTopN(top).withResolution(resolution);
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            query = query.withParameter(p.getKey(), p.getValue());
        }
        AnalysisResult result;
        try (ConsoleProgress progress = ctx.progress()) {
            result = ctx.analyses().compute(analysis, query, progress);
        }
        ResultPrinter.print(result, output, ctx.out());
        return InputFiles.status(loaded.report());
    }
}
