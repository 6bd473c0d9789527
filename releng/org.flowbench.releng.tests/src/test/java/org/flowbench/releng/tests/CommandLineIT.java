package org.flowbench.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code flowbench} command that the build produces, run as a user runs it: one process per
 * command, on the headless runtime's own bundles.
 */
class CommandLineIT {

    private final Path felix = RunningProcess.directory("flowbench.felix.dir");
    private final Path sources = RunningProcess.directory("flowbench.source.dir");

    @TempDir
    Path dir;

    private CommandRun flowbench(Path home, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("flowbench").toString()));
        command.addAll(List.of(args));
        return CommandRun.of(command, dir, Duration.ofMinutes(2));
    }

    @Test
    void topTalkersOfTheSeedCsvEqualTheHandMadeReference() throws Exception {
        Path data = sources.resolve("bundles/org.flowbench.cli.tests/data");
        CommandRun table = flowbench(felix, "analyze", "--analysis", "top-talkers", "--input", data.resolve("seed-small.csv").toString(), "--top", "3");
        assertEquals(0, table.status(), table.err());
        assertEquals(Files.readString(data.resolve("seed-small-top-talkers.txt")), table.out());
    }

    @Test
    void generateThenAnalyzeInSeparateProcesses() throws Exception {
        Path file = dir.resolve("day.flows");
        CommandRun gen = flowbench(felix, "generate", "--flows", "50000", "--seed", "3", "--anomalies", "all", "--out", file.toString());
        assertEquals(0, gen.status(), gen.err());
        assertTrue(gen.out().contains("volumetric-burst"), gen.out());
        CommandRun info = flowbench(felix, "info", "--input", file.toString());
        assertEquals(0, info.status(), info.err());
        assertTrue(info.out().contains("Format:          Flowbench flow store"), info.out());
        CommandRun json = flowbench(felix, "analyze", "--analysis", "bytes-over-time", "--input", file.toString(), "--format", "json", "-p",
                "bucket=1h");
        assertEquals(0, json.status(), json.err());
        assertTrue(json.out().contains("\"bucketMicros\": 3600000000"), json.out());
    }

    @Test
    void failuresSayWhatAndExitNonZero() throws Exception {
        CommandRun missing = flowbench(felix, "info", "--input", dir.resolve("absent.csv").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("absent.csv"), missing.err());
        Path garbage = dir.resolve("garbage.bin");
        Files.write(garbage, new byte[] { 0, 1, 2, 3, 4, 5, 6, 7 });
        CommandRun unknown = flowbench(felix, "analyze", "--analysis", "top-talkers", "--input", garbage.toString());
        assertEquals(1, unknown.status());
        assertTrue(unknown.err().contains("garbage.bin"), unknown.err());
        CommandRun usage = flowbench(felix, "analyse");
        assertEquals(2, usage.status());
    }

    /** A plugin's analyses appear in the command line when its bundle is dropped in: no other change. */
    @Test
    void aContributedAnalysisShowsUpWhenItsBundleIsAdded() throws Exception {
        Path home = dir.resolve("flowbench-felix");
        CommandRun.copyTree(felix, home);
        CommandRun before = flowbench(home, "list");
        assertFalse(before.out().contains("flow-size-classes"), before.out());

        Path extra;
        try (Stream<Path> jars = Files.list(RunningProcess.directory("flowbench.extra.bundle.dir"))) {
            extra = jars.filter(p -> p.getFileName().toString().matches("org\\.flowbench\\.analysis\\.extra\\.tests-.*\\.jar")).findFirst()
                    .orElseThrow();
        }
        Files.copy(extra, home.resolve("bundle").resolve(extra.getFileName()));
        CommandRun after = flowbench(home, "list");
        assertEquals(0, after.status(), after.err());
        assertTrue(after.out().contains("flow-size-classes"), after.out()); // through plugin.xml
        assertTrue(after.out().contains("long-flows"), after.out()); // as a DS service
        CommandRun run = flowbench(home, "analyze", "--analysis", "flow-size-classes", "--input",
                sources.resolve("bundles/org.flowbench.cli.tests/data/seed-small.csv").toString(), "--format", "csv");
        assertEquals(0, run.status(), run.err());
        // seed-small.csv by hand: 50; 100, 300, 700, 800; 1000, 2500, 3000, 4000; 12000 bytes
        assertEquals("""
                Size,Flows,Bytes
                < 100 B,1,50
                100 B - 1 KB,4,1900
                1 KB - 10 KB,4,10500
                10 KB - 100 KB,1,12000
                """, run.out());
    }

}
