package org.flowbench.cli.internal;

import java.util.function.Function;

import org.flowbench.analysis.AnalysisRegistry;
import org.flowbench.io.FlowFormats;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Flowbench commands, offered twice from one component:
 * <ul>
 * <li>to the Apache Felix Gogo shell ({@code flowbench:analyze --analysis top-talkers --input f.csv},
 * ...), which finds commands by the {@code osgi.command.*} service properties, so this bundle needs
 * no Gogo API;</li>
 * <li>to the {@code flowbench} launcher, as a {@code Function<String[], Integer>} (arguments to exit
 * status) with the property {@code flowbench.cli=main}: a JDK type, so the launcher outside the
 * framework shares no class with the bundles.</li>
 * </ul>
 * Immediate, so that the shell and {@code scr:list} see it at once.
 */
@Component(service = { FlowbenchCommands.class, Function.class }, immediate = true, property = {
        "osgi.command.scope=flowbench",
        "osgi.command.function=version",
        "osgi.command.function=generate",
        "osgi.command.function=analyze",
        "osgi.command.function=convert",
        "osgi.command.function=info",
        "osgi.command.function=list",
        "flowbench.cli=main" })
public final class FlowbenchCommands implements Function<String[], Integer> {

    private final BundleContext context;
    private final AnalysisRegistry analyses;
    private final FlowFormats formats;

    @Activate
    public FlowbenchCommands(BundleContext context, @Reference AnalysisRegistry analyses, @Reference FlowFormats formats) {
        this.context = context;
        this.analyses = analyses;
        this.formats = formats;
    }

    /** The launcher's entry: runs one command line, returns the exit status. */
    @Override
    public Integer apply(String[] args) {
        return FlowbenchCli.run(new CliContext(analyses, formats, System.out, System.err, System.console() != null), args);
    }

    /** {@code flowbench:version}: the Flowbench release and build, the Java and the OSGi framework. */
    public String version() {
        Bundle self = context.getBundle();
        Bundle framework = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        return "Flowbench " + release(self.getVersion()) + " on Java " + System.getProperty("java.version") + ", "
                + framework.getSymbolicName() + " " + framework.getVersion();
    }

    public void generate(String... args) {
        shell("generate", args);
    }

    public void analyze(String... args) {
        shell("analyze", args);
    }

    public void convert(String... args) {
        shell("convert", args);
    }

    public void info(String... args) {
        shell("info", args);
    }

    public void list(String... args) {
        shell("list", args);
    }

    private void shell(String command, String[] args) {
        String[] all = new String[args.length + 1];
        all[0] = command;
        System.arraycopy(args, 0, all, 1, args.length);
        int status = FlowbenchCli.run(new CliContext(analyses, formats, System.out, System.err, false), all);
        if (status != ExitCodes.OK) {
            System.err.println("flowbench:" + command + " ended with status " + status);
        }
    }

    /** @return "0.1.0 (build v20261128-1200)", or "0.1.0" without a build qualifier */
    static String release(Version v) {
        String release = v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
        return v.getQualifier().isEmpty() ? release : release + " (build " + v.getQualifier() + ")";
    }
}
