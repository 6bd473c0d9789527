package org.flowbench.analysis.tests;

import java.util.List;
import java.util.function.Predicate;

import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.IpAddress;

/**
 * A filter as a user types it, with the same condition written directly on the record's fields,
 * for the expected results.
 *
 * @param text  tcpdump-like text for {@link FlowFilter#parse}
 * @param naive the same selection, on the raw fields of a record
 */
public record FilterCase(String text, Predicate<FlowRecord> naive) {

    public FlowFilter filter() {
        return FlowFilter.parse(text);
    }

    @Override
    public String toString() {
        return text.isEmpty() ? "(all)" : text;
    }

    public static final FilterCase ALL = new FilterCase("", r -> true);

    /** @return filters of every kind; {@code a} and {@code b} are hosts of the data */
    public static List<FilterCase> all(IpAddress a, IpAddress b) {
        return List.of(ALL,
                new FilterCase("host " + a, r -> isSource(r, a) || isDestination(r, a)),
                new FilterCase("src host " + a, r -> isSource(r, a)),
                new FilterCase("dst host " + b, r -> isDestination(r, b)),
                new FilterCase("host 203.0.113.77", r -> false), // in no flow
                new FilterCase("not host 203.0.113.77", r -> true),
                new FilterCase("net 10.0.1.0/24", r -> v4Source(r, 0x0A00_0100, 24) || v4Destination(r, 0x0A00_0100, 24)),
                new FilterCase("src net 10.0.0.0/16", r -> v4Source(r, 0x0A00_0000, 16)),
                new FilterCase("dst net 192.168.0.0/16", r -> v4Destination(r, 0xC0A8_0000, 16)),
                new FilterCase("net 2001:db8::/32", r -> (r.sourceHigh >>> 32) == 0x2001_0DB8L || (r.destinationHigh >>> 32) == 0x2001_0DB8L),
                new FilterCase("port 443", r -> r.sourcePort == 443 || r.destinationPort == 443),
                new FilterCase("dst portrange 1000-30000", r -> r.destinationPort >= 1000 && r.destinationPort <= 30000),
                new FilterCase("proto udp", r -> r.protocol == 17),
                new FilterCase("icmp", r -> r.protocol == 1),
                new FilterCase("proto 132", r -> r.protocol == 132),
                new FilterCase("not tcp", r -> r.protocol != 6),
                new FilterCase("tcp and dst port 443", r -> r.protocol == 6 && r.destinationPort == 443),
                new FilterCase("src host " + a + " and dst host " + b, r -> isSource(r, a) && isDestination(r, b)),
                new FilterCase("(src net 10.0.0.0/24 or dst host " + b + ") and not udp",
                        r -> (v4Source(r, 0x0A00_0000, 24) || isDestination(r, b)) && r.protocol != 17));
    }

    private static boolean isSource(FlowRecord r, IpAddress a) {
        return r.sourceHigh == a.high() && r.sourceLow == a.low();
    }

    private static boolean isDestination(FlowRecord r, IpAddress a) {
        return r.destinationHigh == a.high() && r.destinationLow == a.low();
    }

    private static boolean v4Source(FlowRecord r, int network, int length) {
        return inV4Block(r.sourceHigh, r.sourceLow, network, length);
    }

    private static boolean v4Destination(FlowRecord r, int network, int length) {
        return inV4Block(r.destinationHigh, r.destinationLow, network, length);
    }

    /** IPv4 addresses are ::ffff:a.b.c.d: high 0, low 0x0000ffff_aabbccdd. */
    private static boolean inV4Block(long high, long low, int network, int length) {
        return high == 0 && (low >>> 32) == 0xFFFF && ((int) low >>> (32 - length)) == (network >>> (32 - length));
    }
}
