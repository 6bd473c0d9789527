package org.flowbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * White-box tests of states that a reader thread can observe while the writer is in the middle of
 * an operation. Such interleavings are too rare to hit reliably with threads, so each test puts the
 * shared objects into exactly the state the reader would see and checks that reading copes.
 * (In package {@code org.flowbench.model} for access to package-private fields.)
 */
class ConcurrentReadStateTest {

    /**
     * {@link FlowSegment#append} updates the segment's statistics before its size. A snapshot that
     * ends inside that segment must therefore not trust the statistics even when the size it reads
     * still equals its own row count: here the writer has stored the next row's end but not yet
     * counted the row.
     */
    @Test
    void snapshotDoesNotUseStatisticsOfASegmentBeingAppendedTo() {
        FlowStore store = new FlowStore(8);
        FlowRecord r = new FlowRecord().sourceV4(1).destinationV4(2);
        for (int i = 0; i < 11; i++) {
            r.startMicros = 100 + i;
            r.endMicros = 200 + i;
            store.accept(r);
        }
        FlowSnapshot snapshot = store.snapshot();
        TimeRange expected = new TimeRange(100, 211);
        assertEquals(expected, snapshot.timeSpan());

        FlowSegment last = snapshot.segment(1);
        last.minStart = 5; // what append(...) of a row starting at 5 and ending at 9000 writes first
        last.maxEnd = 9000;
        assertEquals(3, last.size, "the writer has not yet counted the row");
        assertFalse(snapshot.isComplete(1), "statistics of a segment that may still change are not exact");
        assertTrue(snapshot.isComplete(0), "a full segment never changes");
        assertEquals(expected, snapshot.timeSpan());
    }

    /**
     * {@link AddressDictionary#intern} grows {@code highs} and then {@code lows}; a racing
     * {@link AddressDictionary#lookup} may read the old {@code highs} and the new {@code lows}, and
     * then find in the table an id that only the new arrays hold. It must answer (the address is
     * not published yet, so -1 is right) rather than fail with an index out of bounds.
     */
    @Test
    void lookupCopesWithAddressArraysOfDifferentGenerations() throws ReflectiveOperationException {
        AddressDictionary d = new AddressDictionary();
        int n = 1025; // one more than the initial arrays hold
        for (int i = 0; i < n; i++) {
            d.intern(0L, IpAddress.V4_MAPPED_PREFIX | i);
        }
        Field highs = AddressDictionary.class.getDeclaredField("highs");
        highs.setAccessible(true);
        long[] current = (long[]) highs.get(d);
        highs.set(d, Arrays.copyOf(current, 1024)); // the generation before the growth

        int id = d.lookup(0L, IpAddress.V4_MAPPED_PREFIX | 1024);
        assertTrue(id == -1 || id == 1024, "id " + id);
        assertEquals(5, d.lookup(0L, IpAddress.V4_MAPPED_PREFIX | 5));
    }
}
