package org.flowbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.flowbench.generator.internal.PendingFlows;
import org.flowbench.model.FlowRecord;
import org.junit.jupiter.api.Test;

class PendingFlowsTest {

    @Test
    void givesFlowsBackByStartThenInTheOrderAdded() {
        PendingFlows pending = new PendingFlows();
        SplittableRandom random = new SplittableRandom(8);
        List<FlowRecord> expected = new ArrayList<>();
        List<FlowRecord> reference = new ArrayList<>(); // what is pending, in a plain list
        FlowRecord out = new FlowRecord();
        for (int step = 0; step < 20_000; step++) {
            if (random.nextInt(3) > 0 || reference.isEmpty()) {
                FlowRecord f = pending.obtain();
                f.clear();
                f.startMicros = random.nextInt(500); // many equal starts
                f.bytes = step; // tells the flows apart
                reference.add(new FlowRecord().copyFrom(f));
                pending.add(f);
            } else {
                // stable sort: equal starts keep the order they were added in
                reference.sort(Comparator.comparingLong(r -> r.startMicros));
                expected.add(reference.remove(0));
                assertEquals(expected.get(expected.size() - 1).startMicros, pending.earliestStart());
                pending.poll(out);
                assertEquals(expected.get(expected.size() - 1), out);
            }
            assertEquals(reference.size(), pending.size());
        }
        assertTrue(expected.size() > 5000);
    }

    @Test
    void reusesTheRecordsItGaveBack() {
        PendingFlows pending = new PendingFlows();
        FlowRecord first = pending.obtain();
        first.startMicros = 5;
        pending.add(first);
        pending.poll(new FlowRecord());
        assertTrue(pending.obtain() == first, "the pool hands the record out again");
        assertTrue(pending.isEmpty());
        assertThrows(IllegalStateException.class, () -> pending.poll(new FlowRecord()));
    }
}
