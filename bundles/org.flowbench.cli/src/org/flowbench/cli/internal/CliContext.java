package org.flowbench.cli.internal;

import java.io.PrintStream;

import org.flowbench.analysis.AnalysisRegistry;
import org.flowbench.io.FlowFormats;

/**
 * What every command needs: the installed analyses and formats, and where to write.
 *
 * @param terminal whether standard error is a terminal (progress is redrawn in place)
 */
record CliContext(AnalysisRegistry analyses, FlowFormats formats, PrintStream out, PrintStream err, boolean terminal) {

    ConsoleProgress progress() {
        return new ConsoleProgress(err, terminal);
    }
}
