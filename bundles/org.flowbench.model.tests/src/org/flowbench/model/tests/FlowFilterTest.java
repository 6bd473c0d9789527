package org.flowbench.model.tests;

import static org.flowbench.model.tests.Naive.destination;
import static org.flowbench.model.tests.Naive.inBlock;
import static org.flowbench.model.tests.Naive.sameAddress;
import static org.flowbench.model.tests.Naive.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowFilter.Direction;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.FlowStore;
import org.flowbench.model.IpAddress;
import org.flowbench.model.IpPrefix;
import org.flowbench.model.RowPredicate;
import org.junit.jupiter.api.Test;

/**
 * Bound filters select exactly the rows that a naive evaluation over the reference records selects.
 * The naive side is written independently: addresses as bytes, blocks as leading bits.
 */
class FlowFilterTest {

    private static final int[] SEGMENT_SIZES = { 1, 7, 1000 };

    /** Filter texts and what they mean, written out by hand. */
    private static final Map<String, Predicate<FlowRecord>> MEANINGS = new LinkedHashMap<>();

    private static void means(String text, Predicate<FlowRecord> meaning) {
        MEANINGS.put(text, meaning);
    }

    private static boolean src(FlowRecord r, String a) {
        return sameAddress(source(r), a);
    }

    private static boolean dst(FlowRecord r, String a) {
        return sameAddress(destination(r), a);
    }

    private static boolean srcNet(FlowRecord r, String cidr) {
        return inBlock(source(r), cidr);
    }

    private static boolean dstNet(FlowRecord r, String cidr) {
        return inBlock(destination(r), cidr);
    }

    private static boolean port(FlowRecord r, int p) {
        return r.sourcePort == p || r.destinationPort == p;
    }

