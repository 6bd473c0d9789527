package org.flowbench.io.internal.netflow;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.flowbench.io.ReadReport;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSink;
import org.flowbench.model.IpAddress;

/**
 * Decodes flow export datagrams, NetFlow v5 (Cisco's fixed format), NetFlow v9 (RFC 3954) and IPFIX
 * (RFC 7011), into flows for a sink. The same code serves files (datagrams found in packet captures)
 * and the live collector, one datagram at a time, on one thread.
 * <p>
 * Templates are kept per exporter address and observation domain (source id, engine); a template
 * sent again replaces the old one, an IPFIX withdrawal removes it. Data sets whose template has not
 * arrived yet are held (at most {@link #MAX_HELD_BYTES} in all, for at most the hold time of
 * arrival time) and decoded when it comes; after that they count as undecodable, never guessed.
 * Options records are counted, not stored: they describe the exporter, not traffic.
 * <p>
 * Nothing an exporter sends can grow memory without bound: exporter domains, templates, their fields
 * and held sets all have caps, and what goes beyond them is counted and dropped. Every length is
 * checked against the datagram before it is used, so a malformed datagram is counted and skipped.
 */
public final class ExportDecoder {

    /** Counters in a {@link ReadReport}. */
    public static final String DATAGRAMS = "export datagrams";
    public static final String RECORDS = "flow records";
    public static final String OPTIONS_RECORDS = "options records";
    public static final String UNDECODABLE_SETS = "data sets without template (undecodable)";
    public static final String MALFORMED = "malformed export datagrams";
    public static final String LOST_FLOWS = "flows lost by sequence number";
    public static final String REFUSED_TEMPLATES = "templates refused (limit)";
    public static final String SETS_BEYOND_COUNT = "NetFlow v9 sets after the header's record count";

    static final int MAX_DOMAINS = 4096;
    static final int MAX_TEMPLATES = 65_536;
    static final int MAX_TEMPLATE_FIELDS = 1 << 20;
    static final int MAX_FIELDS_PER_TEMPLATE = 1024;
    static final int MAX_HELD_BYTES = 4 << 20;
    static final int MAX_HELD_SETS = 16_384;
    /** Exporters resend templates every few seconds to minutes (softflowd: every 16 packets, Cisco: 30 minutes at most). */
    public static final long DEFAULT_HOLD_MICROS = 60_000_000L;

    private static final long NTP_EPOCH_OFFSET = 2_208_988_800L;

    private final FlowSink sink;
    private final long holdMicros;
    private final boolean stopAtV9Count;
    private final FlowRecord record = new FlowRecord();
    private final Map<DomainKey, ExportDomain> domains = new HashMap<>();
    private final ArrayDeque<Held> held = new ArrayDeque<>();
    private ExportDomain last;
    private int templateCount;
    private int templateFields;
    private int heldBytes;
    private String problem;

    long datagrams;
    long malformed;
    long notExport;
    long flows;
    long optionsRecords;
    long undecodableSets;
    long refusedTemplates;
    long refusedDomains;
    long heldSets;
    long setsBeyondCount;

    /** Per datagram: data records decoded, and whether some set went unknown (held or undecodable). */
    private long recordsInDatagram;
    private boolean unknownSets;

    public ExportDecoder(FlowSink sink) {
        this(sink, DEFAULT_HOLD_MICROS);
    }

    /** @param holdMicros how long, in arrival time, a data set waits for its template */
    public ExportDecoder(FlowSink sink, long holdMicros) {
        this(sink, holdMicros, false);
    }

    /**
     * @param holdMicros    how long, in arrival time, a data set waits for its template
     * @param stopAtV9Count whether NetFlow v9 sets after the header's record count are left out, as
     *                      Wireshark does; by default every set is decoded, as nfdump does, since
     *                      exporters get the count wrong (softflowd 1.1 leaves its last data set out
     *                      of it)
     */
    public ExportDecoder(FlowSink sink, long holdMicros, boolean stopAtV9Count) {
        this.sink = sink;
        this.holdMicros = holdMicros;
        this.stopAtV9Count = stopAtV9Count;
    }

