package org.flowbench.io.internal.netflow;

import java.util.HashMap;
import java.util.Map;

import org.flowbench.model.IpAddress;

/**
 * One exporter's observation domain (IPFIX), source id (NetFlow v9) or engine (NetFlow v5): its
 * templates, its sequence numbers and what arrived from it. Templates are only valid within their
 * domain (RFC 7011 section 8, RFC 3954 section 5.1), so they are kept here.
 */
public final class ExportDomain {

    final long addressHigh;
    final long addressLow;
    final int version;
    final long domain;
    final Map<Integer, Template> templates = new HashMap<>();

    long datagrams;
    long flows;
    long optionsRecords;
    long templateRecords;
    long withdrawals;
    long undecodableSets;
    long malformed;
    /** Units lost by sequence number: flows (v5), data records (IPFIX), export packets (v9). */
    long lostUnits;
    long lateDatagrams;
    long sequenceResets;
    /** Data records in datagrams whose sequence was followed, for the records per v9 packet. */
    long sequencedRecords;
    long sequencedDatagrams;
    private boolean sequenceKnown;
    private long nextSequence;

    ExportDomain(long addressHigh, long addressLow, int version, long domain) {
        this.addressHigh = addressHigh;
        this.addressLow = addressLow;
        this.version = version;
        this.domain = domain;
    }

    /** A sequence jump this far ahead is an exporter that restarted, not loss. */
    private static final long MAX_GAP = 1L << 24;

    /**
     * Follows the sequence: a number ahead of the expected one counts the units in between as lost,
     * one behind is a late datagram whose units were counted lost before and now arrived.
     *
     * @param units what this datagram adds to the sequence; -1 when unknown (then the next datagram resynchronizes)
     */
    void sequence(long sequence, long units) {
        if (sequenceKnown) {
            long diff = (int) (sequence - nextSequence); // modulo 2^32
            if (diff > 0 && diff < MAX_GAP) {
                lostUnits += diff;
            } else if (diff < 0 && -diff < MAX_GAP) {
                lateDatagrams++;
                lostUnits = Math.max(0, lostUnits - Math.max(units, 0));
                return;
            } else if (diff != 0) {
                sequenceResets++;
            }
        }
        if (units < 0) {
            sequenceKnown = false;
            return;
        }
        sequenceKnown = true;
        nextSequence = (sequence + units) & 0xFFFF_FFFFL;
    }

    public IpAddress exporter() {
        return IpAddress.of(addressHigh, addressLow);
    }

    /** @return 5, 9 or 10 (IPFIX) */
    public int version() {
        return version;
    }

    /** @return the observation domain (IPFIX), source id (v9) or engine type and id (v5) */
    public long domain() {
        return domain;
    }

    public long datagrams() {
        return datagrams;
    }

    public long flows() {
        return flows;
    }

    public long optionsRecords() {
        return optionsRecords;
    }

    public long undecodableSets() {
        return undecodableSets;
    }

    public long malformedDatagrams() {
        return malformed;
    }

    public long templates() {
        return templates.size();
    }

    /**
     * @return flows lost by sequence number; for NetFlow v9, whose sequence counts export packets,
     *         the lost packets times the records per packet seen from this domain
     */
    public long lostFlows() {
        if (version != 9) {
            return lostUnits;
        }
        return sequencedDatagrams == 0 ? 0 : Math.round((double) lostUnits * sequencedRecords / sequencedDatagrams);
    }

    /** @return export packets lost by sequence number (NetFlow v9 only; 0 for the others) */
    public long lostDatagrams() {
        return version == 9 ? lostUnits : 0;
    }

    public long lateDatagrams() {
        return lateDatagrams;
    }

    public long sequenceResets() {
        return sequenceResets;
    }

    @Override
    public String toString() {
        return exporter() + " v" + version + " domain " + domain;
    }
}
