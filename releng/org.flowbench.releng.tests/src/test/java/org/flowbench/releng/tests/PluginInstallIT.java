package org.flowbench.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third party's analysis installed into the packaged workbench the way a user installs it: the
 * product, as the build materialized it, gets the example feature from the freshly built update
 * site (its zip) with the p2 director it carries ({@code flowbench-install}); then its own
 * {@code flowbench} command, started headless, lists the analysis and finds the port scan that
 * the generator labelled.
 */
class PluginInstallIT {

    private static final String FEATURE = "org.flowbench.portscan.feature";
    /** "  port-scan 2026-01-05T01:18:17Z .. 2026-01-05T01:20:51Z from 10.10.1.37 to 10.20.0.81" */
    private static final Pattern LABEL = Pattern.compile("port-scan (\\S+) \\.\\. (\\S+) from (\\S+) to (\\S+)");

    private final Path product = RunningProcess.directory("flowbench.product.dir");
    private final Path site = RunningProcess.directory("flowbench.site.dir");

    @TempDir
    Path dir;

    @Test
    void theExampleAnalysisInstallsFromTheSiteAndFindsTheLabelledScan() throws Exception {
        assertFalse(hasPortscanBundle(product), "the example plugin is not in the product until installed");
        Path home = dir.resolve("flowbench");
        CommandRun.copyTree(product, home);

        CommandRun before = run(home, "flowbench", "list");
        assertEquals(0, before.status(), before.err());
        assertFalse(before.out().contains(" scans "), before.out());

        CommandRun install = run(home, "flowbench-install", siteZip().toString(), FEATURE);
        assertEquals(0, install.status(), install.out() + install.err());
        assertTrue(hasPortscanBundle(home), "p2 put the bundle into the product's plugins folder");

        CommandRun after = run(home, "flowbench", "list");
        assertEquals(0, after.status(), after.err());
        assertTrue(after.out().matches("(?s).*\\n  scans +Port scans and host sweeps +findings +org\\.flowbench\\.analysis\\.portscan\\n.*"),
                after.out());

        Path flows = dir.resolve("day.flows");
        CommandRun generate = run(home, "flowbench", "generate", "--flows", "200000", "--seed", "11", "--anomalies", "port-scan", "--out",
                flows.toString());
        assertEquals(0, generate.status(), generate.err());
        Matcher label = LABEL.matcher(generate.out());
        assertTrue(label.find(), generate.out());

        CommandRun scans = run(home, "flowbench", "analyze", "--analysis", "scans", "--input", flows.toString(), "--format", "csv");
        assertEquals(0, scans.status(), scans.err());
        String[] lines = scans.out().split("\n");
        assertEquals("from,to,severity,hosts,summary", lines[0]);
        String[] first = lines[1].split(",", 5);
        assertEquals("alert", first[2], scans.out());
        assertEquals(label.group(3) + " " + label.group(4), first[3], "the labelled scanner and target, in that order");
        // the label prints whole seconds: its end is rounded up to the next one
        Instant from = Instant.parse(label.group(1));
        Instant to = Instant.parse(label.group(2)).plusSeconds(1);
        assertFalse(Instant.parse(first[0]).isBefore(from), lines[1] + " starts before the label " + label.group());
        assertFalse(Instant.parse(first[1]).isAfter(to), lines[1] + " ends after the label " + label.group());
    }

    private Path siteZip() throws IOException {
        try (Stream<Path> files = Files.list(site.getParent())) {
            return files.filter(p -> p.getFileName().toString().matches("flowbench-site-.*\\.zip")).findFirst()
                    .orElseThrow(() -> new AssertionError("no site zip beside " + site));
        }
    }

    private static boolean hasPortscanBundle(Path home) throws IOException {
        try (Stream<Path> plugins = Files.list(home.resolve("plugins"))) {
            return plugins.anyMatch(p -> p.getFileName().toString().startsWith("org.flowbench.analysis.portscan_"));
        }
    }

    private CommandRun run(Path home, String script, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve(script).toString()));
        command.addAll(List.of(args));
        return CommandRun.of(command, dir, Duration.ofMinutes(3));
    }

}