    private record DomainKey(long high, long low, int version, long domain) {
    }

    private record Held(ExportDomain domain, int templateId, byte[] set, long exportMicros, long uptimeMillis, long arrivalMicros) {
    }

    /**
     * Whether the bytes are a well-formed export datagram: a known version whose header counts and
     * lengths agree with the datagram's length exactly. Strict, for detection by content.
     */
    public static boolean isExport(ByteBuffer b, int at, int length) {
        if (length < 16) {
            return false;
        }
        int version = b.getShort(at) & 0xFFFF;
        switch (version) {
            case 5: {
                int count = b.getShort(at + 2) & 0xFFFF;
                return count >= 1 && count <= 30 && length == 24 + 48 * count;
            }
            case 9:
                return length >= 24 && setsFit(b, at + 20, at + length, 0, true);
            case 10: {
                int messageLength = b.getShort(at + 2) & 0xFFFF;
                return messageLength == length && length >= 20 && setsFit(b, at + 16, at + length, 2, false);
            }
            default:
                return false;
        }
    }

    /** Sets from p chain up to the end (v9 may leave up to 3 bytes of padding); ids below 256 must be template sets. */
    private static boolean setsFit(ByteBuffer b, int p, int end, int firstTemplateSet, boolean padded) {
        int sets = 0;
        while (end - p >= 4) {
            int id = b.getShort(p) & 0xFFFF;
            int length = b.getShort(p + 2) & 0xFFFF;
            if (length < 4 || length > end - p || (id < 256 && id != firstTemplateSet && id != firstTemplateSet + 1)) {
                return false;
            }
            p += length;
            sets++;
        }
        return sets > 0 && (p == end || padded);
    }

    /**
     * Decodes one datagram; its flows go to the sink.
     *
     * @param exporterHigh  the exporter's address (upper half, {@link IpAddress} form)
     * @param exporterLow   the exporter's address (lower half)
     * @param arrivalMicros when it arrived (capture time or receive time): for the hold time and
     *                      flows without times of their own
     * @return null when it was decoded; else what is wrong with it (the datagram is counted as
     *         malformed or not an export, or only the rest of a set was left out)
     */
    public String decode(long exporterHigh, long exporterLow, ByteBuffer b, int at, int length, long arrivalMicros) {
        problem = null;
        expire(arrivalMicros);
        if (length < 4) {
            notExport++;
            return "a datagram of " + length + " bytes is too short for a flow export header";
        }
        int version = b.getShort(at) & 0xFFFF;
        return switch (version) {
            case 5 -> v5(exporterHigh, exporterLow, b, at, length, arrivalMicros);
            case 9 -> v9(exporterHigh, exporterLow, b, at, length, arrivalMicros);
            case 10 -> ipfix(exporterHigh, exporterLow, b, at, length, arrivalMicros);
            default -> {
                notExport++;
                yield "version " + version + " is not NetFlow v5, v9 or IPFIX (10)";
            }
        };
    }

    private String malformed(ExportDomain d, String what) {
        malformed++;
        if (d != null) {
            d.malformed++;
        }
        return what;
    }

    private ExportDomain domain(long high, long low, int version, long id) {
        ExportDomain d = last;
        if (d != null && d.addressLow == low && d.addressHigh == high && d.version == version && d.domain == id) {
            return d;
        }
        DomainKey key = new DomainKey(high, low, version, id);
        d = domains.get(key);
        if (d == null) {
            if (domains.size() >= MAX_DOMAINS) {
                refusedDomains++;
                return null;
            }
            d = new ExportDomain(high, low, version, id);
            domains.put(key, d);
        }
        last = d;
        return d;
    }

    // ------------------------------------------------------------------ NetFlow v5

