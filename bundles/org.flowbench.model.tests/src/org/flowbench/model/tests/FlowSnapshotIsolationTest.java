package org.flowbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.FlowStore;
import org.flowbench.model.IpAddress;
import org.flowbench.model.RowPredicate;
import org.flowbench.model.TimeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A snapshot is a fixed view: appends after it do not change what it reports. */
class FlowSnapshotIsolationTest {

    /** Equal snapshots hold the same rows, so results computed from one serve the other. */
    @Test
    void snapshotsAreEqualWhenTheyHoldTheSameRows() {
        List<FlowRecord> all = RandomFlows.list(1, 30);
        FlowStore store = new FlowStore(7);
        FlowStore twin = new FlowStore(7);
        for (FlowRecord r : all.subList(0, 20)) {
            store.accept(r);
            twin.accept(r);
        }
        FlowSnapshot at20 = store.snapshot();
        assertEquals(at20, store.snapshot());
        assertEquals(at20.hashCode(), store.snapshot().hashCode());
        assertNotEquals(at20, twin.snapshot(), "another store, even with equal rows, may grow differently");
        store.accept(all.get(20));
        assertNotEquals(at20, store.snapshot());
        assertEquals(at20, at20);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 7, 1000 })
    void snapshotKeepsItsRowsAfterMoreAppends(int segmentSize) {
        List<FlowRecord> all = RandomFlows.list(segmentSize, 2600);
        FlowStore store = new FlowStore(segmentSize);
        // snapshots at 0, at a segment boundary, inside a segment, and at the end of the first batch
        int[] cuts = { 0, 1, segmentSize, segmentSize + 1, 1503 };
        FlowSnapshot[] snapshots = new FlowSnapshot[cuts.length];
        int appended = 0;
        for (int c = 0; c < cuts.length; c++) {
            while (appended < cuts[c]) {
                store.accept(all.get(appended++));
            }
            snapshots[c] = store.snapshot();
        }
        while (appended < all.size()) {
            store.accept(all.get(appended++));
        }
        for (int c = 0; c < cuts.length; c++) {
            FlowSnapshot s = snapshots[c];
            List<FlowRecord> prefix = all.subList(0, cuts[c]);
            assertEquals(cuts[c], s.size());
            assertEquals(prefix, RandomFlows.rows(s));
            FlowStoreTest.assertAggregates(prefix, s);
            int end = cuts[c];
            assertThrows(IndexOutOfBoundsException.class, () -> s.read(end, new FlowRecord()));
            long rowsInSegments = 0;
            for (int k = 0; k < s.segmentCount(); k++) {
                rowsInSegments += s.rowsIn(k);
            }
            assertEquals(cuts[c], rowsInSegments);
        }
        assertEquals(all, RandomFlows.rows(store.snapshot()));
    }

    /**
     * One thread appends while another takes snapshots: every snapshot must show a prefix of the
     * appended flows, complete row by row, with aggregates and filters that agree with the prefix.
     */
    @ParameterizedTest
    @ValueSource(ints = { 7, 1000 })
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void readersSeeOnlyCompleteRowsWhileAWriterAppends(int segmentSize) throws Exception {
        int n = 200_000;
        List<FlowRecord> flows = RandomFlows.list(4242 + segmentSize, n);
        IpAddress host = RandomFlows.POOL.get(0);
        // prefix aggregates of the reference, so that each snapshot is checked in O(its size)
        long[] bytes = new long[n + 1];
        long[] packets = new long[n + 1];
        long[] minStart = new long[n + 1];
        long[] maxEnd = new long[n + 1];
        int[] hostRows = new int[n + 1];
        minStart[0] = Long.MAX_VALUE;
        maxEnd[0] = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            FlowRecord r = flows.get(i);
            bytes[i + 1] = bytes[i] + r.bytes;
            packets[i + 1] = packets[i] + r.packets;
            minStart[i + 1] = Math.min(minStart[i], r.startMicros);
            maxEnd[i + 1] = Math.max(maxEnd[i], r.endMicros);
            hostRows[i + 1] = hostRows[i] + (r.source().equals(host) || r.destination().equals(host) ? 1 : 0);
        }

        FlowStore store = new FlowStore(segmentSize);
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> writer = pool.submit(() -> {
                FlowRecord reused = new FlowRecord();
                for (int i = 0; i < n; i++) {
                    store.accept(reused.copyFrom(flows.get(i)));
                    if (i % 256 == 0) {
                        Thread.yield(); // lets the reader interleave more often on few cores
                    }
                }
                done.set(true);
            });
            Future<Integer> reader = pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(1);
                FlowFilter filter = FlowFilter.parse("host " + host);
                long previous = 0;
                int checks = 0;
                FlowRecord row = new FlowRecord();
                while (true) {
                    if (Thread.interrupted()) {
                        throw new InterruptedException("the writer failed");
                    }
                    boolean last = done.get();
                    FlowSnapshot s = store.snapshot();
                    int size = (int) s.size();
                    assertTrue(size >= previous, "snapshot sizes never go back");
                    previous = size;
                    // the newest rows are the ones a publication bug would show half written
                    for (int i = Math.max(0, size - 64); i < size; i++) {
                        assertEquals(flows.get(i), s.read(i, row), "row " + i + " of " + size);
                    }
                    for (int j = 0; j < 64 && size > 0; j++) {
                        int i = random.nextInt(size);
                        assertEquals(flows.get(i), s.read(i, row), "row " + i + " of " + size);
                    }
                    if (checks % 8 == 0 || last) {
                        assertEquals(bytes[size], s.totalBytes());
                        assertEquals(packets[size], s.totalPackets());
                        assertEquals(size == 0 ? null : new TimeRange(minStart[size], maxEnd[size] + 1), s.timeSpan());
                        assertEquals(hostRows[size], count(s, filter.bind(s)), "host rows of " + size);
                    }
                    checks++;
                    if (last) {
                        assertEquals(n, size);
                        return checks;
                    }
                }
            });
            writer.get();
            assertTrue(reader.get() > 0);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(flows, RandomFlows.rows(store.snapshot()));
    }

    private static int count(FlowSnapshot s, RowPredicate p) {
        int matches = 0;
        for (int k = 0; k < s.segmentCount(); k++) {
            for (int i = 0, rows = s.rowsIn(k); i < rows; i++) {
                if (p.test(s.segment(k), i)) {
                    matches++;
                }
            }
        }
        return matches;
    }
}
