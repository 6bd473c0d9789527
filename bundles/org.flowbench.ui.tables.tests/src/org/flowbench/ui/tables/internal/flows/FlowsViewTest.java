package org.flowbench.ui.tables.internal.flows;

import static org.flowbench.ui.tables.internal.Workbench.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.handlers.IHandlerService;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.IpAddress;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.selection.HostFocus;
import org.flowbench.ui.tables.TablesUi;
import org.flowbench.ui.tables.internal.ExportCsvHandler;
import org.flowbench.ui.tables.internal.Workbench;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Flows view on hand-made flows: cells, sorting, the selection's narrowing, copy and export. */
class FlowsViewTest {

    private static final int TCP = 6;
    private static final int UDP = 17;
    private static final int ICMP = 1;

    /** Hand-written flows: ties in several columns, an IPv6 pair, three protocols, over three hours. */
    static final List<FlowRecord> FLOWS = List.of(
            flow("2026-01-05T09:00:00.250Z", 1_500_000, "10.0.0.1", 50000, "10.0.0.2", 443, TCP, 1_234_567, 900, 0x12),
            flow("2026-01-05T09:10:00Z", 0, "10.0.0.3", 0, "8.8.8.8", 0, ICMP, 84, 1, 0),
            flow("2026-01-05T09:20:00Z", 2_000_000, "192.168.1.7", 53000, "10.0.0.53", 53, UDP, 120, 2, 0),
            flow("2026-01-05T09:45:30.000001Z", 61_000_000, "10.0.0.1", 50001, "93.184.216.34", 443, TCP, 50_000, 40, 0x1B),
            flow("2026-01-05T10:00:00Z", 500_000, "2001:db8::1", 40000, "2001:db8::2", 80, TCP, 1_234_567, 1000, 0x02),
            flow("2026-01-05T10:15:00Z", 3_000_000, "10.0.0.2", 443, "10.0.0.1", 50000, TCP, 9_999, 12, 0x18),
            flow("2026-01-05T10:30:00Z", 250_000, "10.0.0.9", 60000, "10.0.0.2", 443, TCP, 600, 6, 0x02),
            flow("2026-01-05T10:59:59.999999Z", 1, "10.0.0.1", 50002, "10.0.0.2", 22, TCP, 3_000_000_000L, 2_100_000, 0xFF),
            flow("2026-01-05T11:05:00Z", 4_000_000, "172.16.5.5", 123, "10.0.0.3", 123, UDP, 90, 1, 0),
            flow("2026-01-05T11:30:00Z", 10_000, "10.0.0.3", 0, "10.0.0.1", 0, ICMP, 84, 1, 0),
            flow("2026-01-05T11:45:00Z", 1_000_000, "10.0.0.9", 60001, "10.0.0.2", 443, TCP, 600, 6, 0x11),
            flow("2026-01-05T11:59:00Z", 2_500_000, "8.8.8.8", 53, "10.0.0.3", 40000, UDP, 512, 1, 0));

    private FlowsView view;

    @BeforeEach
    void open() throws Exception {
        Workbench.open(FLOWS);
        view = Workbench.show(TablesUi.FLOWS_VIEW_ID);
        view.sort(null, false); // store order, whatever an earlier test chose
        waitForView();
    }

    private void waitForView() {
        Workbench.waitUntil(() -> view.isUpToDate(), "the Flows view");
    }

    @Test
    void showsEveryColumnOfEveryFlowInStoreOrder() {
        List<List<String>> rows = Workbench.rows(view.table());
        assertEquals(List.of("2026-01-05 09:00:00.250", "2026-01-05 09:00:01.750", "1.500", "10.0.0.1", "50000", "10.0.0.2", "443", "TCP",
                "1,234,567", "900", "...A..S."), rows.get(0));
        assertEquals(List.of("2026-01-05 09:10:00.000", "2026-01-05 09:10:00.000", "0.000", "10.0.0.3", "0", "8.8.8.8", "0", "ICMP", "84",
                "1", ""), rows.get(1));
        assertEquals(List.of("2026-01-05 09:45:30.000", "2026-01-05 09:46:31.000", "61.000", "10.0.0.1", "50001", "93.184.216.34", "443", "TCP",
                "50,000", "40", "...AP.SF"), rows.get(3));
        assertEquals(List.of("2026-01-05 10:00:00.000", "2026-01-05 10:00:00.500", "0.500", "2001:db8::1", "40000", "2001:db8::2", "80", "TCP",
                "1,234,567", "1,000", "......S."), rows.get(4));
        assertEquals(List.of("2026-01-05 10:59:59.999", "2026-01-05 11:00:00.000", "0.000", "10.0.0.1", "50002", "10.0.0.2", "22", "TCP",
                "3,000,000,000", "2,100,000", "CEUAPRSF"), rows.get(7));
        assertEquals(expectedRows(FLOWS), rows);
        assertEquals("12 of 12 flows", view.getContentDescription());
    }