    static {
        means("", r -> true);
        means("host 10.0.0.1", r -> src(r, "10.0.0.1") || dst(r, "10.0.0.1"));
        means("src host 10.0.0.1", r -> src(r, "10.0.0.1"));
        means("dst host 2001:db8::1", r -> dst(r, "2001:db8::1"));
        means("host ::", r -> src(r, "::") || dst(r, "::"));
        means("host 255.255.255.255", r -> src(r, "255.255.255.255") || dst(r, "255.255.255.255"));
        means("10.0.0.2", r -> src(r, "10.0.0.2") || dst(r, "10.0.0.2"));
        means("src 192.168.1.1", r -> src(r, "192.168.1.1"));
        means("dst fe80::1", r -> dst(r, "fe80::1"));
        means("host 203.0.113.99", r -> false); // in no flow
        means("net 10.0.0.0/8", r -> srcNet(r, "10.0.0.0/8") || dstNet(r, "10.0.0.0/8"));
        means("src net 10.0.0.0/8 and dst port 443 and not proto udp",
                r -> srcNet(r, "10.0.0.0/8") && r.destinationPort == 443 && r.protocol != 17);
        means("dst net 2001:db8::/32", r -> dstNet(r, "2001:db8::/32"));
        means("src net 2001:db8::/47", r -> srcNet(r, "2001:db8::/47"));
        means("10.0.0.0/16", r -> srcNet(r, "10.0.0.0/16") || dstNet(r, "10.0.0.0/16"));
        means("src 192.168.1.0/24", r -> srcNet(r, "192.168.1.0/24"));
        means("net 0.0.0.0/0", r -> srcNet(r, "0.0.0.0/0") || dstNet(r, "0.0.0.0/0"));
        means("dst net ::/0", r -> true);
        means("net 10.0.0.1/32", r -> src(r, "10.0.0.1") || dst(r, "10.0.0.1"));
        means("net 10.0.0.0/31", r -> src(r, "10.0.0.0") || dst(r, "10.0.0.0") || src(r, "10.0.0.1") || dst(r, "10.0.0.1"));
        means("port 80", r -> port(r, 80));
        means("src port 0", r -> r.sourcePort == 0);
        means("dst port 65535", r -> r.destinationPort == 65535);
        means("portrange 1-1023", r -> r.sourcePort >= 1 && r.sourcePort <= 1023
                || r.destinationPort >= 1 && r.destinationPort <= 1023);
        means("dst portrange 1024-65535", r -> r.destinationPort >= 1024);
        means("src portrange 0-0", r -> r.sourcePort == 0);
        means("proto 47", r -> r.protocol == 47);
        means("proto gre", r -> r.protocol == 47);
        means("proto TCP", r -> r.protocol == 6);
        means("proto 0", r -> r.protocol == 0);
        means("proto 255", r -> r.protocol == 255);
        means("tcp", r -> r.protocol == 6);
        means("udp", r -> r.protocol == 17);
        means("icmp", r -> r.protocol == 1);
        means("icmp6", r -> r.protocol == 58);
        means("proto icmpv6", r -> r.protocol == 58);
        means("not tcp", r -> r.protocol != 6);
        means("! udp", r -> r.protocol != 17);
        means("!udp", r -> r.protocol != 17);
        means("not not tcp", r -> r.protocol == 6);
        means("tcp and port 80", r -> r.protocol == 6 && port(r, 80));
        means("tcp port 80", r -> r.protocol == 6 && port(r, 80));
        means("tcp && port 80", r -> r.protocol == 6 && port(r, 80));
        means("tcp or udp", r -> r.protocol == 6 || r.protocol == 17);
        means("tcp || udp", r -> r.protocol == 6 || r.protocol == 17);
        means("tcp||udp", r -> r.protocol == 6 || r.protocol == 17);
        means("tcp&&port 443", r -> r.protocol == 6 && port(r, 443));
        means("not (tcp or udp)", r -> r.protocol != 6 && r.protocol != 17);
        means("not tcp or udp", r -> r.protocol != 6 || r.protocol == 17);
        means("!(tcp||udp)&&!icmp", r -> r.protocol != 6 && r.protocol != 17 && r.protocol != 1);
        // "and" binds tighter than "or", as the parser's grammar says
        means("tcp or udp and port 53", r -> r.protocol == 6 || r.protocol == 17 && port(r, 53));
        means("(tcp or udp) and port 53", r -> (r.protocol == 6 || r.protocol == 17) && port(r, 53));
        means("(src net 10.0.0.0/8 or src net 192.168.0.0/16) and not dst net 10.0.0.0/8",
                r -> (srcNet(r, "10.0.0.0/8") || srcNet(r, "192.168.0.0/16")) && !dstNet(r, "10.0.0.0/8"));
        means("host 10.0.0.1 and host 2001:db8::1", r -> (src(r, "10.0.0.1") || dst(r, "10.0.0.1"))
                && (src(r, "2001:db8::1") || dst(r, "2001:db8::1")));
        means("src host 10.0.0.1 or dst host 10.0.0.1", r -> src(r, "10.0.0.1") || dst(r, "10.0.0.1"));
        means("TCP AND NOT PORT 80", r -> r.protocol == 6 && !port(r, 80));
        means("SRC HOST 10.0.0.1 Or Dst Net 2001:DB8::/32", r -> src(r, "10.0.0.1") || dstNet(r, "2001:db8::/32"));
        means("((tcp))", r -> r.protocol == 6);
        means(" ( udp ) ( port 53 ) ", r -> r.protocol == 17 && port(r, 53));
    }

    @Test
    void parsedFiltersSelectWhatTheyMean() {
        for (long seed = 1; seed <= 8; seed++) {
            List<FlowRecord> flows = RandomFlows.list(seed * 31, 1500);
            for (int segmentSize : SEGMENT_SIZES) {
                FlowSnapshot snapshot = RandomFlows.store(segmentSize, flows).snapshot();
                for (Map.Entry<String, Predicate<FlowRecord>> e : MEANINGS.entrySet()) {
                    FlowFilter filter = FlowFilter.parse(e.getKey());
                    BitSet expected = naive(flows, e.getValue());
                    assertEquals(expected, matches(snapshot, filter.bind(snapshot)),
                            "'" + e.getKey() + "' on seed " + seed + ", segments of " + segmentSize);
                    // what the filter prints reads back to the same filter
                    FlowFilter again = FlowFilter.parse(filter.toString());
                    assertEquals(filter, again, "'" + e.getKey() + "' printed as '" + filter + "'");
                    assertEquals(expected, matches(snapshot, again.bind(snapshot)));
                }
            }
        }
    }

    /** The hand-written meanings must not all be trivially true or false on the test data. */
    @Test
    void testDataExercisesTheFilters() {
        List<FlowRecord> flows = RandomFlows.list(31, 1500);
        int trivial = 0;
        for (Map.Entry<String, Predicate<FlowRecord>> e : MEANINGS.entrySet()) {
            int n = naive(flows, e.getValue()).cardinality();
            if (n == 0 || n == flows.size()) {
                trivial++;
            }
        }
        assertTrue(trivial <= 4, trivial + " of the filters select nothing or everything");
    }

