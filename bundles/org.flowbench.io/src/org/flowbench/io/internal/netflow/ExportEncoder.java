package org.flowbench.io.internal.netflow;

import java.nio.ByteBuffer;

import org.flowbench.model.FlowRecord;
import org.flowbench.model.IpAddress;

/**
 * Writes flows as NetFlow v9 or IPFIX export datagrams, as a router would send them: one template
 * for IPv4 flows and one for IPv6 flows, sent in the first datagram and again every
 * {@link #TEMPLATE_EVERY} datagrams, then data sets of as many records as fit. Counters are
 * 64-bit, times absolute milliseconds for IPFIX and uptime-relative for v9. Sequence numbers as
 * the RFCs count them (v9: datagrams, IPFIX: data records), so a collector can count what it lost.
 * For the collector's load test and for tests; not thread-safe.
 */
public final class ExportEncoder {

    /** Datagrams between template resends. */
    public static final int TEMPLATE_EVERY = 64;
    private static final int TEMPLATE_V4 = 256;
    private static final int TEMPLATE_V6 = 257;

    private final int version;
    private final long domain;
    private final long bootMillis;
    private final int v4Record;
    private final int v6Record;
    /** Two buffers: one is written while the other holds the finished datagram. */
    private ByteBuffer out;
    private ByteBuffer ready;
    private boolean open;
    private long sequence;
    private long datagrams;
    private int setStart = -1;
    private int setTemplate;
    /** Records in the datagram: v9's header counts template records too. */
    private int records;
    private int dataRecords;
    private long exportMillis;

    /**
     * @param version    9 or 10 (IPFIX)
     * @param domain     the source id (v9) or observation domain (IPFIX)
     * @param maxBytes   the largest datagram, e.g. 1400 to stay under an Ethernet MTU
     * @param bootMillis when the exporter started, for v9's uptime
     */
    public ExportEncoder(int version, long domain, int maxBytes, long bootMillis) {
        if (version != 9 && version != 10) {
            throw new IllegalArgumentException("version " + version + " is neither 9 nor 10");
        }
        if (maxBytes < 200 || maxBytes > 65_000) {
            throw new IllegalArgumentException("datagram size " + maxBytes + " is not in 200..65000");
        }
        this.version = version;
        this.domain = domain;
        this.bootMillis = bootMillis;
        // addresses, ports, protocol, flags, 64-bit octets and packets, two times (v9: 32-bit uptime, IPFIX: 64-bit ms)
        this.v4Record = 4 + 4 + 2 + 2 + 1 + 1 + 8 + 8 + (version == 9 ? 8 : 16);
        this.v6Record = v4Record + 24;
        this.out = ByteBuffer.allocate(maxBytes);
        this.ready = ByteBuffer.allocate(maxBytes).limit(0);
    }

    /**
     * Adds a flow to the datagram being written.
     *
     * @param nowMillis the export time
     * @return whether the datagram was full before this flow: then {@link #datagram()} holds it,
     *         and the flow starts the next one
     */
    public boolean add(FlowRecord f, long nowMillis) {
        boolean v4 = f.sourceHigh == 0 && f.destinationHigh == 0 && (f.sourceLow >>> 32) == IpAddress.V4_MAPPED_PREFIX >>> 32
                && (f.destinationLow >>> 32) == IpAddress.V4_MAPPED_PREFIX >>> 32;
        int template = v4 ? TEMPLATE_V4 : TEMPLATE_V6;
        int size = (v4 ? v4Record : v6Record) + (template != setTemplate ? 4 : 0);
        boolean finished = false;
        if (open && out.position() + size > out.capacity()) {
            finish();
            finished = true;
        }
        if (!open) {
            begin(nowMillis);
        }
        if (setStart < 0 || setTemplate != template) {
            openSet(template);
        }
        write(f, v4);
        return finished;
    }

    /** Finishes the datagram being written, if it has flows; @return whether {@link #datagram()} holds one */
    public boolean flush() {
        if (!open || dataRecords == 0) {
            return false;
        }
        finish();
        return true;
    }

    /** @return the finished datagram, from position 0 to the limit; valid until the next datagram is finished */
    public ByteBuffer datagram() {
        return ready;
    }

    /** @return datagrams finished so far */
    public long datagrams() {
        return datagrams;
    }

    private void begin(long nowMillis) {
        open = true;
        exportMillis = nowMillis;
        out.clear();
        out.position(version == 9 ? 20 : 16);
        setStart = -1;
        setTemplate = 0;
        records = 0;
        dataRecords = 0;
        if (datagrams % TEMPLATE_EVERY == 0) {
            templates();
        }
    }

    private void openSet(int template) {
        closeSet();
        setStart = out.position();
        setTemplate = template;
        out.putShort((short) template).putShort((short) 0);
    }

    private void closeSet() {
        if (setStart >= 0) {
            out.putShort(setStart + 2, (short) (out.position() - setStart));
        }
    }

    private void templates() {
        int start = out.position();
        boolean ipfix = version == 10;
        out.putShort((short) (ipfix ? 2 : 0)).putShort((short) 0);
        for (int template : new int[] { TEMPLATE_V4, TEMPLATE_V6 }) {
            boolean v4 = template == TEMPLATE_V4;
            out.putShort((short) template).putShort((short) 10);
            field(v4 ? 8 : 27, v4 ? 4 : 16);
            field(v4 ? 12 : 28, v4 ? 4 : 16);
            field(7, 2);
            field(11, 2);
            field(4, 1);
            field(6, 1);
            field(1, 8);
            field(2, 8);
            field(ipfix ? 152 : 22, ipfix ? 8 : 4);
            field(ipfix ? 153 : 21, ipfix ? 8 : 4);
            records++;
        }
        out.putShort(start + 2, (short) (out.position() - start));
    }

    private void field(int element, int length) {
        out.putShort((short) element).putShort((short) length);
    }

    private void write(FlowRecord f, boolean v4) {
        if (v4) {
            out.putInt((int) f.sourceLow).putInt((int) f.destinationLow);
        } else {
            out.putLong(f.sourceHigh).putLong(f.sourceLow).putLong(f.destinationHigh).putLong(f.destinationLow);
        }
        out.putShort((short) f.sourcePort).putShort((short) f.destinationPort).put((byte) f.protocol).put((byte) f.tcpFlags);
        out.putLong(f.bytes).putLong(f.packets);
        if (version == 10) {
            out.putLong(f.startMicros / 1000).putLong(f.endMicros / 1000);
        } else {
            out.putInt((int) (f.startMicros / 1000 - bootMillis)).putInt((int) (f.endMicros / 1000 - bootMillis));
        }
        records++;
        dataRecords++;
    }

    private void finish() {
        closeSet();
        int length = out.position();
        if (version == 9) {
            out.putShort(0, (short) 9).putShort(2, (short) records).putInt(4, (int) (exportMillis - bootMillis))
                    .putInt(8, (int) (exportMillis / 1000)).putInt(12, (int) sequence).putInt(16, (int) domain);
            sequence++;
        } else {
            out.putShort(0, (short) 10).putShort(2, (short) length).putInt(4, (int) (exportMillis / 1000)).putInt(8, (int) sequence)
                    .putInt(12, (int) domain);
            sequence += dataRecords;
        }
        datagrams++;
        out.limit(length).position(0);
        ByteBuffer done = out;
        out = ready;
        ready = done;
        open = false;
    }
}
