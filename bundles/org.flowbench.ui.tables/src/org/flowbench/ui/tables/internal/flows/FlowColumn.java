package org.flowbench.ui.tables.internal.flows;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSegment;
import org.flowbench.model.IpAddress;
import org.flowbench.model.Protocols;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.tables.internal.PagedTable;

/**
 * The columns of the Flows view: how each shows a flow, writes it to CSV (exact: ISO-8601 times to
 * the microsecond, plain numbers) and gives its primitive sort key.
 */
public enum FlowColumn {
    START("Start", SWT.LEFT, "2026-01-05 09:00:00.000 "),
    END("End", SWT.LEFT, "2026-01-05 09:00:00.000 "),
    DURATION("Duration (s)", SWT.RIGHT, "1,234.567"),
    SOURCE("Source", SWT.LEFT, "2001:db8:19ad:51::1"),
    SOURCE_PORT("Src port", SWT.RIGHT, "65535"),
    DESTINATION("Destination", SWT.LEFT, "2001:db8:19ad:51::1"),
    DESTINATION_PORT("Dst port", SWT.RIGHT, "65535"),
    PROTOCOL("Protocol", SWT.LEFT, "ICMPv6"),
    BYTES("Bytes", SWT.RIGHT, "1,234,567,890"),
    PACKETS("Packets", SWT.RIGHT, "1,234,567"),
    TCP_FLAGS("TCP flags", SWT.LEFT, "CEUAPRSF");

    /** TCP flag letters from the highest bit (CWR) to the lowest (FIN), as nfdump writes them. */
    private static final String FLAG_LETTERS = "CEUAPRSF";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final String title;
    private final int alignment;
    private final String sample;

    FlowColumn(String title, int alignment, String sample) {
        this.title = title;
        this.alignment = alignment;
        this.sample = sample;
    }

    public String title() {
        return title;
    }

    public PagedTable.Column spec() {
        return new PagedTable.Column(title, alignment, sample);
    }

    /** @return the cell as the table shows it (times in UTC) */
    public String text(FlowRecord f) {
        return switch (this) {
        case START -> TIME.format(TimeRange.toInstant(f.startMicros));
        case END -> TIME.format(TimeRange.toInstant(f.endMicros));
        case DURATION -> String.format(Locale.ROOT, "%,.3f", (f.endMicros - f.startMicros) / 1e6);
        case SOURCE -> IpAddress.format(f.sourceHigh, f.sourceLow);
        case SOURCE_PORT -> Integer.toString(f.sourcePort);
        case DESTINATION -> IpAddress.format(f.destinationHigh, f.destinationLow);
        case DESTINATION_PORT -> Integer.toString(f.destinationPort);
        case PROTOCOL -> Protocols.name(f.protocol);
        case BYTES -> String.format(Locale.ROOT, "%,d", f.bytes);
        case PACKETS -> String.format(Locale.ROOT, "%,d", f.packets);
        case TCP_FLAGS -> f.protocol == Protocols.TCP ? flags(f.tcpFlags) : "";
        };
    }

    /** @return the cell as CSV has it: exact and without grouping */
    public String csv(FlowRecord f) {
        return switch (this) {
        case START -> TimeRange.toInstant(f.startMicros).toString();
        case END -> TimeRange.toInstant(f.endMicros).toString();
        case DURATION -> micros(f.endMicros - f.startMicros);
        case BYTES -> Long.toString(f.bytes);
        case PACKETS -> Long.toString(f.packets);
        default -> text(f);
        };
    }

    /**
     * @return the sort key of row {@code i} of the segment; addresses and protocols by the ranks in
     *         {@code order}, so that they sort as shown (addresses by value, protocols by name)
     */
    long key(FlowSegment s, int i, SortOrders order) {
        return switch (this) {
        case START -> s.start(i);
        case END -> s.end(i);
        case DURATION -> s.duration(i);
        case SOURCE -> order.addressRank(s.source(i));
        case SOURCE_PORT -> s.sourcePort(i);
        case DESTINATION -> order.addressRank(s.destination(i));
        case DESTINATION_PORT -> s.destinationPort(i);
        case PROTOCOL -> order.protocolRank(s.protocol(i));
        case BYTES -> s.bytes(i);
        case PACKETS -> s.packets(i);
        case TCP_FLAGS -> s.protocol(i) == Protocols.TCP ? s.tcpFlags(i) : -1;
        };
    }

    /** @return e.g. ".A..P..F" style letters: the flag's letter where set, a dot where not */
    public static String flags(int bits) {
        char[] out = new char[8];
        for (int b = 0; b < 8; b++) {
            out[b] = (bits & (0x80 >>> b)) != 0 ? FLAG_LETTERS.charAt(b) : '.';
        }
        return new String(out);
    }

    private static String micros(long micros) {
        return String.format(Locale.ROOT, "%d.%06d", micros / 1_000_000, micros % 1_000_000);
    }
}