    /** Random filter trees, evaluated by a naive interpreter over the reference records. */
    @Test
    void randomFiltersAgreeWithNaiveEvaluation() {
        for (long seed = 1; seed <= 12; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<FlowRecord> flows = RandomFlows.list(seed + 1000, 800);
            FlowSnapshot snapshot = RandomFlows.store(SEGMENT_SIZES[(int) (seed % 3)], flows).snapshot();
            for (int f = 0; f < 150; f++) {
                FlowFilter filter = randomFilter(random, 3);
                BitSet expected = naive(flows, r -> evaluate(filter, r));
                assertEquals(expected, matches(snapshot, filter.bind(snapshot)), filter.toString());
                FlowFilter again = FlowFilter.parse(filter.toString());
                assertEquals(filter, again, filter.toString());
                assertEquals(expected, matches(snapshot, again.bind(snapshot)), filter.toString());
            }
        }
    }

    /** A host that is not in the store's dictionary matches nothing, whatever the direction. */
    @Test
    void absentHostMatchesNothing() {
        List<FlowRecord> flows = RandomFlows.list(3, 500);
        FlowSnapshot snapshot = RandomFlows.store(7, flows).snapshot();
        for (String text : List.of("host 198.51.100.7", "src host 198.51.100.7", "dst host 2001:db8:ffff::9",
                "198.51.100.7")) {
            assertEquals(-1, snapshot.addresses().lookup(IpAddress.parse(text.substring(text.lastIndexOf(' ') + 1))));
            assertEquals(0, matches(snapshot, FlowFilter.parse(text).bind(snapshot)).cardinality(), text);
            assertEquals(flows.size(), matches(snapshot, FlowFilter.parse("not " + text).bind(snapshot)).cardinality(), text);
        }
        // an address that the store knows but that no row of this snapshot holds
        FlowStore store = RandomFlows.store(7, flows);
        FlowSnapshot before = store.snapshot();
        FlowRecord later = new FlowRecord().copyFrom(flows.get(0)).source(IpAddress.parse("198.51.100.8"));
        store.accept(later);
        assertEquals(0, matches(before, FlowFilter.parse("host 198.51.100.8").bind(before)).cardinality());
        assertEquals(0, matches(before, FlowFilter.parse("net 198.51.100.0/24").bind(before)).cardinality());
    }

    @Test
    void emptyFilterIsAll() {
        assertSame(FlowFilter.ALL, FlowFilter.parse(""));
        assertSame(FlowFilter.ALL, FlowFilter.parse("  \t "));
        assertSame(FlowFilter.ALL, FlowFilter.parse(null));
        assertSame(RowPredicate.ALL, FlowFilter.ALL.bind(FlowSnapshot.empty()));
        assertEquals("", FlowFilter.ALL.toString());
    }

    @Test
    void andOfAllIsTheOtherFilter() {
        FlowFilter tcp = FlowFilter.parse("tcp");
        FlowFilter port = FlowFilter.parse("port 80");
        assertSame(tcp, FlowFilter.ALL.and(tcp));
        assertSame(tcp, tcp.and(FlowFilter.ALL));
        assertEquals(new FlowFilter.And(List.of(tcp, port)), tcp.and(port));
        assertEquals(FlowFilter.parse("tcp and port 80"), tcp.and(port));
    }

    @Test
    void recordsRejectImpossibleValues() {
        IpPrefix any = IpPrefix.parse("10.0.0.0/8");
        assertEquals(any, new FlowFilter.Net(Direction.EITHER, any).prefix());
        assertThrows(IllegalArgumentException.class, () -> new FlowFilter.Port(Direction.EITHER, 5, 4));
        assertThrows(IllegalArgumentException.class, () -> new FlowFilter.Port(Direction.EITHER, -1, 4));
        assertThrows(IllegalArgumentException.class, () -> new FlowFilter.Port(Direction.EITHER, 0, 65536));
        assertThrows(IllegalArgumentException.class, () -> new FlowFilter.Protocol(256));
        assertThrows(IllegalArgumentException.class, () -> new FlowFilter.Protocol(-1));
        assertEquals("src portrange 0-65535", new FlowFilter.Port(Direction.SOURCE, 0, 65535).toString());
    }

    // --- random filters and their naive interpreter -------------------------------------------

