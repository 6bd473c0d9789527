package org.flowbench.ui.tables.internal.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.flowbench.analysis.TimeSeries;
import org.flowbench.model.TimeRange;

/**
 * A run of consecutive spike buckets of a time series: one event, however many minutes it lasts.
 *
 * @param time  from the start of the first bucket to the end of the last
 * @param peak  the largest bucket value
 * @param total the sum of the bucket values
 */
public record Episode(TimeRange time, long peak, long total) {

    /** @return the runs of spikes of the series by the rule, largest peak first */
    public static List<Episode> of(TimeSeries series, SpikeRule rule) {
        boolean[] spike = rule.spikes(series.values());
        List<Episode> episodes = new ArrayList<>();
        for (int i = 0; i < spike.length; i++) {
            if (!spike[i]) {
                continue;
            }
            int from = i;
            long peak = 0;
            long total = 0;
            while (i < spike.length && spike[i]) {
                peak = Math.max(peak, series.values()[i]);
                total += series.values()[i];
                i++;
            }
            episodes.add(new Episode(new TimeRange(series.bucketStart(from), series.bucketStart(i)), peak, total));
        }
        episodes.sort(Comparator.comparingLong(Episode::peak).reversed());
        return episodes;
    }
}
