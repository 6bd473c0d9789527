package org.flowbench.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.flowbench.io.LoadedFlows;
import org.flowbench.io.ReadReport;
import org.flowbench.model.FlowDataException;

/** Loads an input file with a progress line and tells on standard error what was skipped. */
final class InputFiles {

    private static final int PROBLEMS_SHOWN = 20;

    private InputFiles() {
    }

    /** @throws IllegalArgumentException (a usage error) when the file is not there */
    static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        return file;
    }

    static LoadedFlows load(CliContext ctx, Path file) throws IOException {
        existing(file);
        LoadedFlows loaded;
        try (ConsoleProgress progress = ctx.progress()) {
            loaded = ctx.formats().load(file, progress);
        }
        report(ctx, loaded.report());
        return loaded;
    }

    static void report(CliContext ctx, ReadReport report) {
        int shown = 0;
        for (FlowDataException problem : report.problems()) {
            if (shown++ == PROBLEMS_SHOWN) {
                break;
            }
            ctx.err().println("flowbench: warning: " + problem.getMessage());
        }
        if (report.problemCount() > 0) {
            ctx.err().println("flowbench: warning: " + report.summary());
        }
    }

    /** @return PARTIAL when records were skipped, OK otherwise */
    static int status(ReadReport report) {
        return report.recordsSkipped() > 0 || report.problemCount() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
