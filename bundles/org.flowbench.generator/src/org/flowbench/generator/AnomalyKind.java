package org.flowbench.generator;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of anomaly that the generator can mix into any scenario. */
public enum AnomalyKind {

    /** One host probes one target on at least 1000 distinct TCP ports with single SYN packets within a few minutes. */
    PORT_SCAN("port-scan", "Port scan"),

    /** Many hosts flood one destination for about ten minutes: the peak of bytes over time. */
    VOLUMETRIC_BURST("volumetric-burst", "Volumetric burst"),

    /** One internal host uploads moderate amounts to one external host, steadily, over several hours. */
    SLOW_EXFILTRATION("slow-exfiltration", "Slow exfiltration");

    private final String id;
    private final String displayName;

    AnomalyKind(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** @return the stable id used in settings and on the command line, such as {@code port-scan} */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * @param id an id as {@link #id()} gives it, in any case
     * @throws IllegalArgumentException naming the known ids when there is no such kind
     */
    public static AnomalyKind byId(String id) {
        for (AnomalyKind kind : values()) {
            if (id != null && kind.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown anomaly '" + id + "'; known anomalies: "
                + Arrays.stream(values()).map(AnomalyKind::id).collect(Collectors.joining(", ")));
    }
}
