package org.flowbench.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Flowbench views inside an Eclipse IDE: the UI feature is installed from the freshly built
 * update site into the IDE-like product (the IDE application, resources, Project Explorer, p2;
 * no Flowbench) with the IDE's own p2 director, as an IDE user would install it headless. Then
 * the IDE is started with a test driver ({@code org.flowbench.ide.driver}, added to the
 * installation only here) that puts a generated flow file into a workspace project, chooses "Open
 * in Flowbench" in the file's context menu in the Project Explorer and saves a screenshot
 * ({@code target/smoke/ide.png}) once the Traffic over time view shows the file.
 */
class IdeInstallIT {

    private static final Pattern GENERATED = Pattern.compile("Generated (\\d+) flows");

    private final Path ide = RunningProcess.directory("flowbench.ide.dir");
    private final Path site = RunningProcess.directory("flowbench.site.dir");
    private final Path felix = RunningProcess.directory("flowbench.felix.dir");
    private final Path output = RunningProcess.directory("flowbench.output.dir");

    @TempDir
    Path dir;

    @Test
    void theUiFeatureInstallsIntoTheIdeAndAWorkspaceFileOpensInItsViews() throws Exception {
        Path home = dir.resolve("ide");
        CommandRun.copyTree(ide, home);
        assertFalse(bundlesInfo(home).contains("org.flowbench."), "the IDE-like product has no Flowbench before the install");

        CommandRun install = eclipse(home, List.of(), "-application", "org.eclipse.equinox.p2.director", "-repository", site.toUri().toString(),
                "-installIU", "org.flowbench.ui.feature.feature.group");
        assertEquals(0, install.status(), install.out() + install.err());
        String bundles = bundlesInfo(home);
        for (String b : List.of("org.flowbench.ui,", "org.flowbench.ui.charts,", "org.flowbench.ui.tables,", "org.flowbench.ui.ide,",
                "org.flowbench.analysis,")) {
            assertTrue(bundles.contains("\n" + b), b + " is installed");
        }
        assertFalse(bundles.contains("org.flowbench.ui.app,"), "the views do not bring the workbench application along");
        addDriver(home);

        Path flows = dir.resolve("capture.flows");
        CommandRun generate = run(List.of(felix.resolve("flowbench").toString(), "generate", "--flows", "60000", "--seed", "5", "--anomalies", "all",
                "--out", flows.toString()));
        assertEquals(0, generate.status(), generate.err());
        Matcher generated = GENERATED.matcher(generate.out());
        assertTrue(generated.find(), generate.out());

        Files.createDirectories(output);
        Files.deleteIfExists(output.resolve("result.txt"));
        Files.deleteIfExists(output.resolve("ide.png"));
        Path workspace = dir.resolve("workspace");
        CommandRun started = eclipse(home, List.of("-Dflowbench.ide.driver.out=" + output, "-Dflowbench.ide.driver.file=" + flows), "-data",
                workspace.toString());
        Path result = output.resolve("result.txt");
        assertTrue(Files.exists(result), "the driver reported nothing: " + started.out() + started.err() + log(workspace));
        List<String> seen = Files.readAllLines(result);

        assertTrue(seen.stream().noneMatch(l -> l.startsWith("error:")), seen + log(workspace));
        assertTrue(seen.contains("file: /traffic/capture.flows"), seen.toString());
        assertTrue(seen.stream().anyMatch(l -> l.matches("category: Flowbench: .*Traffic over Time.*")), "Window > Show View > Flowbench: " + seen);
        assertTrue(seen.stream().anyMatch(l -> l.startsWith("menu: ") && l.contains("| Open in Flowbench")), seen.toString());
        assertTrue(seen.contains("dataset: capture.flows, " + generated.group(1) + " flows, view: org.flowbench.ui.charts.trafficOverTime"),
                seen.toString());
        assertTrue(Files.size(output.resolve("ide.png")) > 10_000, "a screenshot of the IDE with the view");
        assertFalse(Pattern.compile("(?m)^!ENTRY \\S+ 4 ").matcher(log(workspace)).find(), "errors in the IDE's log" + log(workspace));
    }

    private static String bundlesInfo(Path home) throws IOException {
        return Files.readString(home.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
    }

    /** The test driver, into the plug-ins the IDE starts with (not through p2: it is no part of Flowbench). */
    private static void addDriver(Path home) throws IOException {
        Path jar;
        try (Stream<Path> files = Files.list(RunningProcess.directory("flowbench.ide.driver.dir"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("org\\.flowbench\\.ide\\.driver-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("the driver bundle was not built"));
        }
        // simpleconfigurator installs a line only when its version is the bundle's own
        String bundleVersion;
        try (JarFile j = new JarFile(jar.toFile())) {
            bundleVersion = j.getManifest().getMainAttributes().getValue("Bundle-Version");
        }
        String name = "org.flowbench.ide.driver_" + bundleVersion + ".jar";
        Files.copy(jar, home.resolve("plugins").resolve(name));
        Files.writeString(home.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"),
                "org.flowbench.ide.driver," + bundleVersion + ",plugins/" + name + ",4,false\n", StandardOpenOption.APPEND);
    }

    /** The IDE's launcher jar on this test's own Java (21 or newer), with system properties and arguments. */
    private CommandRun eclipse(Path home, List<String> properties, String... args) throws Exception {
        Path launcher;
        try (Stream<Path> jars = Files.list(home.resolve("plugins"))) {
            launcher = jars.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar")).findFirst()
                    .orElseThrow();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED"));
        command.addAll(properties);
        command.addAll(List.of("-jar", launcher.toString(), "-nosplash"));
        command.addAll(List.of(args));
        return run(command);
    }

    private CommandRun run(List<String> command) throws Exception {
        return CommandRun.of(command, dir, Duration.ofMinutes(4));
    }

    private static String log(Path workspace) throws IOException {
        Path log = workspace.resolve(".metadata/.log");
        return Files.exists(log) ? "\nIDE log:\n" + Files.readString(log) : "";
    }

}
