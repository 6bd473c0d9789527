package org.flowbench.model;

/**
 * One flow: a unidirectional exchange between two endpoints, as readers produce it and the store
 * hands it back. Mutable on purpose: readers fill one instance per flow and pass it to a
 * {@link FlowSink}, which copies what it keeps, so that no object is made per flow.
 * <p>
 * Times are microseconds since the Unix epoch. Addresses are two longs each in the form of
 * {@link IpAddress} (IPv4 mapped into IPv6). Ports are 0 for protocols without ports.
 * {@code tcpFlags} is the OR of the TCP flags seen, 0 when none were seen or none are known.
 */
public final class FlowRecord {

    public long startMicros;
    public long endMicros;
    public long sourceHigh;
    public long sourceLow;
    public long destinationHigh;
    public long destinationLow;
    public int sourcePort;
    public int destinationPort;
    public int protocol;
    public int tcpFlags;
    public long bytes;
    public long packets;

    public FlowRecord source(IpAddress address) {
        sourceHigh = address.high();
        sourceLow = address.low();
        return this;
    }

    public FlowRecord destination(IpAddress address) {
        destinationHigh = address.high();
        destinationLow = address.low();
        return this;
    }

    /** @param address IPv4 address in network order */
    public FlowRecord sourceV4(int address) {
        sourceHigh = 0L;
        sourceLow = IpAddress.V4_MAPPED_PREFIX | (address & 0xFFFF_FFFFL);
        return this;
    }

    /** @param address IPv4 address in network order */
    public FlowRecord destinationV4(int address) {
        destinationHigh = 0L;
        destinationLow = IpAddress.V4_MAPPED_PREFIX | (address & 0xFFFF_FFFFL);
        return this;
    }

    public IpAddress source() {
        return IpAddress.of(sourceHigh, sourceLow);
    }

    public IpAddress destination() {
        return IpAddress.of(destinationHigh, destinationLow);
    }

    /** Sets every field to zero. */
    public FlowRecord clear() {
        startMicros = endMicros = 0;
        sourceHigh = sourceLow = destinationHigh = destinationLow = 0;
        sourcePort = destinationPort = protocol = tcpFlags = 0;
        bytes = packets = 0;
        return this;
    }

    public FlowRecord copyFrom(FlowRecord o) {
        startMicros = o.startMicros;
        endMicros = o.endMicros;
        sourceHigh = o.sourceHigh;
        sourceLow = o.sourceLow;
        destinationHigh = o.destinationHigh;
        destinationLow = o.destinationLow;
        sourcePort = o.sourcePort;
        destinationPort = o.destinationPort;
        protocol = o.protocol;
        tcpFlags = o.tcpFlags;
        bytes = o.bytes;
        packets = o.packets;
        return this;
    }

    /**
     * @return null when the record can be stored, else what is wrong with it (readers report this
     *         with the file and the place instead of storing wrong numbers)
     */
    public String problem() {
        if (endMicros < startMicros) {
            return "the flow ends before it starts";
        }
        if (bytes < 0 || packets < 0) {
            return "negative byte or packet count";
        }
        if (protocol < 0 || protocol > 255) {
            return "protocol number " + protocol + " is not in 0..255";
        }
        if (sourcePort < 0 || sourcePort > 65535 || destinationPort < 0 || destinationPort > 65535) {
            return "port not in 0..65535";
        }
        if (tcpFlags < 0 || tcpFlags > 255) {
            return "TCP flags not in 0..255";
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlowRecord r && r.startMicros == startMicros && r.endMicros == endMicros
                && r.sourceHigh == sourceHigh && r.sourceLow == sourceLow && r.destinationHigh == destinationHigh
                && r.destinationLow == destinationLow && r.sourcePort == sourcePort
                && r.destinationPort == destinationPort && r.protocol == protocol && r.tcpFlags == tcpFlags
                && r.bytes == bytes && r.packets == packets;
    }

    @Override
    public int hashCode() {
        long h = startMicros * 31 + sourceLow;
        h = h * 31 + destinationLow;
        h = h * 31 + ((long) sourcePort << 16 | destinationPort);
        h = h * 31 + bytes;
        return Long.hashCode(h);
    }

    @Override
    public String toString() {
        return TimeRange.toInstant(startMicros) + " " + IpAddress.format(sourceHigh, sourceLow) + ":" + sourcePort + " -> "
                + IpAddress.format(destinationHigh, destinationLow) + ":" + destinationPort + " " + Protocols.name(protocol)
                + " " + bytes + " B " + packets + " pkt" + (endMicros > startMicros ? " for " + (endMicros - startMicros) + " us" : "");
    }
}
