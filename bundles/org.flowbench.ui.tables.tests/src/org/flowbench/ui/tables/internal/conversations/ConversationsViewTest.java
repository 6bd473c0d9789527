package org.flowbench.ui.tables.internal.conversations;

import static org.flowbench.ui.tables.internal.Workbench.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.IpAddress;
import org.flowbench.ui.selection.HostFocus;
import org.flowbench.ui.tables.TablesUi;
import org.flowbench.ui.tables.internal.Workbench;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Conversations view on hand-made flows whose address pairs are added up by hand. */
class ConversationsViewTest {

    /** A pair as added up by hand: A is the lower address; numbers are A to B, B to A, flows, total bytes. */
    record Pair(String a, String b, long bytesAB, long bytesBA, long packetsAB, long packetsBA, long flows, long bytes) {
        List<String> shown() {
            return List.of(a, b, human(bytesAB), human(bytesBA), grouped(packetsAB), grouped(packetsBA), grouped(flows), human(bytes));
        }

        long number(int column) {
            return switch (column) {
            case 2 -> bytesAB;
            case 3 -> bytesBA;
            case 4 -> packetsAB;
            case 5 -> packetsBA;
            case 6 -> flows;
            default -> bytes;
            };
        }
    }

    // ranked by bytes, as the analysis gives them
    static final List<Pair> PAIRS = List.of(new Pair("10.0.0.3", "10.0.0.9", 0, 2_500_000, 0, 2000, 1, 2_500_000),
            new Pair("10.0.0.1", "2001:db8::1", 0, 5000, 0, 4, 1, 5000), new Pair("10.0.0.1", "10.0.0.2", 1300, 500, 13, 5, 3, 1800),
            new Pair("8.8.8.8", "192.168.0.1", 200, 100, 1, 1, 2, 300));

    private ConversationsView view;

    @BeforeEach
    void open() throws Exception {
        Workbench.open(List.of(flow("2026-01-05T09:00:00Z", 1000, "10.0.0.1", 50000, "10.0.0.2", 443, 6, 1000, 10, 0x12),
                flow("2026-01-05T09:00:01Z", 1000, "10.0.0.2", 443, "10.0.0.1", 50000, 6, 500, 5, 0x12),
                flow("2026-01-05T09:01:00Z", 1000, "10.0.0.1", 50001, "10.0.0.2", 443, 6, 300, 3, 0x12),
                flow("2026-01-05T09:02:00Z", 1000, "10.0.0.9", 40000, "10.0.0.3", 80, 6, 2_500_000, 2000, 0x12),
                flow("2026-01-05T09:03:00Z", 0, "192.168.0.1", 5353, "8.8.8.8", 53, 17, 100, 1, 0),
                flow("2026-01-05T09:03:00.5Z", 0, "8.8.8.8", 53, "192.168.0.1", 5353, 17, 200, 1, 0),
                flow("2026-01-05T09:04:00Z", 1000, "2001:db8::1", 443, "10.0.0.1", 40000, 6, 5000, 4, 0x10)));
        view = Workbench.show(TablesUi.CONVERSATIONS_VIEW_ID);
        view.sort(-1, false);
        waitForView();
    }

    private void waitForView() {
        Workbench.waitUntil(() -> view.isUpToDate(), "the Conversations view");
    }

    @Test
    void showsEveryPairWithBothDirectionsInHumanUnits() {
        assertEquals(List.of("10.0.0.3", "10.0.0.9", "0 B", "2.5 MB", "0", "2,000", "1", "2.5 MB"), Workbench.rows(view.table()).get(0));
        assertEquals(List.of("10.0.0.1", "10.0.0.2", "1.3 KB", "500 B", "13", "5", "3", "1.8 KB"), Workbench.rows(view.table()).get(2));
        assertEquals(PAIRS.stream().map(Pair::shown).toList(), Workbench.rows(view.table()));
        assertEquals("4 conversations, largest first", view.getContentDescription());
        ConversationRows rows = (ConversationRows) view.table().rows();
        assertEquals("2,500,000 bytes", rows.tooltip(0, 3), "the exact number in the tooltip");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 2, 3, 4, 5, 6, 7 })
    void sortsByEveryColumnBothWays(int column) {
        for (boolean descending : new boolean[] { false, true }) {
            view.sort(column, descending);
            waitForView();
            Comparator<Pair> order = column == 0 ? Comparator.comparing(p -> IpAddress.parse(p.a()))
                    : column == 1 ? Comparator.comparing(p -> IpAddress.parse(p.b())) : Comparator.comparingLong(p -> p.number(column));
            List<Pair> expected = new ArrayList<>(PAIRS);
            expected.sort(descending ? order.reversed() : order);
            assertEquals(expected.stream().map(Pair::shown).toList(), Workbench.rows(view.table()), "column " + column + (descending ? " down" : " up"));
        }
    }

    @Test
    void aDoubleClickPicksAddressAAndTheViewNarrowsToIt() {
        view.table().select(2); // 10.0.0.1 <-> 10.0.0.2
        view.table().table().notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(new HostFocus(IpAddress.parse("10.0.0.1"), FlowFilter.Direction.EITHER), Workbench.selection().current().focus());
        waitForView();
        assertEquals(PAIRS.stream().filter(p -> p.a().equals("10.0.0.1") || p.b().equals("10.0.0.1")).map(Pair::shown).toList(),
                Workbench.rows(view.table()));
    }

    static String human(long bytes) {
        // written out for the amounts of this test: decimal prefixes, one decimal below 100
        return switch ((int) bytes) {
        case 0 -> "0 B";
        case 100 -> "100 B";
        case 200 -> "200 B";
        case 300 -> "300 B";
        case 500 -> "500 B";
        case 1300 -> "1.3 KB";
        case 1800 -> "1.8 KB";
        case 5000 -> "5.0 KB";
        case 2_500_000 -> "2.5 MB";
        default -> throw new IllegalArgumentException("no text written for " + bytes);
        };
    }

    static String grouped(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
