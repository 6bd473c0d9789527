package org.flowbench.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The Felix assembly starts with one command and its Flowbench components become active. */
class FelixRuntimeIT {

    private final Path felix = RunningProcess.directory("flowbench.felix.dir");
    private final Path output = RunningProcess.directory("flowbench.output.dir");

    @Test
    void flowbenchComponentsAreActiveAndCommandsAnswer() throws Exception {
        List<String> components = declaredFlowbenchComponents();
        assertFalse(components.isEmpty(), "the Flowbench bundles in " + felix + "/bundle declare no DS component");

        try (RunningProcess shell = new RunningProcess(List.of("sh", felix.resolve("flowbench-felix").toString()), felix,
                output.resolve("felix.out"))) {
            assertTrue(shell.awaitOutput(o -> o.contains("g! "), Duration.ofSeconds(60)), "no Gogo prompt:\n" + shell.output());

            // The components are activated asynchronously; ask until all are ACTIVE or time runs out.
            boolean allActive = false;
            for (int attempt = 0; attempt < 30 && !allActive; attempt++) {
                int before = shell.output().length();
                shell.send("scr:list");
                shell.awaitOutput(o -> o.length() > before && o.endsWith("g! "), Duration.ofSeconds(5));
                String answer = shell.output().substring(before);
                allActive = components.stream().allMatch(c -> isActive(answer, c));
                if (!allActive) {
                    Thread.sleep(500);
                }
            }
            assertTrue(allActive, "not every Flowbench component became ACTIVE: " + components + "\n" + shell.output());

            int before = shell.output().length();
            shell.send("flowbench:version");
            String release = System.getProperty("flowbench.release");
            assertTrue(shell.awaitOutput(o -> o.substring(before).contains("Flowbench " + release + " (build v"), Duration.ofSeconds(10)),
                    "flowbench:version did not name release " + release + ":\n" + shell.output().substring(before));

            // the command line's commands, typed into the shell
            int listed = shell.output().length();
            shell.send("flowbench:list");
            assertTrue(shell.awaitOutput(o -> o.substring(listed).contains("top-talkers") && o.substring(listed).contains("csv-seed"),
                    Duration.ofSeconds(10)), "flowbench:list did not list the analyses and readers:\n" + shell.output().substring(listed));

            shell.send("stop 0");
            assertEquals(0, shell.awaitExit(Duration.ofSeconds(30)), "Felix did not stop cleanly:\n" + shell.output());
        }
    }

    /** Felix SCR's scr:list prints "NAME in bundle N (BSN:VERSION) enabled, 1 instance." and then "Id: K, State:ACTIVE". */
    private static boolean isActive(String scrList, String component) {
        Matcher m = Pattern.compile(Pattern.quote(component) + " in bundle \\d+ \\([^)]*\\) enabled, \\d+ instances?\\.\\s+Id: \\d+, State:(\\w+)")
                .matcher(scrList);
        return m.find() && m.group(1).equals("ACTIVE");
    }

    /** The component names that the Flowbench bundles themselves declare, read from their jars. */
    private List<String> declaredFlowbenchComponents() throws Exception {
        List<String> names = new ArrayList<>();
        try (Stream<Path> jars = Files.list(felix.resolve("bundle"))) {
            for (Path jar : jars.filter(p -> p.getFileName().toString().startsWith("org.flowbench.")).toList()) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    String header = file.getManifest().getMainAttributes().getValue("Service-Component");
                    if (header == null) {
                        continue;
                    }
                    for (String entry : header.split(",")) {
                        try (InputStream in = file.getInputStream(file.getEntry(entry.trim()))) {
                            names.add(componentName(in));
                        }
                    }
                }
            }
        }
        return names;
    }

    private static String componentName(InputStream xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element root = factory.newDocumentBuilder().parse(xml).getDocumentElement();
            return root.getAttribute("name");
        } catch (Exception e) {
            throw new IOException("unreadable component description", e);
        }
    }
}
