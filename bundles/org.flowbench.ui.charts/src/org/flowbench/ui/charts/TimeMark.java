package org.flowbench.ui.charts;

import java.util.Objects;

import org.flowbench.model.TimeRange;

/**
 * A labelled stretch of time that a {@link TimeSeriesChart} marks, such as a known anomaly.
 *
 * @param range when
 * @param label a short text shown with the mark, e.g. "Port scan"
 */
public record TimeMark(TimeRange range, String label) {

    public TimeMark {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(label, "label");
    }
}