    @ParameterizedTest
    @EnumSource(FlowColumn.class)
    void sortsByEveryColumnBothWays(FlowColumn column) {
        for (boolean descending : new boolean[] { false, true }) {
            view.sort(column, descending);
            waitForView();
            List<FlowRecord> expected = new ArrayList<>(FLOWS);
            Comparator<FlowRecord> order = naiveOrder(column);
            expected.sort(descending ? order.reversed() : order); // stable: ties stay in store order
            assertEquals(expectedRows(expected), Workbench.rows(view.table()), column + (descending ? " descending" : " ascending"));
        }
    }

    @Test
    void aClickOnAHeaderSortsAndASecondClickTurnsTheOrder() {
        Event click = new Event();
        view.table().table().getColumn(FlowColumn.BYTES.ordinal()).notifyListeners(SWT.Selection, click);
        waitForView();
        assertEquals("3,000,000,000", Workbench.rows(view.table()).get(0).get(FlowColumn.BYTES.ordinal()), "bytes: largest first");
        assertEquals(SWT.DOWN, view.table().table().getSortDirection());
        view.table().table().getColumn(FlowColumn.BYTES.ordinal()).notifyListeners(SWT.Selection, new Event());
        waitForView();
        assertEquals("84", Workbench.rows(view.table()).get(0).get(FlowColumn.BYTES.ordinal()), "bytes: smallest first");
        assertEquals(SWT.UP, view.table().table().getSortDirection());
        assertTrue(view.getContentDescription().startsWith("12 of 12 flows; by bytes"), view.getContentDescription());
    }

    @Test
    void showsOnlyTheFlowsOfTheFilterTheTimeRangeAndThePickedHost() {
        Workbench.selection().selectFilter(FlowFilter.parse("tcp and port 443"));
        waitForView();
        assertEquals(expectedRows(naiveFilter(f -> f.protocol == TCP && (f.sourcePort == 443 || f.destinationPort == 443))),
                Workbench.rows(view.table()));
        assertTrue(view.getContentDescription().startsWith("5 of 12 flows"), view.getContentDescription());

        TimeRange range = TimeRange.of(Instant.parse("2026-01-05T09:30:00Z"), Instant.parse("2026-01-05T11:00:00Z"));
        Workbench.selection().selectTimeRange(range);
        waitForView();
        assertEquals(expectedRows(naiveFilter(f -> f.protocol == TCP && (f.sourcePort == 443 || f.destinationPort == 443)
                && range.contains(f.startMicros))), Workbench.rows(view.table()));

        Workbench.selection().focus(new HostFocus(IpAddress.parse("10.0.0.1"), FlowFilter.Direction.SOURCE));
        waitForView();
        List<FlowRecord> expected = naiveFilter(f -> f.protocol == TCP && (f.sourcePort == 443 || f.destinationPort == 443)
                && range.contains(f.startMicros) && f.source().equals(IpAddress.parse("10.0.0.1")));
        assertEquals(1, expected.size());
        assertEquals(expectedRows(expected), Workbench.rows(view.table()));

        Workbench.selection().clear();
        waitForView();
        assertEquals(expectedRows(FLOWS), Workbench.rows(view.table()));
    }

    @Test
    void sortingKeepsTheSelectionsNarrowing() {
        Workbench.selection().selectFilter(FlowFilter.parse("udp"));
        view.sort(FlowColumn.SOURCE, false);
        waitForView();
        List<FlowRecord> expected = naiveFilter(f -> f.protocol == UDP);
        expected.sort(naiveOrder(FlowColumn.SOURCE));
        assertEquals(expectedRows(expected), Workbench.rows(view.table()));
    }

    @Test
    void copiesTheSelectedRowsAsCsv() throws Exception {
        view.sort(FlowColumn.START, true);
        waitForView();
        view.table().select(0);
        Workbench.page().activate(view);
        view.getSite().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.copy", null);
        Clipboard clipboard = new Clipboard(Display.getCurrent());
        try {
            assertEquals(HEADER + "\n2026-01-05T11:59:00Z,2026-01-05T11:59:02.500Z,2.500000,8.8.8.8,53,10.0.0.3,40000,UDP,512,1,\n",
                    clipboard.getContents(TextTransfer.getInstance()));
            view.table().selectAll();
            view.getSite().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.copy", null);
            String all = (String) clipboard.getContents(TextTransfer.getInstance());
            assertEquals(FLOWS.size() + 1, all.split("\n").length);
        } finally {
            clipboard.dispose();
        }
    }

