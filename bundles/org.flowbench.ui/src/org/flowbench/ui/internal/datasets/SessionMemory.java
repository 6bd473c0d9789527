package org.flowbench.ui.internal.datasets;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.GeneratorSettings;
import org.flowbench.ui.FlowbenchUi;
import org.osgi.service.prefs.BackingStoreException;

/**
 * What the workbench remembers between sessions about datasets, in the instance preferences:
 * recent files, the open datasets, whether the first start has happened.
 */
class SessionMemory {

    private static final String RECENT = "recentFiles";
    private static final String OPEN = "openDatasets";
    private static final String STARTED = "firstStartDone";

    IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(FlowbenchUi.PLUGIN_ID);
    }

    List<Path> recentFiles() {
        return lines(RECENT).stream().map(Path::of).toList();
    }

    void addRecentFile(Path file, int keep) {
        List<String> files = new ArrayList<>(lines(RECENT));
        String entry = file.toAbsolutePath().toString();
        files.remove(entry);
        files.add(0, entry);
        setLines(RECENT, files.subList(0, Math.min(keep, files.size())));
    }

    List<String> openDatasets() {
        return lines(OPEN);
    }

    void setOpenDatasets(List<String> entries) {
        setLines(OPEN, entries);
    }

    boolean isFirstStart() {
        return !node().getBoolean(STARTED, false);
    }

    void firstStartDone() {
        node().putBoolean(STARTED, true);
        flush();
    }

    private List<String> lines(String key) {
        String value = node().get(key, "");
        return value.isEmpty() ? List.of() : List.of(value.split("\n"));
    }

    private void setLines(String key, List<String> values) {
        node().put(key, String.join("\n", values));
        flush();
    }

    private void flush() {
        try {
            node().flush();
        } catch (BackingStoreException e) {
            // the session will not be remembered; nothing the user can do about it now
        }
    }

    /** @return "scenario|flows|seed|start|duration|anomaly,anomaly" */
    static String encode(GeneratorSettings s) {
        return String.join("|", s.scenarioId(), Long.toString(s.flows()), Long.toString(s.seed()), s.start().toString(),
                s.duration().toString(), s.anomalies().stream().map(AnomalyKind::id).collect(Collectors.joining(",")));
    }

    static Optional<GeneratorSettings> settings(String encoded) {
        String[] f = encoded.split("\\|", -1);
        try {
            Set<AnomalyKind> anomalies = EnumSet.noneOf(AnomalyKind.class);
            if (!f[5].isEmpty()) {
                Arrays.stream(f[5].split(",")).map(AnomalyKind::byId).forEach(anomalies::add);
            }
            return Optional.of(new GeneratorSettings(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), Instant.parse(f[3]),
                    Duration.parse(f[4]), anomalies));
        } catch (RuntimeException e) {
            return Optional.empty(); // settings from another version: not worth failing the start for
        }
    }
}
