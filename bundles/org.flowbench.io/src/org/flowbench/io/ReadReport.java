package org.flowbench.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowbench.model.FlowDataException;

/**
 * What a reader did: the flows it read, the records it skipped, the problems it found (each naming
 * the source and the place) and named counters that some formats keep, e.g. "frames without IP".
 *
 * @param flowsRead         flows given to the sink
 * @param recordsSkipped    records that could not be read and were left out
 * @param problems          the first {@link #MAX_PROBLEMS} problems, in input order
 * @param problemsNotListed problems beyond those, only counted
 * @param counters          format-specific counts, in the order they were first counted
 */
public record ReadReport(long flowsRead, long recordsSkipped, List<FlowDataException> problems, long problemsNotListed,
        Map<String, Long> counters) {

    /** Problems kept with their text; a file with millions of bad records must not fill memory. */
    public static final int MAX_PROBLEMS = 100;

    public ReadReport {
        if (flowsRead < 0 || recordsSkipped < 0 || problemsNotListed < 0) {
            throw new IllegalArgumentException("negative count in a read report");
        }
        problems = List.copyOf(problems);
        counters = Collections.unmodifiableMap(new LinkedHashMap<>(counters));
    }

    /** @return the report of a read that found nothing wrong */
    public static ReadReport clean(long flowsRead) {
        return new ReadReport(flowsRead, 0, List.of(), 0, Map.of());
    }

    /** @return every problem found, listed or not */
    public long problemCount() {
        return problems.size() + problemsNotListed;
    }

    /** @return the counter's value, 0 when it was never counted */
    public long counter(String name) {
        return counters.getOrDefault(name, 0L);
    }

    /** @return one line for a status bar or a log, e.g. "1200 flows read, 3 records skipped (first: ...)" */
    public String summary() {
        StringBuilder sb = new StringBuilder().append(flowsRead).append(flowsRead == 1 ? " flow" : " flows").append(" read");
        if (recordsSkipped > 0) {
            sb.append(", ").append(recordsSkipped).append(recordsSkipped == 1 ? " record" : " records").append(" skipped");
        }
        counters.forEach((name, value) -> sb.append(", ").append(value).append(' ').append(name));
        if (!problems.isEmpty()) {
            sb.append(" (first problem: ").append(problems.get(0).getMessage()).append(')');
        }
        return sb.toString();
    }

    /** Collects a report while a reader works; not thread-safe, one per read. */
    public static final class Builder {

        private final String source;
        private long flowsRead;
        private long recordsSkipped;
        private final List<FlowDataException> problems = new ArrayList<>();
        private long problemsNotListed;
        private final Map<String, Long> counters = new LinkedHashMap<>();

        /** @param source the file name or other source that every problem names */
        public Builder(String source) {
            this.source = source;
        }

        public String source() {
            return source;
        }

        /** Counts one flow given to the sink. */
        public void flowRead() {
            flowsRead++;
        }

        /** Counts flows given to the sink, for readers that hand them over in batches. */
        public void addFlows(long count) {
            if (count < 0) {
                throw new IllegalArgumentException("negative flow count " + count);
            }
            flowsRead += count;
        }

        public long flowsRead() {
            return flowsRead;
        }

        /** Counts a record left out, with the reason. */
        public void skip(String place, String problem) {
            recordsSkipped++;
            problem(place, problem);
        }

        /** Notes a problem that did not cost a record (e.g. a repaired field). */
        public void problem(String place, String problem) {
            if (problems.size() < MAX_PROBLEMS) {
                // only the kept problems become exceptions: building a stack trace per bad record is costly
                problems.add(new FlowDataException(source, place, problem, flowsRead));
            } else {
                problemsNotListed++;
            }
        }

        /** Adds to a named counter. */
        public void count(String counter, long amount) {
            counters.merge(counter, amount, Long::sum);
        }

        public ReadReport build() {
            return new ReadReport(flowsRead, recordsSkipped, problems, problemsNotListed, counters);
        }
    }
}
