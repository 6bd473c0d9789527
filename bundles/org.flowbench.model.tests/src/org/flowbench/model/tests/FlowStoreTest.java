package org.flowbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSegment;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.FlowStore;
import org.flowbench.model.IpAddress;
import org.flowbench.model.TimeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rows read back from the store equal a plain list of the records appended. */
class FlowStoreTest {

    @ParameterizedTest
    @ValueSource(ints = { 1, 7, 1000, FlowStore.DEFAULT_SEGMENT_SIZE })
    void readsBackEveryRowAcrossSegmentBoundaries(int segmentSize) {
        for (long seed = 1; seed <= 6; seed++) {
            int n = segmentSize == 1 ? 300 : (int) (seed * 997 % 4000) + segmentSize / 2;
            List<FlowRecord> expected = RandomFlows.list(seed, n);
            FlowStore store = RandomFlows.store(segmentSize, expected);
            FlowSnapshot snapshot = store.snapshot();

            assertEquals(n, store.size());
            assertEquals(n, snapshot.size());
            assertEquals((n + segmentSize - 1) / segmentSize, snapshot.segmentCount());
            assertEquals(expected, RandomFlows.rows(snapshot), "seed " + seed);
            assertAggregates(expected, snapshot);
        }
    }

    /** Reading the columns through the segments directly gives the same rows as {@code read}. */
    @Test
    void segmentsHoldTheRowsInOrder() {
        List<FlowRecord> expected = RandomFlows.list(99, 2500);
        FlowSnapshot snapshot = RandomFlows.store(1000, expected).snapshot();
        int row = 0;
        for (int k = 0; k < snapshot.segmentCount(); k++) {
            FlowSegment s = snapshot.segment(k);
            assertEquals(1000, s.capacity());
            assertEquals(k < 2 ? 1000 : 500, snapshot.rowsIn(k));
            long minStart = Long.MAX_VALUE;
            long maxStart = Long.MIN_VALUE;
            long maxEnd = Long.MIN_VALUE;
            for (int i = 0; i < snapshot.rowsIn(k); i++, row++) {
                FlowRecord e = expected.get(row);
                assertEquals(e.startMicros, s.start(i));
                assertEquals(e.endMicros - e.startMicros, s.duration(i));
                assertEquals(e.endMicros, s.end(i));
                assertEquals(e.source(), snapshot.addresses().address(s.source(i)));
                assertEquals(e.destination(), snapshot.addresses().address(s.destination(i)));
                assertEquals(e.sourcePort, s.sourcePort(i));
                assertEquals(e.destinationPort, s.destinationPort(i));
                assertEquals(e.protocol, s.protocol(i));
                assertEquals(e.tcpFlags, s.tcpFlags(i));
                assertEquals(e.bytes, s.bytes(i));
                assertEquals(e.packets, s.packets(i));
                minStart = Math.min(minStart, e.startMicros);
                maxStart = Math.max(maxStart, e.startMicros);
                maxEnd = Math.max(maxEnd, e.endMicros);
            }
            // only full segments are complete: a partly filled one may still be appended to
            assertEquals(k < 2, snapshot.isComplete(k));
            assertEquals(minStart, s.minStart());
            assertEquals(maxStart, s.maxStart());
            assertEquals(maxEnd, s.maxEnd());
        }
        assertEquals(expected.size(), row);
    }

    @Test
    void keepsValuesAtTheIntLongBoundaryExactly() {
        long[] values = { 0, 1, Integer.MAX_VALUE - 1L, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, 0xFFFF_FFFFL,
                1L << 32, Long.MAX_VALUE / 2, Long.MAX_VALUE };
        List<FlowRecord> expected = new ArrayList<>();
        for (long v : values) {
            FlowRecord r = new FlowRecord().sourceV4(0x0A000001).destinationV4(0x0A000002);
            r.startMicros = 1_000;
            r.endMicros = v == Long.MAX_VALUE ? Long.MAX_VALUE : 1_000 + v;
            r.bytes = v;
            r.packets = values[values.length - 1 - expected.size()];
            expected.add(r);
        }
        FlowSnapshot snapshot = RandomFlows.store(4, expected).snapshot();
        assertEquals(expected, RandomFlows.rows(snapshot));
    }

    @Test
    void emptyStoreHasNoRowsAndNoTimeSpan() {
        FlowStore store = new FlowStore(7);
        FlowSnapshot snapshot = store.snapshot();
        assertEquals(0, store.size());
        assertEquals(0, snapshot.size());
        assertEquals(0, snapshot.segmentCount());
        assertNull(snapshot.timeSpan());
        assertEquals(0, snapshot.totalBytes());
        assertEquals(0, snapshot.totalPackets());
        assertThrows(IndexOutOfBoundsException.class, () -> snapshot.read(0, new FlowRecord()));

        FlowSnapshot empty = FlowSnapshot.empty();
        assertEquals(0, empty.size());
        assertEquals(0, empty.addresses().size());
        assertNull(empty.timeSpan());
    }

    @Test
    void readOutsideTheSnapshotIsRejected() {
        FlowSnapshot snapshot = RandomFlows.store(7, RandomFlows.list(5, 20)).snapshot();
        assertThrows(IndexOutOfBoundsException.class, () -> snapshot.read(-1, new FlowRecord()));
        assertThrows(IndexOutOfBoundsException.class, () -> snapshot.read(20, new FlowRecord()));
        assertThrows(IndexOutOfBoundsException.class, () -> snapshot.read(Long.MAX_VALUE, new FlowRecord()));
    }