    private String v5(long high, long low, ByteBuffer b, int at, int length, long arrival) {
        if (length < 24) {
            return malformed(null, "a NetFlow v5 datagram of " + length + " bytes is shorter than its 24-byte header");
        }
        int count = b.getShort(at + 2) & 0xFFFF;
        long uptime = b.getInt(at + 4) & 0xFFFF_FFFFL;
        long exportMicros = (b.getInt(at + 8) & 0xFFFF_FFFFL) * 1_000_000L + (b.getInt(at + 12) & 0xFFFF_FFFFL) / 1000;
        long sequence = b.getInt(at + 16) & 0xFFFF_FFFFL;
        if (24L + 48L * count > length) {
            return malformed(null, "a NetFlow v5 header says " + count + " records, but the datagram holds only " + (length - 24) / 48);
        }
        ExportDomain d = domain(high, low, 5, b.getShort(at + 20) & 0xFFFF);
        if (d == null) {
            return "more than " + MAX_DOMAINS + " exporters: the datagram was dropped";
        }
        datagrams++;
        d.datagrams++;
        d.sequence(sequence, count);
        FlowRecord r = record;
        for (int i = 0, p = at + 24; i < count; i++, p += 48) {
            r.clear();
            r.sourceV4(b.getInt(p));
            r.destinationV4(b.getInt(p + 4));
            r.packets = b.getInt(p + 16) & 0xFFFF_FFFFL;
            r.bytes = b.getInt(p + 20) & 0xFFFF_FFFFL;
            r.startMicros = fromUptime(exportMicros, uptime, b.getInt(p + 24) & 0xFFFF_FFFFL);
            r.endMicros = Math.max(r.startMicros, fromUptime(exportMicros, uptime, b.getInt(p + 28) & 0xFFFF_FFFFL));
            r.sourcePort = b.getShort(p + 32) & 0xFFFF;
            r.destinationPort = b.getShort(p + 34) & 0xFFFF;
            r.tcpFlags = b.get(p + 37) & 0xFF;
            r.protocol = b.get(p + 38) & 0xFF;
            sink.accept(r);
        }
        flows += count;
        d.flows += count;
        return null;
    }

    /** A time in milliseconds of the exporter's uptime, by the uptime at export (both modulo 2^32). */
    private static long fromUptime(long exportMicros, long uptimeMillis, long millis) {
        return exportMicros - (long) (int) (uptimeMillis - millis) * 1000L;
    }

    // ------------------------------------------------------------------ NetFlow v9

    private String v9(long high, long low, ByteBuffer b, int at, int length, long arrival) {
        if (length < 20) {
            return malformed(null, "a NetFlow v9 datagram of " + length + " bytes is shorter than its 20-byte header");
        }
        long uptime = b.getInt(at + 4) & 0xFFFF_FFFFL;
        long exportMicros = (b.getInt(at + 8) & 0xFFFF_FFFFL) * 1_000_000L;
        long sequence = b.getInt(at + 12) & 0xFFFF_FFFFL;
        ExportDomain d = domain(high, low, 9, b.getInt(at + 16) & 0xFFFF_FFFFL);
        if (d == null) {
            return "more than " + MAX_DOMAINS + " exporters: the datagram was dropped";
        }
        String framing = framing(b, at + 20, at + length, "NetFlow v9");
        if (framing != null) {
            return malformed(d, framing);
        }
        datagrams++;
        d.datagrams++;
        sets(d, b, at + 20, at + length, exportMicros, uptime, arrival, b.getShort(at + 2) & 0xFFFF);
        d.sequence(sequence, 1);
        d.sequencedDatagrams++;
        d.sequencedRecords += recordsInDatagram;
        return problem;
    }

    // ------------------------------------------------------------------ IPFIX