    private static FlowFilter randomFilter(SplittableRandom random, int depth) {
        int kind = random.nextInt(depth > 0 ? 9 : 5);
        Direction direction = Direction.values()[random.nextInt(3)];
        switch (kind) {
        case 0:
            return new FlowFilter.Host(direction, random.nextInt(10) == 0 ? IpAddress.parse("198.51.100.1")
                    : RandomFlows.POOL.get(random.nextInt(RandomFlows.POOL.size())));
        case 1: {
            IpAddress a = RandomFlows.POOL.get(random.nextInt(RandomFlows.POOL.size()));
            int length = a.isV4() ? random.nextInt(33) : random.nextInt(129);
            return new FlowFilter.Net(direction, new IpPrefix(network(a, length), length));
        }
        case 2: {
            int low = random.nextBoolean() ? new int[] { 0, 22, 53, 80, 443, 65535 }[random.nextInt(6)] : random.nextInt(65536);
            int high = random.nextBoolean() ? low : Math.min(65535, low + random.nextInt(40_000));
            return new FlowFilter.Port(direction, low, high);
        }
        case 3:
        case 4:
            return new FlowFilter.Protocol(random.nextBoolean() ? new int[] { 1, 6, 17, 58, 47 }[random.nextInt(5)] : random.nextInt(256));
        case 5:
            return new FlowFilter.Not(randomFilter(random, depth - 1));
        default: {
            List<FlowFilter> operands = new ArrayList<>();
            for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
                operands.add(randomFilter(random, depth - 1));
            }
            return kind % 2 == 0 ? new FlowFilter.And(operands) : new FlowFilter.Or(operands);
        }
        }
    }

    /** The address with every bit after the prefix length cleared. */
    private static IpAddress network(IpAddress a, int length) {
        if (a.isV4()) {
            int mask = length == 0 ? 0 : -1 << (32 - length);
            return IpAddress.ofV4(a.v4() & mask);
        }
        BigInteger v = new BigInteger(1, Naive.bytes16(a.high(), a.low()));
        v = v.shiftRight(128 - length).shiftLeft(128 - length);
        return IpAddress.of(v.shiftRight(64).longValue(), v.longValue());
    }

    private static boolean evaluate(FlowFilter f, FlowRecord r) {
        return switch (f) {
        case FlowFilter.All all -> true;
        case FlowFilter.Host h -> endpoint(h.direction(), r, a -> Arrays.equals(a,
                Naive.bytes16(h.address().high(), h.address().low())));
        case FlowFilter.Net n -> endpoint(n.direction(), r, a -> Naive.inBlock(a,
                Naive.bytes16(n.prefix().network().high(), n.prefix().network().low()),
                n.prefix().network().isV4() ? 96 + n.prefix().length() : n.prefix().length()));
        case FlowFilter.Port p -> switch (p.direction()) {
        case SOURCE -> p.low() <= r.sourcePort && r.sourcePort <= p.high();
        case DESTINATION -> p.low() <= r.destinationPort && r.destinationPort <= p.high();
        case EITHER -> p.low() <= r.sourcePort && r.sourcePort <= p.high()
                || p.low() <= r.destinationPort && r.destinationPort <= p.high();
        };
        case FlowFilter.Protocol p -> r.protocol == p.number();
        case FlowFilter.Country c -> throw new AssertionError("random filters name no countries: " + c); // CountryFilterTest
        case FlowFilter.Not n -> !evaluate(n.operand(), r);
        case FlowFilter.And a -> a.operands().stream().allMatch(o -> evaluate(o, r));
        case FlowFilter.Or o -> o.operands().stream().anyMatch(x -> evaluate(x, r));
        };
    }

    private static boolean endpoint(Direction d, FlowRecord r, Predicate<byte[]> test) {
        return switch (d) {
        case SOURCE -> test.test(source(r));
        case DESTINATION -> test.test(destination(r));
        case EITHER -> test.test(source(r)) || test.test(destination(r));
        };
    }

    // --- evaluation ----------------------------------------------------------------------------

    static BitSet naive(List<FlowRecord> flows, Predicate<FlowRecord> p) {
        BitSet out = new BitSet();
        for (int i = 0; i < flows.size(); i++) {
            if (p.test(flows.get(i))) {
                out.set(i);
            }
        }
        return out;
    }

    static BitSet matches(FlowSnapshot snapshot, RowPredicate p) {
        BitSet out = new BitSet();
        int row = 0;
        for (int k = 0; k < snapshot.segmentCount(); k++) {
            for (int i = 0, n = snapshot.rowsIn(k); i < n; i++, row++) {
                if (p.test(snapshot.segment(k), i)) {
                    out.set(row);
                }
            }
        }
        return out;
    }
}
