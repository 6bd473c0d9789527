package org.flowbench.ui.charts.internal;

import java.util.function.DoubleFunction;

import org.flowbench.analysis.TimeSeries;
import org.flowbench.ui.FlowbenchPreferences;
import org.flowbench.ui.TrafficUnits;

/** What traffic over time shows per bucket: a volume, a count, or a rate. */
public enum TrafficMetric {
    BYTES("bytes"), PACKETS("packets"), FLOWS("flows"), BITS_PER_SECOND("bits");

    private final String id;

    TrafficMetric(String id) {
        this.id = id;
    }

    /** @return the value of the metric command's radio state */
    public String id() {
        return id;
    }

    /** @return the metric with this radio state value, bytes for unknown ones */
    public static TrafficMetric of(String id) {
        for (TrafficMetric m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        return BYTES;
    }

    /** @return the bytes-over-time analysis' "metric" parameter */
    public String analysisMetric() {
        return this == BITS_PER_SECOND ? "bytes" : id;
    }

    /** @return the value axis title, e.g. "Bytes per 1 min" or "Bits per second (1 min buckets)" */
    public String title(long bucketMicros) {
        String bucket = ValueFormats.duration(bucketMicros);
        return switch (this) {
        case BYTES -> (FlowbenchPreferences.bits() ? "Bits" : "Bytes") + " per " + bucket;
        case PACKETS -> "Packets per " + bucket;
        case FLOWS -> "Flows per " + bucket;
        case BITS_PER_SECOND -> "Bits per second (" + bucket + " buckets)";
        };
    }

    /** @return the values to draw: the bucket sums, in bits for bits, or as an average rate */
    public double[] values(TimeSeries series) {
        double[] v = new double[series.size()];
        double factor = switch (this) {
        case BYTES -> FlowbenchPreferences.bits() ? 8 : 1;
        case BITS_PER_SECOND -> 8 / (series.bucketMicros() / 1e6);
        default -> 1;
        };
        for (int i = 0; i < v.length; i++) {
            v[i] = series.values()[i] * factor;
        }
        return v;
    }

    /** @return how the values read */
    public DoubleFunction<String> format() {
        return switch (this) {
        case BYTES -> FlowbenchPreferences.bits() ? TrafficUnits::bits : TrafficUnits::bytes;
        case BITS_PER_SECOND -> v -> TrafficUnits.bits(v) + "/s";
        default -> ValueFormats::count;
        };
    }
}
