package org.flowbench.analysis.tests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.flowbench.model.FlowRecord;
import org.flowbench.model.IpAddress;

/**
 * Deterministic random flows. Each seed draws its own shape of data: few or many hosts, IPv4 and
 * IPv6, times sorted (segments cover narrow time slices, so ranges skip or take whole segments) or
 * shuffled, before or after the epoch, values from a tiny set (many ties) or spread wide, zero-byte
 * flows, and counts and durations too large for the segments' int columns.
 */
public final class RandomFlows {

    /** Ports that clients talk to; names as the protocol mix labels them, null for unnamed ones. */
    static final int[] SERVICE_PORTS = { 22, 53, 80, 123, 443, 3306, 8123, 20000 };
    /** Protocols without ports, besides TCP, UDP and SCTP: ICMP, GRE, ESP, and an unnamed number. */
    private static final int[] OTHER_PROTOCOLS = { 1, 47, 50, 200 };

    private final SplittableRandom random;
    private final List<IpAddress> hosts;
    private final boolean manyTies;
    private final boolean sorted;
    private final long base;
    private final long span;
    private final boolean alignedStarts;

    public RandomFlows(long seed) {
        random = new SplittableRandom(seed);
        hosts = hosts(3 + random.nextInt(40));
        manyTies = random.nextInt(3) == 0;
        sorted = random.nextInt(3) != 0;
        base = seed % 5 == 0 ? -30 * Flows.MINUTE : Flows.T0 + random.nextLong(Flows.HOUR * 24);
        long[] spans = { 5 * Flows.SECOND, 10 * Flows.MINUTE, 3 * Flows.HOUR, 50 * Flows.HOUR };
        span = spans[random.nextInt(spans.length)];
        alignedStarts = random.nextInt(4) == 0;
    }

    /** @return {@code count} random flows with the seed's shape, in store order */
    public static Dataset dataset(long seed, int count) {
        return new Dataset().addAll(new RandomFlows(seed).flows(count));
    }

    /** @return the addresses flows are drawn between (more flows for the first ones) */
    public List<IpAddress> hosts() {
        return hosts;
    }

    public List<FlowRecord> flows(int count) {
        List<FlowRecord> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(flow());
        }
        if (sorted) {
            out.sort(Comparator.comparingLong(r -> r.startMicros));
        }
        return out;
    }

    private List<IpAddress> hosts(int count) {
        Set<IpAddress> pool = new LinkedHashSet<>();
        while (pool.size() < count) {
            int x = 1 + random.nextInt(254);
            pool.add(switch (random.nextInt(10)) {
            case 0, 1, 2 -> IpAddress.ofV4(0x0A00_0000 | x); // 10.0.0.x
            case 3, 4 -> IpAddress.ofV4(0x0A00_0100 | x); // 10.0.1.x
            case 5, 6 -> IpAddress.ofV4(0xC0A8_0100 | x); // 192.168.1.x
            case 7 -> IpAddress.ofV4(0xAC10_0500 | x); // 172.16.5.x
            case 8 -> IpAddress.of(0x2001_0DB8_0000_0000L, x); // 2001:db8::x
            default -> IpAddress.of(0xFE80_0000_0000_0000L, x); // fe80::x
            });
        }
        return List.copyOf(pool);
    }

    private IpAddress host() {
        // squared: the first hosts carry most flows, as real talkers do
        double u = random.nextDouble();
        return hosts.get((int) (hosts.size() * u * u));
    }

    private FlowRecord flow() {
        FlowRecord r = new FlowRecord();
        IpAddress source = host();
        IpAddress destination = random.nextInt(100) == 0 ? source : host();
        r.source(source).destination(destination);
        r.startMicros = base + random.nextLong(span);
        if (alignedStarts) {
            r.startMicros -= Math.floorMod(r.startMicros, Flows.SECOND);
        }
        r.endMicros = r.startMicros + duration();
        int p = random.nextInt(20);
        r.protocol = p < 10 ? 6 : p < 15 ? 17 : p < 16 ? 132 : OTHER_PROTOCOLS[random.nextInt(OTHER_PROTOCOLS.length)];
        if (r.protocol == 6 || r.protocol == 17 || r.protocol == 132) {
            int service = SERVICE_PORTS[random.nextInt(SERVICE_PORTS.length)];
            int client = 10_000 + random.nextInt(55_536);
            switch (random.nextInt(10)) {
            case 0, 1, 2 -> { // the server's answer
                r.sourcePort = service;
                r.destinationPort = client;
            }
            case 3 -> { // two unnamed high ports
                r.sourcePort = client;
                r.destinationPort = 10_000 + random.nextInt(55_536);
            }
            default -> {
                r.sourcePort = client;
                r.destinationPort = service;
            }
            }
        }
        r.bytes = bytes();
        r.packets = r.bytes == 0 ? random.nextInt(2) : Math.max(1, r.bytes / (40 + random.nextInt(1461)));
        return r;
    }

    private long duration() {
        int d = random.nextInt(10);
        return d < 2 ? 0 : d < 6 ? random.nextLong(Flows.SECOND) : d < 9 ? random.nextLong(10 * Flows.MINUTE) : random.nextLong(3 * Flows.HOUR);
    }

    private long bytes() {
        if (manyTies) {
            long[] few = { 0, 40, 100, 1500 };
            return few[random.nextInt(few.length)];
        }
        int b = random.nextInt(20);
        if (b == 0) {
            return 0;
        }
        if (b == 1) {
            return 3_000_000_000L + random.nextLong(1_000_000_000_000L); // beyond the int column
        }
        return (long) Math.exp(random.nextDouble(Math.log(40), Math.log(1e8)));
    }
}
