package org.flowbench.ui.tables.internal.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.flowbench.model.AddressDictionary;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.IpAddress;
import org.flowbench.model.IpPrefix;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.tables.internal.flows.SelectedRows;

/**
 * Finds slow exfiltration: one internal host sending to one external host, that no other internal
 * host talks to, steadily over hours: flows in most of the hours between its first and its last.
 * Candidates are ranked by the bytes sent; a busy service that many clients use never qualifies,
 * since it has more than one internal peer.
 */
public final class ExfiltrationDetector {

    /** An upload found. */
    public record Upload(IpAddress source, IpAddress destination, long flows, long bytes, TimeRange time, int activeHours) {
    }

    private static final long HOUR = 3_600_000_000L;
    private static final List<IpPrefix> INTERNAL = List.of(IpPrefix.parse("10.0.0.0/8"), IpPrefix.parse("172.16.0.0/12"),
            IpPrefix.parse("192.168.0.0/16"), IpPrefix.parse("fc00::/7"));
    // counters per pair
    private static final int FLOWS = 0;
    private static final int BYTES = 1;
    private static final int FIRST = 2;
    private static final int LAST = 3;
    private static final int HOURS = 4;

    private final int minHours;
    private final int minFlows;
    private final double minActiveShare;

    /**
     * @param minHours       how many hours the uploads must span at least
     * @param minFlows       how many flows at least
     * @param minActiveShare the least share of the spanned hours that have flows
     */
    public ExfiltrationDetector(int minHours, int minFlows, double minActiveShare) {
        this.minHours = minHours;
        this.minFlows = minFlows;
        this.minActiveShare = minActiveShare;
    }

    public static ExfiltrationDetector standard() {
        return new ExfiltrationDetector(2, 12, 0.75);
    }

    /** @return whether the address lies in a private (RFC 1918) or unique local (RFC 4193) block */
    public static boolean isInternal(long high, long low) {
        for (IpPrefix p : INTERNAL) {
            if (p.contains(high, low)) {
                return true;
            }
        }
        return false;
    }

    /** @return the uploads in the selected rows, most bytes first */
    public List<Upload> find(FlowSnapshot flows, TimeRange range, FlowFilter filter, BooleanSupplier canceled) {
        TimeRange span = flows.timeSpan();
        // flows start in the range, so a range no longer than minHours holds no upload that long
        if (span == null || span.intersect(range).lengthMicros() <= minHours * HOUR) {
            return List.of();
        }
        long origin = span.startMicros();
        AddressDictionary addresses = flows.addresses();
        int ids = addresses.size();
        boolean[] internal = new boolean[ids];
        for (int id = 0; id < ids; id++) {
            internal[id] = isInternal(addresses.high(id), addresses.low(id));
        }
        int[] peer = new int[ids]; // the one internal host sending to an external one; -1 none, -2 several
        Arrays.fill(peer, -1);
        // the first pass finds each external host's internal peers; only the pairs of hosts with one
        // are grouped in the second, and a popular service's many clients cost an array lookup each
        SelectedRows.scan(flows, range, filter, (s, i, p) -> {
            int src = s.source(i);
            int dst = s.destination(i);
            if (internal[src] && !internal[dst]) {
                peer[dst] = peer[dst] == -1 || peer[dst] == src ? src : -2;
            }
        }, canceled);
        LongCounts pairs = new LongCounts(5, 1 << 12);
        SelectedRows.scan(flows, range, filter, (s, i, p) -> {
            int src = s.source(i);
            int dst = s.destination(i);
            if (peer[dst] != src) {
                return; // also when src is external or dst internal: peer[dst] is then never src
            }
            int before = pairs.size();
            int o = pairs.offset((long) src << 32 | dst);
            long[] c = pairs.counters();
            long t = s.start(i);
            if (pairs.size() > before) {
                c[o + FIRST] = t;
                c[o + LAST] = t;
            }
            c[o + FLOWS]++;
            c[o + BYTES] += s.bytes(i);
            c[o + FIRST] = Math.min(c[o + FIRST], t);
            c[o + LAST] = Math.max(c[o + LAST], t);
            c[o + HOURS] |= 1L << Math.min(63, (t - origin) / HOUR);
        }, canceled);
        List<Upload> found = new ArrayList<>();
        long[] c = pairs.counters();
        for (int slot = 0; slot < pairs.slots(); slot++) {
            if (!pairs.isUsed(slot)) {
                continue;
            }
            int o = slot * pairs.width();
            long key = pairs.keyAt(slot);
            int src = (int) (key >>> 32);
            int dst = (int) key;
            long spanHours = Math.min(63, (c[o + LAST] - origin) / HOUR) - Math.min(63, (c[o + FIRST] - origin) / HOUR) + 1;
            int active = Long.bitCount(c[o + HOURS]);
            boolean longEnough = c[o + LAST] - c[o + FIRST] >= minHours * HOUR;
            if (c[o + FLOWS] >= minFlows && longEnough && active >= minActiveShare * spanHours) {
                found.add(new Upload(addresses.address(src), addresses.address(dst), c[o + FLOWS], c[o + BYTES],
                        new TimeRange(c[o + FIRST], c[o + LAST] + 1), active));
            }
        }
        found.sort(Comparator.comparingLong(Upload::bytes).reversed());
        return found;
    }
}
