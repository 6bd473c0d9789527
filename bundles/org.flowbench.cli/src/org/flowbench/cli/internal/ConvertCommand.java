package org.flowbench.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.flowbench.io.FlowWriter;
import org.flowbench.io.LoadedFlows;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "convert", sortOptions = false, description = "Reads a flow file in any known format and writes it in another.")
final class ConvertCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Option(names = "--input", required = true, paramLabel = "A", description = "Input file; its format is found by content.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "B", description = "Output file.")
    Path out;

    @Option(names = "--format", paramLabel = "F", description = "native, csv-flow or csv (timestamp,source,destination,bytes); default from the file name.")
    String format;

    ConvertCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        FlowWriter writer = FormatChoice.writer(ctx.formats(), format, out);
        LoadedFlows loaded = InputFiles.load(ctx, input);
        try (ConsoleProgress progress = ctx.progress()) {
            writer.write(loaded.store().snapshot(), out, progress);
        }
        ctx.out().println("Wrote " + loaded.store().size() + " flows to " + out + " as " + writer.name());
        return InputFiles.status(loaded.report());
    }
}
