package org.flowbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.flowbench.generator.GeneratorSettings;
import org.flowbench.generator.GroundTruth;
import org.flowbench.generator.TrafficGenerator;
import org.flowbench.model.FlowStore;
import org.flowbench.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures, does not judge: prints how long 10 million office-day flows take into a {@link FlowStore}
 * and what the store holds per flow. Timing depends on the machine, so nothing here asserts a time;
 * it runs only when asked for, with
 * {@code -Dtycho.testArgLine="-Dflowbench.measure=true"} on the Maven command line.
 */
@EnabledIfSystemProperty(named = "flowbench.measure", matches = "true")
class GeneratorThroughputTest {

    @Test
    void tenMillionOfficeDayFlowsIntoAStore() {
        GeneratorSettings settings = GeneratorSettings.defaults().withFlows(10_000_000);
        for (int round = 1; round <= 3; round++) {
            FlowStore store = new FlowStore();
            long started = System.nanoTime();
            GroundTruth truth = TrafficGenerator.generate(settings, store, Progress.NONE);
            double seconds = (System.nanoTime() - started) / 1e9;
            assertEquals(10_000_000, truth.flows());
            assertEquals(10_000_000, store.size());
            System.out.printf(Locale.ROOT, "[measure] round %d: %,d office-day flows into a FlowStore in %.2f s "
                    + "(%.0f ns/flow), %.1f bytes/flow in the store, %,d addresses%n", round, store.size(), seconds,
                    seconds * 1e9 / store.size(), (double) store.memoryBytes() / store.size(), store.addresses().size());
        }
        long[] count = { 0 };
        long started = System.nanoTime();
        TrafficGenerator.generate(settings, f -> count[0]++, Progress.NONE);
        System.out.printf(Locale.ROOT, "[measure] the same into a counting sink: %.2f s%n", (System.nanoTime() - started) / 1e9);
        assertEquals(10_000_000, count[0]);
    }
}
