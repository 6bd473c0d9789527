package org.flowbench.analysis;

import java.util.Locale;

/**
 * The few shapes a result can have, so that one generic view or printer can show any analysis,
 * including those that plugins contribute.
 */
public enum ResultKind {
    /** Values per time bucket: {@link TimeSeries}. */
    TIME_SERIES,
    /** Keys ordered by a value, with the rest summed up: {@link Ranking}. */
    RANKING,
    /** Rows of typed columns, such as a matrix of address pairs: {@link Table}. */
    TABLE,
    /** Things found, each with a time and hosts: {@link Findings}. */
    FINDINGS;

    /** @return the name used in plugin.xml and on the command line, e.g. "time-series" */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException listing the known ids when the text is none of them */
    public static ResultKind fromId(String id) {
        for (ResultKind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown result kind '" + id + "' (time-series, ranking, table, findings)");
    }
}
