package org.flowbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.flowbench.model.AddressDictionary;
import org.flowbench.model.IpAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The dictionary against a {@link HashMap} and a list that record the ids it hands out. */
class AddressDictionaryTest {

    @Test
    void idsAreDenseInOrderOfFirstSight() {
        AddressDictionary d = new AddressDictionary();
        assertEquals(0, d.size());
        assertEquals(0, intern(d, "10.0.0.1"));
        assertEquals(1, intern(d, "2001:db8::1"));
        assertEquals(0, intern(d, "10.0.0.1"));
        assertEquals(2, intern(d, "::"));
        assertEquals(1, intern(d, "2001:DB8:0:0::1"));
        assertEquals(3, d.size());
        assertEquals("10.0.0.1", d.format(0));
        assertEquals(IpAddress.parse("2001:db8::1"), d.address(1));
        assertEquals(0L, d.high(2));
        assertEquals(0L, d.low(2));
    }

    @Test
    void absentAddressesAreNotFound() {
        AddressDictionary d = new AddressDictionary();
        assertEquals(-1, d.lookup(IpAddress.parse("10.0.0.1")));
        intern(d, "10.0.0.1");
        assertEquals(0, d.lookup(IpAddress.parse("10.0.0.1")));
        assertEquals(-1, d.lookup(IpAddress.parse("10.0.0.2")));
        // the same low long with another high long is another address
        assertEquals(-1, d.lookup(IpAddress.of(1L, IpAddress.parse("10.0.0.1").low())));
        assertEquals(-1, d.lookup(IpAddress.parse("::a00:1")), "IPv4-compatible is not IPv4-mapped");
        assertEquals(1, d.size(), "lookup never adds");
    }

    /** 300 000 addresses take the table through many rehashes; every mapping must survive. */
    @Test
    void keepsEveryMappingThroughManyRehashes() {
        SplittableRandom random = new SplittableRandom(77);
        AddressDictionary d = new AddressDictionary();
        Map<IpAddress, Integer> ids = new HashMap<>();
        List<IpAddress> byId = new ArrayList<>();
        long memoryBefore = d.memoryBytes();
        for (int i = 0; i < 300_000; i++) {
            IpAddress a = switch (i % 4) {
            case 0 -> IpAddress.ofV4(0x0A00_0000 + i); // sequential: clusters in a weak hash
            case 1 -> IpAddress.ofV4(random.nextInt());
            case 2 -> IpAddress.of(0x2001_0db8_0000_0000L, i); // only the low bits differ
            default -> random.nextInt(8) == 0 && !byId.isEmpty() ? byId.get(random.nextInt(byId.size()))
                    : IpAddress.of(random.nextLong(), random.nextLong());
            };
            Integer expected = ids.get(a);
            int id = d.intern(a.high(), a.low());
            if (expected == null) {
                assertEquals(byId.size(), id, "a new address gets the next id");
                ids.put(a, id);
                byId.add(a);
            } else {
                assertEquals(expected.intValue(), id, "a known address keeps its id");
            }
            if (Integer.bitCount(i) == 1) { // after each doubling, everything so far is still there
                assertAllMapped(d, byId);
            }
        }
        assertEquals(byId.size(), d.size());
        assertAllMapped(d, byId);
        assertTrue(d.memoryBytes() >= 16L * byId.size() + memoryBefore / 2);
        for (int i = 0; i < 10_000; i++) {
            IpAddress absent = IpAddress.of(random.nextLong() | 1L << 63, random.nextLong());
            if (!ids.containsKey(absent)) {
                assertEquals(-1, d.lookup(absent));
            }
        }
    }

    /**
     * Lookups from another thread while the dictionary grows: an id that the writer announced (as
     * the store does by publishing a row) must be found, and no lookup may fail.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void readersFindEveryPublishedAddressWhileItGrows() throws Exception {
        int n = 400_000;
        long[] lows = new long[n];
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < n; i++) {
            lows[i] = random.nextLong() | 1L; // distinct with overwhelming probability; checked below
        }
        AddressDictionary d = new AddressDictionary();
        AtomicInteger published = new AtomicInteger();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < n; i++) {
                d.intern(7L, lows[i]);
                published.set(d.size());
            }
        });
        SplittableRandom r = new SplittableRandom(6);
        int expectedSize;
        do {
            expectedSize = published.get();
            if (expectedSize > 0) {
                int id = r.nextInt(expectedSize);
                assertEquals(id, d.lookup(7L, lows[id]));
                // the newest addresses, which the writer may be inserting right now
                int newest = Math.min(n - 1, expectedSize + r.nextInt(3));
                int f = d.lookup(7L, lows[newest]);
                assertTrue(f == -1 || f == newest, "lookup gave id " + f + " for " + newest);
            }
        } while (expectedSize < n && !writer.isDone());
        writer.get();
        assertEquals(n, d.size(), "random test addresses were distinct");
        for (int i = 0; i < n; i++) {
            assertEquals(i, d.lookup(7L, lows[i]));
        }
    }

    private static int intern(AddressDictionary d, String address) {
        IpAddress a = IpAddress.parse(address);
        return d.intern(a.high(), a.low());
    }

    private static void assertAllMapped(AddressDictionary d, List<IpAddress> byId) {
        for (int id = 0; id < byId.size(); id++) {
            IpAddress a = byId.get(id);
            assertEquals(id, d.lookup(a), a.toString());
            assertEquals(id, d.intern(a.high(), a.low()));
            assertEquals(a, d.address(id));
        }
    }
}