    @Test
    void exportsEveryShownRowExactly() throws Exception {
        Workbench.selection().selectFilter(FlowFilter.parse("tcp"));
        view.sort(FlowColumn.BYTES, true);
        waitForView();
        Path file = Files.createTempFile("flows", ".csv");
        try {
            ExportCsvHandler.export(view.csvRows(), file).join();
            List<String> lines = Files.readAllLines(file);
            assertEquals(HEADER, lines.get(0));
            assertEquals("2026-01-05T10:59:59.999999Z,2026-01-05T11:00:00Z,0.000001,10.0.0.1,50002,10.0.0.2,22,TCP,3000000000,2100000,CEUAPRSF",
                    lines.get(1));
            assertEquals("2026-01-05T09:00:00.250Z,2026-01-05T09:00:01.750Z,1.500000,10.0.0.1,50000,10.0.0.2,443,TCP,1234567,900,...A..S.",
                    lines.get(2));
            assertEquals(1 + naiveFilter(f -> f.protocol == TCP).size(), lines.size());
        } finally {
            Files.delete(file);
        }
    }

    private static final String HEADER = "Start,End,Duration (s),Source,Src port,Destination,Dst port,Protocol,Bytes,Packets,TCP flags";

    static List<FlowRecord> naiveFilter(Predicate<FlowRecord> keep) {
        List<FlowRecord> out = new ArrayList<>();
        for (FlowRecord f : FLOWS) {
            if (keep.test(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The order a column should give, written from the records' fields. */
    static Comparator<FlowRecord> naiveOrder(FlowColumn column) {
        return switch (column) {
        case START -> Comparator.comparingLong(f -> f.startMicros);
        case END -> Comparator.comparingLong(f -> f.endMicros);
        case DURATION -> Comparator.comparingLong(f -> f.endMicros - f.startMicros);
        case SOURCE -> Comparator.comparing(FlowRecord::source);
        case SOURCE_PORT -> Comparator.comparingInt(f -> f.sourcePort);
        case DESTINATION -> Comparator.comparing(FlowRecord::destination);
        case DESTINATION_PORT -> Comparator.comparingInt(f -> f.destinationPort);
        case PROTOCOL -> Comparator.comparing(f -> protocolName(f.protocol));
        case BYTES -> Comparator.comparingLong(f -> f.bytes);
        case PACKETS -> Comparator.comparingLong(f -> f.packets);
        case TCP_FLAGS -> Comparator.comparingInt(f -> f.protocol == TCP ? f.tcpFlags : -1);
        };
    }

    /** @return the rows as the table should show them, formatted here without the view's code */
    static List<List<String>> expectedRows(List<FlowRecord> flows) {
        List<List<String>> rows = new ArrayList<>();
        for (FlowRecord f : flows) {
            rows.add(List.of(time(f.startMicros), time(f.endMicros), String.format(Locale.ROOT, "%.3f", (f.endMicros - f.startMicros) / 1e6),
                    f.source().toString(), Integer.toString(f.sourcePort), f.destination().toString(), Integer.toString(f.destinationPort),
                    protocolName(f.protocol), String.format(Locale.ROOT, "%,d", f.bytes), String.format(Locale.ROOT, "%,d", f.packets),
                    f.protocol == TCP ? flagLetters(f.tcpFlags) : ""));
        }
        return rows;
    }

    private static String time(long micros) {
        String iso = TimeRange.toInstant(micros).toString(); // 2026-01-05T09:00:00.250Z, seconds and fraction optional
        String date = iso.substring(0, 10);
        String clock = iso.substring(11, iso.length() - 1);
        if (clock.length() == 5) {
            clock += ":00";
        }
        String fraction = clock.length() > 8 ? clock.substring(9) : "";
        return date + " " + clock.substring(0, 8) + "." + (fraction + "000").substring(0, 3);
    }

    private static String protocolName(int protocol) {
        return switch (protocol) {
        case TCP -> "TCP";
        case UDP -> "UDP";
        case ICMP -> "ICMP";
        default -> throw new IllegalArgumentException("no name written for " + protocol);
        };
    }

    private static String flagLetters(int flags) {
        StringBuilder sb = new StringBuilder();
        String letters = "CEUAPRSF";
        for (int b = 7; b >= 0; b--) {
            sb.append((flags & (1 << b)) != 0 ? letters.charAt(7 - b) : '.');
        }
        return sb.toString();
    }
}
