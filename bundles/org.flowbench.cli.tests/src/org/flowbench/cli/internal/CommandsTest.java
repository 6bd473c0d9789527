package org.flowbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;

/** generate, convert, info, list, and the services the launcher and the Gogo shell use. */
class CommandsTest {

    @TempDir
    Path dir;

    @Test
    void generateConvertAndAnalyzeAgree() throws Exception {
        Path csv = dir.resolve("g.csv");
        Cli.Run gen = Cli.run("generate", "--scenario", "uniform", "--flows", "2k", "--seed", "7", "--duration", "1h", "--out", csv.toString());
        assertEquals(ExitCodes.OK, gen.status(), gen.err());
        assertTrue(gen.out().contains("Generated 2000 flows"), gen.out());

        Path flows = dir.resolve("g.flows");
        Cli.Run convert = Cli.run("convert", "--input", csv.toString(), "--out", flows.toString());
        assertEquals(ExitCodes.OK, convert.status(), convert.err());
        assertTrue(Files.size(flows) > 0);

        // the full CSV keeps every field, so both files give the same answers
        for (String analysis : new String[] { "top-talkers", "conversations", "protocol-mix", "bytes-over-time" }) {
            Cli.Run a = Cli.run("analyze", "--analysis", analysis, "--input", csv.toString(), "--format", "csv");
            Cli.Run b = Cli.run("analyze", "--analysis", analysis, "--input", flows.toString(), "--format", "csv");
            assertEquals(ExitCodes.OK, a.status(), a.err());
            assertEquals(a.out(), b.out(), analysis);
        }

        Cli.Run info = Cli.run("info", "--input", flows.toString());
        assertEquals(ExitCodes.OK, info.status(), info.err());
        assertTrue(info.out().contains("Flows:           2000"), info.out());
        assertTrue(info.out().contains("First start:     2026-01-05T00:"), info.out());
    }

    @Test
    void generatePrintsTheLabelledAnomalies() throws Exception {
        Path out = dir.resolve("a.flows");
        Cli.Run gen = Cli.run("generate", "--flows", "20000", "--anomalies", "port-scan,slow-exfiltration", "--out", out.toString());
        assertEquals(ExitCodes.OK, gen.status(), gen.err());
        assertTrue(gen.out().contains("port-scan 2026-01-05T"), gen.out());
        assertTrue(gen.out().contains("slow-exfiltration 2026-01-05T"), gen.out());
        Cli.Run bad = Cli.run("generate", "--anomalies", "meteor", "--out", out.toString());
        assertEquals(ExitCodes.USAGE, bad.status());
        assertTrue(bad.err().contains("meteor"), bad.err());
    }

    @Test
    void seedCsvFormatWritesTheSeedLayout() throws Exception {
        Path csv = dir.resolve("seed.csv");
        Cli.Run gen = Cli.run("generate", "--scenario", "uniform", "--flows", "10", "--format", "csv", "--out", csv.toString());
        assertEquals(ExitCodes.OK, gen.status(), gen.err());
        String first = Files.readAllLines(csv).get(0);
        assertEquals("timestamp,source,destination,bytes", first);
        assertEquals(11, Files.readAllLines(csv).size());
    }

    @Test
    void listShowsTheBuiltInAnalysesAndFormats() {
        Cli.Run list = Cli.run("list");
        assertEquals(ExitCodes.OK, list.status(), list.err());
        for (String id : new String[] { "bytes-over-time", "top-talkers", "top-destinations", "conversations", "protocol-mix",
                "csv-seed", "csv-flow", "native" }) {
            assertTrue(list.out().contains(id), id + " missing from\n" + list.out());
        }
    }

    @Test
    void noCommandShowsUsageAndVersionNamesTheRelease() {
        Cli.Run none = Cli.run();
        assertTrue(none.out().contains("analyze") && none.out().contains("generate"), none.out());
        Version v = FrameworkUtil.getBundle(FlowbenchCli.class).getVersion();
        Cli.Run version = Cli.run("--version");
        assertEquals(ExitCodes.OK, version.status());
        assertEquals("Flowbench " + v.getMajor() + "." + v.getMinor() + "." + v.getMicro() + " (build " + v.getQualifier() + ")",
                version.out().strip());
        assertEquals("1.2.3", FlowbenchCommands.release(new Version(1, 2, 3)));
    }

    /** The launcher finds the command line as a Function, the Gogo shell by the command properties. */
    @Test
    @SuppressWarnings("unchecked")
    void commandsArePublishedForTheLauncherAndTheShell() throws Exception {
        assertNotNull(Cli.service(FlowbenchCommands.class));
        BundleContext context = FrameworkUtil.getBundle(CommandsTest.class).getBundleContext();
        Collection<ServiceReference<Function>> launcher = context.getServiceReferences(Function.class, "(flowbench.cli=main)");
        assertEquals(1, launcher.size());
        ServiceReference<?> ref = launcher.iterator().next();
        assertEquals("flowbench", ref.getProperty("osgi.command.scope"));
        assertTrue(java.util.List.of((String[]) ref.getProperty("osgi.command.function")).containsAll(
                java.util.List.of("version", "generate", "analyze", "convert", "info", "list")));
        Integer status = ((Function<String[], Integer>) context.getService(ref)).apply(new String[] { "analyze" });
        assertEquals(ExitCodes.USAGE, status);
    }
}
