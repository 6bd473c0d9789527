package org.flowbench.model.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.FlowStore;
import org.flowbench.model.IpAddress;

/**
 * Deterministic random flows for the tests, and the plain-list reference they are compared with.
 * Values are chosen to hit the edges of the store's columns: zero, the largest int that fits, the
 * first value that needs the long overflow array, ports 0 and 65535, IPv4 and IPv6.
 */
final class RandomFlows {

    /** Addresses that flows reuse often, so that dictionaries and host filters see repeats. */
    static final List<IpAddress> POOL = List.of(
            IpAddress.parse("10.0.0.1"), IpAddress.parse("10.0.0.2"), IpAddress.parse("10.1.2.3"),
            IpAddress.parse("10.255.255.255"), IpAddress.parse("11.0.0.1"), IpAddress.parse("192.168.1.1"),
            IpAddress.parse("192.168.1.200"), IpAddress.parse("172.16.5.4"), IpAddress.parse("0.0.0.0"),
            IpAddress.parse("255.255.255.255"), IpAddress.parse("2001:db8::1"), IpAddress.parse("2001:db8::2"),
            IpAddress.parse("2001:db8:1::1"), IpAddress.parse("2001:db9::1"), IpAddress.parse("fe80::1"),
            IpAddress.parse("::"), IpAddress.parse("::1"), IpAddress.parse("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
            // same low long as 10.0.0.1 but another high long: must stay a different address
            IpAddress.of(1L, IpAddress.parse("10.0.0.1").low()),
            // IPv6 with a zero high long that is not IPv4-mapped
            IpAddress.parse("::fffe:a00:1"));

    /** Lengths that cross the int/long boundary of the segment columns. */
    private static final long[] EDGE_COUNTS = { 0, 1, Integer.MAX_VALUE - 1L, Integer.MAX_VALUE, 1L << 31,
            (1L << 32) - 1, 1L << 32, 1L << 40 };

    private static final int[] PROTOCOLS = { 6, 17, 1, 58, 0, 47, 132, 255 };

    private RandomFlows() {
    }

    static IpAddress address(SplittableRandom random) {
        switch (random.nextInt(4)) {
        case 0:
        case 1:
            return POOL.get(random.nextInt(POOL.size()));
        case 2:
            return IpAddress.ofV4(random.nextInt());
        default:
            return IpAddress.of(random.nextLong(), random.nextLong());
        }
    }

    static long count(SplittableRandom random) {
        switch (random.nextInt(6)) {
        case 0:
            return EDGE_COUNTS[random.nextInt(EDGE_COUNTS.length)];
        case 1:
            return random.nextLong(1L << 42); // overflow path most of the time
        default:
            return random.nextLong(100_000);
        }
    }

    static int port(SplittableRandom random) {
        switch (random.nextInt(5)) {
        case 0:
            return random.nextBoolean() ? 0 : 65535;
        case 1:
            return new int[] { 22, 53, 80, 443, 8080 }[random.nextInt(5)];
        default:
            return random.nextInt(65536);
        }
    }

    static FlowRecord next(SplittableRandom random) {
        FlowRecord r = new FlowRecord();
        switch (random.nextInt(10)) {
        case 0:
            r.startMicros = -random.nextLong(1L << 50); // before 1970
            break;
        case 1:
            r.startMicros = 0;
            break;
        default:
            r.startMicros = 1_700_000_000_000_000L + random.nextLong(1L << 40);
        }
        r.endMicros = r.startMicros + count(random);
        r.source(address(random));
        r.destination(address(random));
        r.sourcePort = port(random);
        r.destinationPort = port(random);
        r.protocol = random.nextInt(3) == 0 ? random.nextInt(256) : PROTOCOLS[random.nextInt(PROTOCOLS.length)];
        r.tcpFlags = random.nextInt(4) == 0 ? 0 : random.nextInt(256);
        r.bytes = count(random);
        r.packets = count(random);
        return r;
    }

    static List<FlowRecord> list(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        List<FlowRecord> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(next(random));
        }
        return out;
    }

    static FlowStore store(int segmentSize, List<FlowRecord> flows) {
        FlowStore store = new FlowStore(segmentSize);
        for (FlowRecord f : flows) {
            store.accept(f);
        }
        return store;
    }

    /** Every row of the snapshot, read one by one. */
    static List<FlowRecord> rows(FlowSnapshot snapshot) {
        List<FlowRecord> out = new ArrayList<>();
        for (long i = 0; i < snapshot.size(); i++) {
            out.add(snapshot.read(i, new FlowRecord()));
        }
        return out;
    }
}
