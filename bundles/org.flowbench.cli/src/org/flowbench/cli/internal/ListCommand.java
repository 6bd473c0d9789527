package org.flowbench.cli.internal;

import java.util.concurrent.Callable;

import org.flowbench.analysis.AnalysisDescriptor;
import org.flowbench.analysis.ParameterDescriptor;
import org.flowbench.io.FlowReader;
import org.flowbench.io.FlowWriter;

import picocli.CommandLine.Command;

@Command(name = "list", description = "Lists the analyses, readers and writers that are installed.")
final class ListCommand implements Callable<Integer> {

    private final CliContext ctx;

    ListCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        ctx.out().println("Analyses (flowbench analyze --analysis ID):");
        for (AnalysisDescriptor d : ctx.analyses().analyses()) {
            ctx.out().printf("  %-20s %-28s %-12s %s%n", d.id(), d.name(), d.resultKind().id(), d.contributor());
            for (ParameterDescriptor p : d.parameters()) {
                ctx.out().printf("  %-20s   -p %s=%s  %s%n", "", p.id(),
                        p.type() == ParameterDescriptor.Type.CHOICE ? String.join("|", p.choices()) : p.type().name().toLowerCase(java.util.Locale.ROOT),
                        p.description() + (p.defaultValue() != null ? " (default " + p.defaultValue() + ")" : ""));
            }
        }
        ctx.out().println("Readers (found by content):");
        for (FlowReader r : ctx.formats().readers()) {
            ctx.out().printf("  %-20s %s%n", r.id(), r.name());
        }
        ctx.out().println("Writers (--format):");
        for (FlowWriter w : ctx.formats().writers()) {
            ctx.out().printf("  %-20s %s%n", w.id(), w.name());
        }
        return ExitCodes.OK;
    }
}
