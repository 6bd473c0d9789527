package org.flowbench.analysis;

import java.util.List;

/**
 * Keys ordered by their first metric, largest first, with what did not make the top summed into
 * "other", and the total over all keys.
 *
 * @param title     e.g. "Top talkers by bytes"
 * @param keyLabel  what the keys are, e.g. "Source"
 * @param metrics   the metrics of every row, the first being the one ranked by
 * @param entries   the top entries
 * @param other     the metrics summed over every key not in {@code entries}
 * @param otherKeys how many keys that is
 * @param total     the metrics summed over all keys
 */
public record Ranking(String title, String keyLabel, List<Metric> metrics, List<Entry> entries, long[] other, long otherKeys,
        long[] total) implements AnalysisResult {

    /** A named column of numbers. */
    public record Metric(String name, Unit unit) {
    }

    /** One key and its metrics, in the order of {@link Ranking#metrics()}. */
    public record Entry(String key, long[] values) {
        public long value() {
            return values[0];
        }
    }

    public Ranking {
        metrics = List.copyOf(metrics);
        entries = List.copyOf(entries);
    }

    @Override
    public ResultKind kind() {
        return ResultKind.RANKING;
    }

    /** @return the entry's share of the total of the ranked metric, 0..1 */
    public double share(Entry e) {
        return total[0] == 0 ? 0 : (double) e.value() / total[0];
    }
}
