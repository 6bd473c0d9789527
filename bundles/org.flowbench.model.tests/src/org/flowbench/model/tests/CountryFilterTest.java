package org.flowbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.Map;

import org.flowbench.model.AddressDictionary;
import org.flowbench.model.CountryLookup;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowFilter.Direction;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.FlowStore;
import org.flowbench.model.IpAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The filter primitive {@code country CC}: syntax, and rows chosen by the installed lookup. */
class CountryFilterTest {

    /** A lookup that knows two hand-placed addresses. */
    private static final Map<IpAddress, String> PLACES = Map.of(IpAddress.parse("192.0.2.1"), "DE",
            IpAddress.parse("2001:db8::7"), "JP");

    private static final CountryLookup LOOKUP = new CountryLookup() {
        @Override
        public boolean knows(String code) {
            return PLACES.containsValue(code);
        }

        @Override
        public BitSet addressesIn(String code, AddressDictionary addresses) {
            BitSet in = new BitSet();
            for (int id = 0; id < addresses.size(); id++) {
                if (code.equals(PLACES.get(addresses.address(id)))) {
                    in.set(id);
                }
            }
            return in;
        }
    };

    @AfterEach
    void uninstall() {
        CountryLookup.uninstall(LOOKUP);
    }

    @Test
    void textReadsBackToTheSameFilter() {
        FlowFilter f = FlowFilter.parse("dst country de and not src country JP");
        assertEquals("dst country DE and not src country JP", f.toString());
        assertEquals(f, FlowFilter.parse(f.toString()));
        assertEquals(new FlowFilter.Country(Direction.EITHER, "DE"), FlowFilter.parse("country DE"));
    }

    @Test
    void aCodeIsTwoLetters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FlowFilter.parse("country DEU"));
        assertTrue(e.getMessage().contains("two-letter"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FlowFilter.parse("country"));
    }

    @Test
    void anInstalledLookupRejectsCodesItDoesNotKnow() {
        CountryLookup.install(LOOKUP);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FlowFilter.parse("country XX"));
        assertTrue(e.getMessage().contains("'XX'"), e.getMessage());
    }

    @Test
    void rowsAreChosenByTheLookupOnTheRightEndpoint() {
        CountryLookup.install(LOOKUP);
        FlowStore store = new FlowStore();
        store.accept(flow("192.0.2.1", "10.0.0.1")); // from DE
        store.accept(flow("10.0.0.1", "192.0.2.1")); // to DE
        store.accept(flow("10.0.0.1", "2001:db8::7")); // to JP
        FlowSnapshot snapshot = store.snapshot();
        assertEquals(rows(0), FlowFilterTest.matches(snapshot, FlowFilter.parse("src country DE").bind(snapshot)));
        assertEquals(rows(1), FlowFilterTest.matches(snapshot, FlowFilter.parse("dst country DE").bind(snapshot)));
        assertEquals(rows(0, 1), FlowFilterTest.matches(snapshot, FlowFilter.parse("country DE").bind(snapshot)));
        assertEquals(rows(2), FlowFilterTest.matches(snapshot, FlowFilter.parse("country JP").bind(snapshot)));
    }

    @Test
    void withoutAGeoIpServiceBindingSaysWhatIsMissing() {
        FlowFilter f = FlowFilter.parse("country DE");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.bind(FlowSnapshot.empty()));
        assertTrue(e.getMessage().contains("GeoIP"), e.getMessage());
    }

    private static FlowRecord flow(String source, String destination) {
        FlowRecord r = new FlowRecord().source(IpAddress.parse(source)).destination(IpAddress.parse(destination));
        r.startMicros = 1;
        r.endMicros = 2;
        r.bytes = 100;
        r.packets = 1;
        r.protocol = 6;
        return r;
    }

    private static BitSet rows(int... indexes) {
        BitSet b = new BitSet();
        for (int i : indexes) {
            b.set(i);
        }
        return b;
    }
}