    private String ipfix(long high, long low, ByteBuffer b, int at, int length, long arrival) {
        if (length < 16) {
            return malformed(null, "an IPFIX message of " + length + " bytes is shorter than its 16-byte header");
        }
        int messageLength = b.getShort(at + 2) & 0xFFFF;
        if (messageLength < 16 || messageLength > length) {
            return malformed(null, "an IPFIX header says the message has " + messageLength + " bytes, the datagram has " + length);
        }
        long exportMicros = (b.getInt(at + 4) & 0xFFFF_FFFFL) * 1_000_000L;
        long sequence = b.getInt(at + 8) & 0xFFFF_FFFFL;
        ExportDomain d = domain(high, low, 10, b.getInt(at + 12) & 0xFFFF_FFFFL);
        if (d == null) {
            return "more than " + MAX_DOMAINS + " exporters: the datagram was dropped";
        }
        String framing = framing(b, at + 16, at + messageLength, "IPFIX");
        if (framing != null) {
            return malformed(d, framing);
        }
        datagrams++;
        d.datagrams++;
        sets(d, b, at + 16, at + messageLength, exportMicros, -1, arrival, -1);
        // the sequence counts data records; with a set not decoded their number is unknown
        d.sequence(sequence, unknownSets ? -1 : recordsInDatagram);
        return problem;
    }

    /** @return what is wrong with the chain of set headers, or null when every set lies within the datagram */
    private static String framing(ByteBuffer b, int p, int end, String format) {
        int start = p;
        while (end - p >= 4) {
            int length = b.getShort(p + 2) & 0xFFFF;
            if (length < 4 || length > end - p) {
                return "a " + format + " set at byte " + (p - start) + " of the sets says it has " + length + " bytes, "
                        + (length < 4 ? "fewer than its header" : "but only " + (end - p) + " are left");
            }
            p += length;
        }
        return null;
    }

    /**
     * @param count NetFlow v9's record count from the header, -1 for IPFIX: sets after that many
     *              records (templates, data records, a set without template as one) are counted and,
     *              when the decoder stops at the count as Wireshark does, left out
     */
    private void sets(ExportDomain d, ByteBuffer b, int p, int end, long exportMicros, long uptime, long arrival, int count) {
        recordsInDatagram = 0;
        unknownSets = false;
        boolean ipfix = d.version == 10;
        long records = 0;
        while (end - p >= 4) {
            int id = b.getShort(p) & 0xFFFF;
            int setEnd = p + (b.getShort(p + 2) & 0xFFFF);
            if (count >= 0 && records >= count) {
                setsBeyondCount++;
                if (stopAtV9Count) {
                    p = setEnd;
                    continue;
                }
            }
            if (id >= 256) {
                Template t = d.templates.get(id);
                if (t != null) {
                    long before = recordsInDatagram;
                    data(d, t, b, p + 4, setEnd, exportMicros, uptime);
                    records += recordsInDatagram - before;
                } else {
                    hold(d, id, b, p + 4, setEnd, exportMicros, uptime, arrival);
                    records++;
                }
            } else if (id == (ipfix ? 2 : 0)) {
                records += templates(d, b, p + 4, setEnd, false);
            } else if (id == (ipfix ? 3 : 1)) {
                records += templates(d, b, p + 4, setEnd, true);
            } else {
                note("set id " + id + " is reserved; the set was skipped");
            }
            p = setEnd;
        }
    }

    private void note(String what) {
        if (problem == null) {
            problem = what;
        }
    }

    // ------------------------------------------------------------------ templates

