package org.flowbench.cli.internal;

import java.io.PrintWriter;
import java.util.concurrent.CancellationException;

import org.flowbench.model.FlowDataException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code flowbench} command line: the same commands whether started by the launcher script
 * or typed into the Gogo shell of the Felix runtime.
 */
@Command(name = "flowbench", mixinStandardHelpOptions = true, versionProvider = FlowbenchCli.Version.class,
        description = "Flowbench, network traffic analysis: generate, analyze, convert and describe flow files.",
        subcommands = { GenerateCommand.class, AnalyzeCommand.class, ConvertCommand.class, InfoCommand.class, ListCommand.class,
                CollectCommand.class, ExportCommand.class },
        footer = { "", "Exit status: 0 done, 1 failed, 2 wrong command line, 3 done but part of the input was skipped." })
final class FlowbenchCli implements Runnable {

    private final CliContext ctx;

    FlowbenchCli(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void run() {
        // no subcommand: show what there is
        new CommandLine(this, factory(ctx)).usage(ctx.out());
    }

    /** @return the exit status */
    static int run(CliContext ctx, String... args) {
        CommandLine cli = new CommandLine(new FlowbenchCli(ctx), factory(ctx));
        cli.setOut(new PrintWriter(ctx.out(), true));
        cli.setErr(new PrintWriter(ctx.err(), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            ctx.err().println("flowbench: " + message(e));
            return e instanceof IllegalArgumentException && !(e instanceof FlowDataException) ? ExitCodes.USAGE : ExitCodes.FAILED;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            ctx.err().println("flowbench: " + e.getMessage());
            e.getCommandLine().usage(ctx.err());
            return ExitCodes.USAGE;
        });
        return cli.execute(args);
    }

    private static String message(Exception e) {
        if (e instanceof CancellationException) {
            return "canceled";
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    private static CommandLine.IFactory factory(CliContext ctx) {
        CommandLine.IFactory fallback = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                for (var c : type.getDeclaredConstructors()) {
                    if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliContext.class) {
                        c.setAccessible(true);
                        return type.cast(c.newInstance(ctx));
                    }
                }
                return fallback.create(type);
            }
        };
    }

    /** The version, from the bundle that holds this class. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            org.osgi.framework.Bundle b = org.osgi.framework.FrameworkUtil.getBundle(FlowbenchCli.class);
            return new String[] { b == null ? "Flowbench (version unknown outside OSGi)" : "Flowbench " + FlowbenchCommands.release(b.getVersion()) };
        }
    }
}
