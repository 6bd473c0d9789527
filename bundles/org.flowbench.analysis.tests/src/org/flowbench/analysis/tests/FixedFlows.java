package org.flowbench.analysis.tests;

import static org.flowbench.analysis.tests.Flows.MINUTE;
import static org.flowbench.analysis.tests.Flows.SECOND;
import static org.flowbench.analysis.tests.Flows.T0;
import static org.flowbench.analysis.tests.Flows.flow;

import java.util.List;

import org.flowbench.model.FlowRecord;

/**
 * Ten flows written out, small enough to compute every analysis by hand: two clients (10.0.0.1,
 * 10.0.0.2) talk to a web server (192.168.1.10) and a DNS server (192.168.1.53); 10.0.0.3 sends one
 * empty flow; one IPv6 multicast flow. 12,484 bytes, 66 packets in all, from T0 (2026-01-01T00:00Z)
 * to T0 + 23 min.
 */
public final class FixedFlows {

    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int ICMP = 1;

    private FixedFlows() {
    }

    public static List<FlowRecord> flows() {
        return List.of(
                flow(T0, 2 * SECOND, "10.0.0.1", 50000, "192.168.1.10", 443, TCP, 1000, 10), // 1
                flow(T0 + SECOND, SECOND, "192.168.1.10", 443, "10.0.0.1", 50000, TCP, 5000, 8), // 2: the answer
                flow(T0 + 30 * SECOND, 0, "10.0.0.2", 40000, "192.168.1.53", 53, UDP, 80, 1), // 3
                flow(T0 + 30 * SECOND + 500_000, 0, "192.168.1.53", 53, "10.0.0.2", 40000, UDP, 120, 1), // 4
                flow(T0 + 61 * SECOND, 10 * MINUTE, "10.0.0.2", 41000, "192.168.1.10", 80, TCP, 2000, 20), // 5
                flow(T0 + 65 * SECOND, SECOND, "10.0.0.1", 0, "192.168.1.53", 0, ICMP, 84, 1), // 6
                flow(T0 + 125 * SECOND, 3 * SECOND, "10.0.0.1", 50001, "192.168.1.10", 443, TCP, 3000, 12), // 7
                flow(T0 + 130 * SECOND, 0, "10.0.0.3", 60000, "192.168.1.10", 8123, TCP, 0, 1), // 8: empty
                flow(T0 + 180 * SECOND - 1, 20 * MINUTE, "10.0.0.1", 50002, "192.168.1.10", 22, TCP, 1000, 10), // 9: 1 us before minute 3
                flow(T0 + 180 * SECOND, SECOND, "2001:db8::1", 5353, "ff02::fb", 5353, UDP, 200, 2)); // 10
    }

    public static Dataset dataset() {
        return new Dataset().addAll(flows());
    }
}
