package org.flowbench.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The build installed the UI feature from the freshly built update site into an empty p2 profile
 * (the director execution in this module's pom). Here: what p2 resolved is what the features
 * promise, and it is really on disk.
 */
class UpdateSiteInstallIT {

    private final Path install = RunningProcess.directory("flowbench.install.dir");
    private final Path sources = RunningProcess.directory("flowbench.source.dir");

    @Test
    void uiFeatureAndEverythingItNeedsAreInstalled() throws Exception {
        Set<String> installed = installedUnits();
        assertTrue(installed.contains("org.flowbench.ui.feature.feature.group"), installed.toString());
        assertTrue(installed.contains("org.flowbench.core.feature.feature.group"), "the UI feature includes the core feature");

        // Independent expectation: the plug-ins the feature files in the source tree list.
        List<String> promised = Stream.of("org.flowbench.ui.feature", "org.flowbench.core.feature")
                .flatMap(f -> featurePlugins(sources.resolve("features").resolve(f).resolve("feature.xml")).stream()).toList();
        assertFalse(promised.isEmpty());
        for (String plugin : promised) {
            assertTrue(installed.contains(plugin), plugin + " is not in the installed profile");
            assertTrue(jarInPlugins(plugin), plugin + " is not in " + install.resolve("plugins"));
        }
        // What the bundles require came from the site too.
        for (String dependency : List.of("org.eclipse.ui.workbench", "org.eclipse.swt", "org.apache.felix.scr")) {
            assertTrue(installed.contains(dependency), dependency + " was not resolved from the update site");
        }
    }

    @Test
    void theSiteHasTheFlowbenchCategory() throws Exception {
        Path site = RunningProcess.directory("flowbench.site.dir");
        assertTrue(Files.exists(site.resolve("content.jar")) || Files.exists(site.resolve("content.xml.xz")), "no p2 metadata in " + site);
        assertTrue(Files.exists(site.resolve("artifacts.jar")) || Files.exists(site.resolve("artifacts.xml.xz")), "no p2 artifacts in " + site);
        try (Stream<Path> features = Files.list(site.resolve("features"))) {
            assertEquals(List.of("org.flowbench.core.feature", "org.flowbench.portscan.feature", "org.flowbench.ui.feature"),
                    features.map(p -> p.getFileName().toString().replaceFirst("_.*", "")).filter(n -> n.startsWith("org.flowbench.")).sorted().toList(),
                    "the site holds the core and the UI feature, and the example extra analysis");
        }
    }

    private boolean jarInPlugins(String bundle) {
        try (Stream<Path> plugins = Files.list(install.resolve("plugins"))) {
            return plugins.anyMatch(p -> p.getFileName().toString().startsWith(bundle + "_"));
        } catch (Exception e) {
            return false;
        }
    }

    /** The installable units of the newest state of the test profile. */
    private Set<String> installedUnits() throws Exception {
        Path registry = install.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry/FlowbenchInstallTest.profile");
        Path newest;
        try (Stream<Path> states = Files.list(registry)) {
            newest = states.filter(p -> p.getFileName().toString().endsWith(".profile.gz")).max(Path::compareTo).orElseThrow(
                    () -> new AssertionError("no profile state in " + registry));
        }
        Set<String> units = new HashSet<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(newest))) {
            NodeList list = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("unit");
            for (int i = 0; i < list.getLength(); i++) {
                units.add(((Element) list.item(i)).getAttribute("id"));
            }
        }
        return units;
    }

    private static List<String> featurePlugins(Path featureXml) {
        try {
            NodeList list = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(featureXml.toFile()).getElementsByTagName("plugin");
            return java.util.stream.IntStream.range(0, list.getLength()).mapToObj(i -> ((Element) list.item(i)).getAttribute("id")).toList();
        } catch (Exception e) {
            throw new AssertionError("cannot read " + featureXml, e);
        }
    }
}