    /** @return the template records read */
    private int templates(ExportDomain d, ByteBuffer b, int p, int end, boolean options) {
        boolean ipfix = d.version == 10;
        int header = options ? 6 : 4;
        int read = 0;
        while (end - p >= header) {
            read++;
            int id = b.getShort(p) & 0xFFFF;
            int fields;
            if (options && !ipfix) {
                int scopeBytes = b.getShort(p + 2) & 0xFFFF;
                int optionBytes = b.getShort(p + 4) & 0xFFFF;
                if (scopeBytes % 4 != 0 || optionBytes % 4 != 0) {
                    note("an options template gives field lengths that are not multiples of 4; the rest of its set was skipped");
                    return read;
                }
                fields = (scopeBytes + optionBytes) / 4;
            } else {
                fields = b.getShort(p + 2) & 0xFFFF;
            }
            p += header;
            if (ipfix && fields == 0) {
                withdraw(d, id, options);
                continue;
            }
            if (id < 256 || fields == 0) {
                note("a template record with id " + id + " and " + fields + " fields is invalid; the rest of its set was skipped");
                return read;
            }
            int[] lengths = new int[Math.min(fields, MAX_FIELDS_PER_TEMPLATE)];
            byte[] roles = new byte[lengths.length];
            for (int i = 0; i < fields; i++) {
                if (end - p < 4) {
                    note("template " + id + " runs past the end of its set");
                    return read;
                }
                int element = b.getShort(p) & 0xFFFF;
                int length = b.getShort(p + 2) & 0xFFFF;
                p += 4;
                boolean enterprise = ipfix && (element & 0x8000) != 0;
                if (enterprise) {
                    if (end - p < 4) {
                        note("template " + id + " runs past the end of its set");
                        return read;
                    }
                    p += 4;
                }
                if (i < lengths.length) {
                    lengths[i] = !ipfix && length == Template.VARIABLE ? Template.VARIABLE - 1 : length;
                    roles[i] = enterprise || options ? Template.NONE : Template.role(element, length);
                }
            }
            d.templateRecords++;
            if (fields > MAX_FIELDS_PER_TEMPLATE) {
                refusedTemplates++;
                note("template " + id + " has " + fields + " fields, more than the " + MAX_FIELDS_PER_TEMPLATE + " kept");
                continue;
            }
            add(d, new Template(id, options, lengths, roles));
        }
        return read;
    }

    private void add(ExportDomain d, Template t) {
        Template old = d.templates.get(t.id);
        if (old != null && old.sameAs(t)) {
            return; // a refresh
        }
        int oldFields = old == null ? 0 : old.fieldCount();
        if (old == null && templateCount >= MAX_TEMPLATES || templateFields - oldFields + t.fieldCount() > MAX_TEMPLATE_FIELDS) {
            refusedTemplates++;
            return;
        }
        d.templates.put(t.id, t);
        templateCount += old == null ? 1 : 0;
        templateFields += t.fieldCount() - oldFields;
        release(d, t);
    }

    private void withdraw(ExportDomain d, int id, boolean options) {
        d.withdrawals++;
        if (id == 2 || id == 3) { // all templates (or all options templates) of the domain
            for (Iterator<Template> it = d.templates.values().iterator(); it.hasNext();) {
                Template t = it.next();
                if (t.options == options) {
                    forget(t);
                    it.remove();
                }
            }
        } else {
            Template t = d.templates.remove(id);
            if (t != null) {
                forget(t);
            }
        }
    }

    private void forget(Template t) {
        templateCount--;
        templateFields -= t.fieldCount();
    }

    // ------------------------------------------------------------------ data sets without template

    private void hold(ExportDomain d, int id, ByteBuffer b, int p, int end, long exportMicros, long uptime, long arrival) {
        unknownSets = true;
        int size = end - p;
        if (heldBytes + size > MAX_HELD_BYTES || held.size() >= MAX_HELD_SETS) {
            undecodable(d);
            return;
        }
        byte[] set = new byte[size];
        b.get(p, set);
        held.add(new Held(d, id, set, exportMicros, uptime, arrival));
        heldBytes += size;
        heldSets++;
    }

    private void undecodable(ExportDomain d) {
        undecodableSets++;
        d.undecodableSets++;
    }

    /** Decodes the held sets that waited for this template. */
    private void release(ExportDomain d, Template t) {
        if (held.isEmpty()) {
            return;
        }
        List<Held> ready = null;
        for (Iterator<Held> it = held.iterator(); it.hasNext();) {
            Held h = it.next();
            if (h.domain == d && h.templateId == t.id) {
                if (ready == null) {
                    ready = new ArrayList<>();
                }
                ready.add(h);
                it.remove();
                heldBytes -= h.set.length;
            }
        }
        if (ready != null) {
            long before = recordsInDatagram;
            for (Held h : ready) {
                data(d, t, ByteBuffer.wrap(h.set), 0, h.set.length, h.exportMicros, h.uptimeMillis);
            }
            // records of earlier datagrams: not part of this one's sequence count
            recordsInDatagram = before;
        }
    }

