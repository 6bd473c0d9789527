package org.flowbench.analysis.portscan.internal;

import org.flowbench.analysis.AnalysisDescriptor;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.Durations;
import org.flowbench.model.Protocols;

/**
 * The thresholds of {@link ScanDetector}, read from a query's parameters (defaults from the
 * descriptor in plugin.xml).
 *
 * @param windowMicros length of a window; windows start every half window
 * @param minPorts     distinct ports of one destination that make a port scan
 * @param minHosts     distinct destinations that make a host sweep
 * @param maxPackets   flows with more packets are not probes and are not counted
 * @param protocols    tcp-icmp, tcp or all: the protocols whose flows can be probes
 */
record ScanSettings(long windowMicros, int minPorts, int minHosts, long maxPackets, String protocols) {

    ScanSettings {
        if (windowMicros < 2) {
            throw new IllegalArgumentException("parameter window: expected at least 2 microseconds");
        }
        if (minPorts < 1 || minHosts < 1 || maxPackets < 1) {
            throw new IllegalArgumentException("parameters min-ports, min-hosts and max-packets: expected at least 1");
        }
    }

    static ScanSettings of(AnalysisDescriptor descriptor, AnalysisQuery query) {
        return new ScanSettings(Durations.parseMicros(query.parameter(descriptor, "window")),
                intValue(query.parameter(descriptor, "min-ports"), "min-ports"),
                intValue(query.parameter(descriptor, "min-hosts"), "min-hosts"),
                Long.parseLong(query.parameter(descriptor, "max-packets")), query.parameter(descriptor, "protocols"));
    }

    /** @return whether flows of this protocol can be probes */
    boolean probes(int protocol) {
        return switch (protocols) {
        case "tcp" -> protocol == Protocols.TCP;
        case "tcp-icmp" -> protocol == Protocols.TCP || protocol == Protocols.ICMP || protocol == Protocols.ICMPV6;
        default -> true;
        };
    }

    /** Half a window: a burst of probes shorter than this lies wholly inside at least one window. */
    long hopMicros() {
        return windowMicros / 2;
    }

    /** The fewest probes that can reach either threshold: sources with fewer in a window are skipped. */
    int minProbes() {
        return Math.min(minPorts, minHosts);
    }

    private static int intValue(String text, String id) {
        long v = Long.parseLong(text);
        if (v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("parameter " + id + "=" + text + ": expected at most " + Integer.MAX_VALUE);
        }
        return (int) v;
    }
}
