package org.flowbench.ui.tables.internal.insights;

import java.util.List;

import org.flowbench.generator.AnomalyKind;
import org.flowbench.model.IpAddress;
import org.flowbench.model.TimeRange;

/**
 * One conclusion drawn from the data, placed in time and on hosts, with the view that shows it.
 *
 * @param kind     what kind of conclusion
 * @param text     one line for people
 * @param time     when; null when it is about the whole selection
 * @param hosts    the hosts involved, the acting one first; may be empty
 * @param link     where a double-click takes the user
 * @param label    for {@link Kind#LABELLED}: the generator's anomaly; null otherwise
 * @param evidence for {@link Kind#LABELLED}: the detection that found it, null when none did
 */
public record Insight(Kind kind, String text, TimeRange time, List<IpAddress> hosts, Link link, AnomalyKind label, Insight evidence) {

    /** The kinds of insight, in the order the view lists them. */
    public enum Kind {
        BUSIEST_HOUR("Busiest hour"), QUIETEST_HOUR("Quietest hour"), TOP_TALKER("Top talker"), TOP_DESTINATION("Top destination"),
        LABELLED("Labelled anomaly"), VOLUMETRIC_BURST("Volumetric burst"), PORT_SCAN("Port scan"),
        SLOW_EXFILTRATION("Slow exfiltration"), SPIKE("Spike"), NOTE("Note");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** The view that shows an insight, and how the selection is set for it. */
    public enum Link {
        /** Selects the insight's time range; shows Traffic over time. */
        TRAFFIC_OVER_TIME("Traffic over time"),
        /** Picks the first host as sender; shows Top talkers. */
        TOP_TALKERS("Top talkers"),
        /** Picks the first host as receiver; shows Top destinations. */
        TOP_DESTINATIONS("Top destinations"),
        /** Selects the time range and picks the first host as sender; shows the Flows. */
        FLOWS("Flows"),
        NONE("");

        private final String title;

        Link(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public Insight {
        hosts = List.copyOf(hosts);
    }

    static Insight of(Kind kind, String text, TimeRange time, List<IpAddress> hosts, Link link) {
        return new Insight(kind, text, time, hosts, link, null, null);
    }

    /** @return whether this is a labelled anomaly that a detector found */
    public boolean found() {
        return kind == Kind.LABELLED && evidence != null;
    }
}
