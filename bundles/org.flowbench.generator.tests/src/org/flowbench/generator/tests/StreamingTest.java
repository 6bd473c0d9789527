package org.flowbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.GeneratorSettings;
import org.flowbench.generator.GroundTruth;
import org.flowbench.generator.TrafficGenerator;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSink;
import org.flowbench.model.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StreamingTest {

    /** Counts flows and checks them as they pass; keeps nothing. */
    private static final class CountingSink implements FlowSink {
        long count;
        long bytes;
        long lastStart = Long.MIN_VALUE;
        boolean ordered = true;
        FlowRecord instance;
        boolean sameInstance = true;

        @Override
        public void accept(FlowRecord flow) {
            if (instance == null) {
                instance = flow;
            }
            sameInstance &= flow == instance;
            ordered &= flow.startMicros >= lastStart;
            lastStart = flow.startMicros;
            bytes += flow.bytes;
            count++;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "office-day", "uniform" })
    void millionsOfFlowsStreamThroughACountingSinkWithoutAllocationPerFlow(String scenario) {
        GeneratorSettings few = GeneratorSettings.defaults().withScenario(scenario).withFlows(300_000)
                .withAnomalies(AnomalyKind.values());
        GeneratorSettings many = few.withFlows(3_300_000);
        generate(few); // warm up, so that class loading is not counted below

        long before = allocatedBytes();
        CountingSink small = generate(few);
        long afterFew = allocatedBytes();
        CountingSink large = generate(many);
        long afterMany = allocatedBytes();

        assertEquals(300_000 + anomalyFlows(few), small.count);
        assertEquals(3_300_000 + anomalyFlows(many), large.count);
        assertTrue(large.sameInstance, "one record is reused for every flow");
        assertTrue(large.bytes > 0);
        if (scenario.equals("office-day")) {
            assertTrue(large.ordered, "office-day flows come in start order");
        }
        // three million flows more must not cost more memory than a byte each: nothing is kept or made per flow
        long extra = (afterMany - afterFew) - (afterFew - before);
        assertTrue(extra < 3_000_000, "allocated " + extra + " bytes more for 3,000,000 more flows");
    }

    @ParameterizedTest
    @CsvSource({ "0, 0", "1, 1", "2, 2", "5, 5", "65537, 65537" })
    void makesExactlyTheFlowsAskedForEvenOddOrNone(long flows, long expected) {
        for (String scenario : new String[] { "office-day", "uniform" }) {
            CountingSink sink = new CountingSink();
            GroundTruth truth = TrafficGenerator.generate(GeneratorSettings.defaults().withScenario(scenario).withFlows(flows),
                    sink, Progress.NONE);
            assertEquals(expected, sink.count, scenario);
            assertEquals(expected, truth.flows(), scenario);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = { 0, 3 })
    void anomaliesComeOnTopOfTheScenarioFlows(long flows) {
        CountingSink sink = new CountingSink();
        GroundTruth truth = TrafficGenerator.generate(GeneratorSettings.defaults().withFlows(flows)
                .withAnomalies(AnomalyKind.values()), sink, Progress.NONE);
        assertTrue(truth.anomalyFlows() > 1000, "a port scan alone has 1000 probes");
        assertEquals(flows + truth.anomalyFlows(), sink.count);
        assertTrue(sink.ordered);
    }

    private static CountingSink generate(GeneratorSettings settings) {
        CountingSink sink = new CountingSink();
        GroundTruth truth = TrafficGenerator.generate(settings, sink, Progress.NONE);
        assertEquals(truth.flows(), sink.count);
        return sink;
    }

    private static long anomalyFlows(GeneratorSettings settings) {
        return TrafficGenerator.generate(settings, f -> { }, Progress.NONE).anomalyFlows();
    }

    private static long allocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "this JVM counts the bytes each thread allocates");
        long bytes = threads.getCurrentThreadAllocatedBytes();
        assertTrue(bytes > 0, "allocated bytes: " + bytes);
        return bytes;
    }
}
