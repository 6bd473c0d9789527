package org.flowbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.flowbench.generator.internal.FlowMerge;
import org.flowbench.generator.internal.FlowSequence;
import org.flowbench.generator.internal.FlowSource;
import org.flowbench.model.FlowRecord;
import org.junit.jupiter.api.Test;

class FlowMergeTest {

    /** Flows with the given starts; the source number goes into the port so that the output tells them apart. */
    private static FlowSource source(int id, long... starts) {
        return new FlowSource() {
            int next;

            @Override
            public boolean hasNext() {
                return next < starts.length;
            }

            @Override
            public long nextStart() {
                return starts[next];
            }

            @Override
            public void next(FlowRecord into) {
                into.clear();
                into.startMicros = starts[next++];
                into.sourcePort = id;
            }
        };
    }

    private static List<String> drain(FlowSource s) {
        List<String> out = new ArrayList<>();
        FlowRecord r = new FlowRecord();
        while (s.hasNext()) {
            long announced = s.nextStart();
            s.next(r);
            assertEquals(announced, r.startMicros);
            out.add(r.startMicros + "/" + r.sourcePort);
        }
        return out;
    }

    @Test
    void mergesByStartAndGivesTiesToTheSourceListedFirst() {
        FlowSource merged = new FlowMerge(source(1, 1, 5, 5, 9), source(2), source(3, 0, 5, 10), source(4, 5));
        assertEquals(List.of("0/3", "1/1", "5/1", "5/1", "5/3", "5/4", "9/1", "10/3"), drain(merged));
        assertFalse(merged.hasNext());
    }

    @Test
    void aSequenceGivesOneSourceAfterTheOther() {
        FlowSource sequence = new FlowSequence(source(1, 7, 3), source(2), source(3, 1));
        assertEquals(List.of("7/1", "3/1", "1/3"), drain(sequence));
    }
}