    private void expire(long now) {
        while (!held.isEmpty() && now - held.peekFirst().arrivalMicros > holdMicros) {
            Held h = held.removeFirst();
            heldBytes -= h.set.length;
            undecodable(h.domain);
        }
    }

    /** Counts every set still held as undecodable: the end of a file, or of a collector. */
    public void finish() {
        while (!held.isEmpty()) {
            Held h = held.removeFirst();
            heldBytes -= h.set.length;
            undecodable(h.domain);
        }
    }

    // ------------------------------------------------------------------ data records

    private void data(ExportDomain d, Template t, ByteBuffer b, int p, int end, long exportMicros, long uptime) {
        if (t.fixedLength == 0) {
            return;
        }
        int count = 0;
        while (end - p >= t.minLength) {
            int next = t.fixedLength > 0 ? p + t.fixedLength : -1;
            if (next > end) {
                break; // padding
            }
            next = record(t, b, p, end, exportMicros, uptime);
            if (next < 0) {
                note("a record of template " + t.id + " runs past the end of its set; the rest of the set was skipped");
                break;
            }
            p = next;
            count++;
            if (t.options) {
                optionsRecords++;
                d.optionsRecords++;
            } else {
                sink.accept(record);
            }
        }
        if (!t.options) {
            flows += count;
            d.flows += count;
        }
        recordsInDatagram += count;
    }

    /** Decodes one record into {@link #record}; @return where the next one starts, or -1 when it runs past the end */
    private int record(Template t, ByteBuffer b, int p, int end, long exportMicros, long uptime) {
        FlowRecord r = record;
        r.clear();
        long octets = Long.MIN_VALUE; // not in the record
        long packets = Long.MIN_VALUE;
        long octetsTotal = 0;
        long packetsTotal = 0;
        long start = Long.MIN_VALUE;
        long finish = Long.MIN_VALUE;
        long startUptime = Long.MIN_VALUE;
        long endUptime = Long.MIN_VALUE;
        int[] lengths = t.lengths;
        byte[] roles = t.roles;
        for (int k = 0; k < lengths.length; k++) {
            int length = lengths[k];
            if (length == Template.VARIABLE) {
                if (p >= end) {
                    return -1;
                }
                length = b.get(p++) & 0xFF;
                if (length == 255) {
                    if (end - p < 2) {
                        return -1;
                    }
                    length = b.getShort(p) & 0xFFFF;
                    p += 2;
                }
            }
            if (length > end - p) {
                return -1;
            }
            byte role = roles[k];
            if (role != Template.NONE && length > 0) {
                switch (role) {
                    case Template.SRC4 -> r.sourceV4(b.getInt(p));
                    case Template.DST4 -> r.destinationV4(b.getInt(p));
                    case Template.SRC6 -> {
                        r.sourceHigh = b.getLong(p);
                        r.sourceLow = b.getLong(p + 8);
                    }
                    case Template.DST6 -> {
                        r.destinationHigh = b.getLong(p);
                        r.destinationLow = b.getLong(p + 8);
                    }
                    case Template.SRC_PORT -> r.sourcePort = (int) Template.unsigned(b, p, length) & 0xFFFF;
                    case Template.DST_PORT -> r.destinationPort = (int) Template.unsigned(b, p, length) & 0xFFFF;
                    case Template.PROTOCOL -> r.protocol = (int) Template.unsigned(b, p, length) & 0xFF;
                    case Template.TCP_FLAGS -> r.tcpFlags = (int) Template.unsigned(b, p, length) & 0xFF;
                    case Template.OCTETS -> octets = Template.unsigned(b, p, length);
                    case Template.PACKETS -> packets = Template.unsigned(b, p, length);
                    case Template.OCTETS_TOTAL -> octetsTotal = Template.unsigned(b, p, length);
                    case Template.PACKETS_TOTAL -> packetsTotal = Template.unsigned(b, p, length);
                    case Template.FIRST_UPTIME -> startUptime = Template.unsigned(b, p, length);
                    case Template.LAST_UPTIME -> endUptime = Template.unsigned(b, p, length);
                    case Template.START_SECONDS -> start = Template.unsigned(b, p, length) * 1_000_000L;
                    case Template.END_SECONDS -> finish = Template.unsigned(b, p, length) * 1_000_000L;
                    case Template.START_MILLIS -> start = Template.unsigned(b, p, length) * 1000L;
                    case Template.END_MILLIS -> finish = Template.unsigned(b, p, length) * 1000L;
                    case Template.START_MICROS_NTP, Template.START_NANOS_NTP -> start = ntp(b, p, length);
                    case Template.END_MICROS_NTP, Template.END_NANOS_NTP -> finish = ntp(b, p, length);
                    case Template.START_DELTA_MICROS -> start = exportMicros - Template.unsigned(b, p, length);
                    case Template.END_DELTA_MICROS -> finish = exportMicros - Template.unsigned(b, p, length);
                    default -> {
                    }
                }
            }
            p += length;
        }
        r.bytes = octets != Long.MIN_VALUE ? octets : octetsTotal;
        r.packets = packets != Long.MIN_VALUE ? packets : packetsTotal;
        if (r.bytes < 0 || r.packets < 0) { // unsigned 64-bit counts of 2^63 and more: no real flow has them
            note("a byte or packet count of 2^63 or more was read as 0");
            r.bytes = Math.max(0, r.bytes);
            r.packets = Math.max(0, r.packets);
        }
        if (start == Long.MIN_VALUE) {
            // v9 times are the exporter's uptime; IPFIX has no uptime in its header, so there they fall back to export time
            start = startUptime != Long.MIN_VALUE && uptime >= 0 ? fromUptime(exportMicros, uptime, startUptime) : exportMicros;
        }
        if (finish == Long.MIN_VALUE) {
            finish = endUptime != Long.MIN_VALUE && uptime >= 0 ? fromUptime(exportMicros, uptime, endUptime) : start;
        }
        r.startMicros = start;
        r.endMicros = Math.max(start, finish);
        return p;
    }

