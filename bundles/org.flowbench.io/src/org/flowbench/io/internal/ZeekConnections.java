package org.flowbench.io.internal;

import java.util.List;

import org.flowbench.io.ReadReport;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSink;
import org.flowbench.model.IpAddress;

/**
 * What a Zeek conn.log record means as flows, whichever way it is written (TSV or JSON lines): a
 * connection is two flows, originator to responder with {@code orig_ip_bytes} and
 * {@code orig_pkts}, and back with the {@code resp_} counts (left out when nothing came back). IP
 * bytes, not payload bytes, as NetFlow counts them. Columns are found by name; a missing or unset
 * count is 0, a missing address or time makes the record unreadable.
 */
final class ZeekConnections {

    /** The columns used, in the order of the constants below. */
    static final List<String> COLUMNS = List.of("ts", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto", "duration",
            "orig_pkts", "orig_ip_bytes", "resp_pkts", "resp_ip_bytes");
    static final int TS = 0;
    static final int ORIG_H = 1;
    static final int ORIG_P = 2;
    static final int RESP_H = 3;
    static final int RESP_P = 4;
    static final int PROTO = 5;
    static final int DURATION = 6;
    static final int ORIG_PKTS = 7;
    static final int ORIG_IP_BYTES = 8;
    static final int RESP_PKTS = 9;
    static final int RESP_IP_BYTES = 10;

    /** Counter in the {@link ReadReport}: records read, each one or two flows. */
    static final String CONNECTIONS = "connections";

    /** One record's values by the column constants above; null when missing or unset. */
    interface Values {
        String get(int column);
    }

    private final FlowRecord flow = new FlowRecord();
    private final FlowSink sink;
    long connections;

    ZeekConnections(FlowSink sink) {
        this.sink = sink;
    }

    /**
     * Gives the record's flows to the sink.
     *
     * @return the flows given (1 or 2)
     * @throws IllegalArgumentException naming the column and the problem; nothing was given
     */
    int accept(Values v) {
        long start = Fields.timestamp("ts", required(v, TS));
        IpAddress orig = Fields.address("id.orig_h", required(v, ORIG_H));
        IpAddress resp = Fields.address("id.resp_h", required(v, RESP_H));
        int origPort = Fields.port("id.orig_p", optional(v, ORIG_P));
        int respPort = Fields.port("id.resp_p", optional(v, RESP_P));
        int protocol = protocol(optional(v, PROTO), orig.isV4());
        long end = start + duration(optional(v, DURATION));
        long origPackets = Fields.optionalCount("orig_pkts", optional(v, ORIG_PKTS));
        long origBytes = Fields.optionalCount("orig_ip_bytes", optional(v, ORIG_IP_BYTES));
        long respPackets = Fields.optionalCount("resp_pkts", optional(v, RESP_PKTS));
        long respBytes = Fields.optionalCount("resp_ip_bytes", optional(v, RESP_IP_BYTES));
        connections++;
        give(start, end, orig, resp, origPort, respPort, protocol, origBytes, origPackets);
        if (respBytes == 0 && respPackets == 0) {
            return 1;
        }
        give(start, end, resp, orig, respPort, origPort, protocol, respBytes, respPackets);
        return 2;
    }

    private void give(long start, long end, IpAddress from, IpAddress to, int fromPort, int toPort, int protocol, long bytes, long packets) {
        FlowRecord f = flow.clear();
        f.startMicros = start;
        f.endMicros = end;
        f.source(from).destination(to);
        f.sourcePort = fromPort;
        f.destinationPort = toPort;
        f.protocol = protocol;
        f.bytes = bytes;
        f.packets = packets;
        sink.accept(f);
    }

    private static String required(Values v, int column) {
        String s = v.get(column);
        if (s == null || s.isEmpty()) {
            throw new IllegalArgumentException(COLUMNS.get(column) + ": unset");
        }
        return s;
    }

    private static String optional(Values v, int column) {
        String s = v.get(column);
        return s == null ? "" : s;
    }

    private static int protocol(String proto, boolean v4) {
        return switch (proto) {
            case "tcp" -> 6;
            case "udp" -> 17;
            case "icmp" -> v4 ? 1 : 58;
            default -> 0; // unknown_transport
        };
    }

    private static long duration(String seconds) {
        if (seconds.isEmpty()) {
            return 0;
        }
        double d;
        try {
            d = Double.parseDouble(seconds);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("duration: not a number of seconds: '" + seconds + "'");
        }
        if (!(d >= 0 && d < 1e12)) {
            throw new IllegalArgumentException("duration: " + seconds + " seconds is not a duration");
        }
        return Math.round(d * 1e6);
    }
}