    /** A flow of zero duration at the very end still lies inside the time span. */
    @Test
    void timeSpanIncludesZeroLengthFlowsAtTheEnd() {
        FlowRecord a = new FlowRecord().sourceV4(1).destinationV4(2);
        a.startMicros = 100;
        a.endMicros = 150;
        FlowRecord b = new FlowRecord().copyFrom(a);
        b.startMicros = 200;
        b.endMicros = 200;
        FlowSnapshot snapshot = RandomFlows.store(1, List.of(a, b)).snapshot();
        TimeRange span = snapshot.timeSpan();
        assertEquals(new TimeRange(100, 201), span);
        assertTrue(span.contains(200));
    }

    /** Times at the ends of the long range are valid records; the time span must not wrap around. */
    @Test
    void timeSpanOfExtremeTimesDoesNotOverflow() {
        FlowRecord r = new FlowRecord().sourceV4(1).destinationV4(2);
        r.startMicros = 5;
        r.endMicros = Long.MAX_VALUE;
        assertNull(r.problem());
        FlowStore store = RandomFlows.store(3, List.of(r));
        TimeRange span = store.snapshot().timeSpan();
        assertEquals(5, span.startMicros());
        assertEquals(Long.MAX_VALUE, span.endMicros());

        FlowRecord all = new FlowRecord().copyFrom(r);
        all.startMicros = Long.MIN_VALUE;
        store.accept(all);
        assertEquals(List.of(r, all), RandomFlows.rows(store.snapshot()));
        assertEquals(new TimeRange(Long.MIN_VALUE, Long.MAX_VALUE), store.snapshot().timeSpan());
    }

    @Test
    void rejectsInvalidRecordsAndStaysUnchanged() {
        List<FlowRecord> expected = RandomFlows.list(11, 25);
        FlowStore store = RandomFlows.store(7, expected);
        int addresses = store.addresses().size();
        List<Consumer<FlowRecord>> damage = List.of(
                r -> r.endMicros = r.startMicros - 1,
                r -> r.bytes = -1,
                r -> r.packets = Long.MIN_VALUE,
                r -> r.sourcePort = 70000,
                r -> r.destinationPort = -1,
                r -> r.protocol = 300,
                r -> r.protocol = -1,
                r -> r.tcpFlags = 256);
        SplittableRandom random = new SplittableRandom(3);
        for (Consumer<FlowRecord> d : damage) {
            FlowRecord bad = RandomFlows.next(random);
            // addresses never seen before: a rejected record must not intern them either
            bad.source(IpAddress.parse("2001:db8:dead::1"));
            bad.destination(IpAddress.parse("203.0.113.77"));
            d.accept(bad);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.accept(bad));
            assertTrue(e.getMessage().startsWith(bad.problem() + ": "), e.getMessage());
            assertEquals(expected.size(), store.size());
            assertEquals(addresses, store.addresses().size());
        }
        assertEquals(expected, RandomFlows.rows(store.snapshot()));

        // the store goes on accepting valid records after rejections
        FlowRecord good = RandomFlows.next(random);
        store.accept(good);
        assertEquals(expected.size() + 1, store.size());
        assertEquals(good, store.snapshot().read(expected.size(), new FlowRecord()));
    }

    @Test
    void copiesTheRecordSoCallersMayReuseIt() {
        FlowStore store = new FlowStore(4);
        FlowRecord reused = new FlowRecord();
        List<FlowRecord> expected = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 10; i++) {
            reused.copyFrom(RandomFlows.next(random));
            expected.add(new FlowRecord().copyFrom(reused));
            store.accept(reused);
            reused.clear();
        }
        assertEquals(expected, RandomFlows.rows(store.snapshot()));
    }

    @Test
    void rejectsNonPositiveSegmentSizes() {
        assertThrows(IllegalArgumentException.class, () -> new FlowStore(0));
        assertThrows(IllegalArgumentException.class, () -> new FlowStore(-7));
        assertEquals(FlowStore.DEFAULT_SEGMENT_SIZE, new FlowStore().segmentSize());
    }

    @Test
    void memoryGrowsWithTheRows() {
        FlowStore store = new FlowStore(100);
        long empty = store.memoryBytes();
        RandomFlows.list(4, 250).forEach(store::accept);
        // three segments of at least 34 bytes per row
        assertTrue(store.memoryBytes() >= empty + 3 * 100 * 34, store.memoryBytes() + " bytes");
    }

    static void assertAggregates(List<FlowRecord> expected, FlowSnapshot snapshot) {
        long bytes = 0;
        long packets = 0;
        long minStart = Long.MAX_VALUE;
        long maxEnd = Long.MIN_VALUE;
        for (FlowRecord r : expected) {
            bytes += r.bytes;
            packets += r.packets;
            minStart = Math.min(minStart, r.startMicros);
            maxEnd = Math.max(maxEnd, r.endMicros);
        }
        assertEquals(bytes, snapshot.totalBytes());
        assertEquals(packets, snapshot.totalPackets());
        if (expected.isEmpty()) {
            assertNull(snapshot.timeSpan());
        } else {
            assertEquals(new TimeRange(minStart, maxEnd + 1), snapshot.timeSpan());
        }
    }
}