    /** An NTP timestamp (seconds since 1900, binary fraction) in Unix microseconds. */
    private static long ntp(ByteBuffer b, int p, int length) {
        if (length != 8) {
            return Long.MIN_VALUE;
        }
        long seconds = b.getInt(p) & 0xFFFF_FFFFL;
        long fraction = b.getInt(p + 4) & 0xFFFF_FFFFL;
        return (seconds - NTP_EPOCH_OFFSET) * 1_000_000L + (fraction * 1_000_000L >>> 32);
    }

    // ------------------------------------------------------------------ what arrived

    /** Adds the counters to a report; counters that stayed 0 are left out but for datagrams and records. */
    public void count(ReadReport.Builder report) {
        report.count(DATAGRAMS, datagrams);
        report.count(RECORDS, flows + optionsRecords);
        countIf(report, OPTIONS_RECORDS, optionsRecords);
        countIf(report, UNDECODABLE_SETS, undecodableSets);
        countIf(report, MALFORMED, malformed);
        countIf(report, REFUSED_TEMPLATES, refusedTemplates);
        countIf(report, SETS_BEYOND_COUNT, setsBeyondCount);
        long lost = 0;
        for (ExportDomain d : domains.values()) {
            lost += d.lostFlows();
        }
        countIf(report, LOST_FLOWS, lost);
    }

    private static void countIf(ReadReport.Builder report, String name, long value) {
        if (value != 0) {
            report.count(name, value);
        }
    }

    /** @return the exporters' domains in no particular order */
    public List<ExportDomain> domains() {
        return List.copyOf(domains.values());
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

    public long malformedDatagrams() {
        return malformed;
    }

    public long notExportDatagrams() {
        return notExport;
    }

    public long undecodableSets() {
        return undecodableSets;
    }

    public long refusedTemplates() {
        return refusedTemplates;
    }

    public long refusedDomains() {
        return refusedDomains;
    }

    /** @return templates kept now, over all domains */
    public int templates() {
        return templateCount;
    }

    /** @return bytes of data sets waiting for their template now */
    public int heldBytes() {
        return heldBytes;
    }
}
