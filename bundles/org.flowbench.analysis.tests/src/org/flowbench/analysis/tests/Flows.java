package org.flowbench.analysis.tests;

import org.flowbench.model.FlowRecord;
import org.flowbench.model.IpAddress;

/** Writes flows for tests in one line each. */
public final class Flows {

    /** 2026-01-01T00:00:00Z in microseconds since the epoch. */
    public static final long T0 = 1_767_225_600_000_000L;
    public static final long SECOND = 1_000_000L;
    public static final long MINUTE = 60 * SECOND;
    public static final long HOUR = 60 * MINUTE;

    private Flows() {
    }

    public static FlowRecord flow(long startMicros, long durationMicros, String source, int sourcePort, String destination,
            int destinationPort, int protocol, long bytes, long packets) {
        FlowRecord r = new FlowRecord().source(IpAddress.parse(source)).destination(IpAddress.parse(destination));
        r.startMicros = startMicros;
        r.endMicros = startMicros + durationMicros;
        r.sourcePort = sourcePort;
        r.destinationPort = destinationPort;
        r.protocol = protocol;
        r.bytes = bytes;
        r.packets = packets;
        return r;
    }
}
