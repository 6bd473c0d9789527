package org.flowbench.analysis.internal.builtin;

import static org.flowbench.analysis.tests.Results.assertSeries;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.Durations;
import org.flowbench.analysis.TimeSeries;
import org.flowbench.analysis.tests.BuiltIns;
import org.flowbench.analysis.tests.Dataset;
import org.flowbench.analysis.tests.Expected;
import org.flowbench.analysis.tests.QueryCase;
import org.flowbench.analysis.tests.RandomFlows;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** bytes-over-time against per-bucket sums computed from the plain list of flows. */
class TrafficOverTimeRandomTest {

    private static final String[] METRICS = { "bytes", "packets", "flows" };
    private static final int[] RESOLUTIONS = { 1, 7, 100, 1440 };
    private static final String[] BUCKETS = { "250ms", "7s", "1m", "1h", "1d" };

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyBucketIsTheSumOfTheFlowsStartingInIt(long seed) {
        RandomFlows shape = new RandomFlows(seed);
        Dataset data = new Dataset().addAll(shape.flows(1500 + (int) (seed * 7919 % 2500)));
        List<FlowRecord> all = data.flows();
        SplittableRandom random = new SplittableRandom(seed);
        for (QueryCase c : QueryCase.of(data, shape, seed)) {
            for (String metric : METRICS) {
                int resolution = RESOLUTIONS[random.nextInt(RESOLUTIONS.length)];
                String bucket = bucketFor(all, random);
                TimeSeries roundWidth = Expected.timeSeries(all, c.range(), c.filter().naive(), metric, 0, resolution);
                TimeSeries explicit = Expected.timeSeries(all, c.range(), c.filter().naive(), metric, Durations.parseMicros(bucket), resolution);
                for (FlowSnapshot flows : data.snapshots()) {
                    AnalysisQuery q = c.query(flows).withResolution(resolution).withParameter("metric", metric);
                    String context = "seed " + seed + ", " + c + ", " + metric + ", " + flows.segmentCount() + " segments";
                    assertSeries(roundWidth, (TimeSeries) BuiltIns.registry().compute("bytes-over-time", q, Progress.NONE),
                            context + ", resolution " + resolution);
                    assertSeries(explicit, (TimeSeries) BuiltIns.registry().compute("bytes-over-time", q.withParameter("bucket", bucket), Progress.NONE),
                            context + ", bucket " + bucket);
                }
            }
        }
    }

    /** @return a bucket width that cuts the data into at most some thousands of buckets */
    private static String bucketFor(List<FlowRecord> all, SplittableRandom random) {
        long first = all.stream().mapToLong(r -> r.startMicros).min().orElseThrow();
        long last = all.stream().mapToLong(r -> r.endMicros).max().orElseThrow();
        while (true) {
            String b = BUCKETS[random.nextInt(BUCKETS.length)];
            if ((last - first) / Durations.parseMicros(b) < 5000) {
                return b;
            }
        }
    }
}
