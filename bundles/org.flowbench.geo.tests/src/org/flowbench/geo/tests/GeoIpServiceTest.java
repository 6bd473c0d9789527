package org.flowbench.geo.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.flowbench.geo.AddressClass;
import org.flowbench.geo.GeoIp;
import org.flowbench.geo.GeoLocation;
import org.flowbench.model.AddressDictionary;
import org.flowbench.model.CountryLookup;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.IpAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service as other bundles meet it. */
class GeoIpServiceTest {

    @Test
    void countryFiltersWorkWhileTheServiceRuns() {
        LiveGeoIp.get();
        assertTrue(CountryLookup.installed().isPresent());
        assertEquals("src country DE", FlowFilter.parse("src country de").toString());
        assertThrows(IllegalArgumentException.class, () -> FlowFilter.parse("country QQ"));
    }

    @Test
    void locationsNameCountryAndPoint() {
        GeoLocation de = LiveGeoIp.get().locate(IpAddress.parse(Flows.DE));
        assertEquals(AddressClass.PUBLIC, de.addressClass());
        assertEquals("Germany (DE)", de.describe());
        assertTrue(de.latitude() > 47 && de.latitude() < 55 && de.longitude() > 6 && de.longitude() < 15, de::toString);
        assertEquals("Private (RFC 1918, RFC 4193)", LiveGeoIp.get().locate(IpAddress.parse("192.168.1.1")).describe());
    }

    @Test
    void idsOfAGrowingDictionaryAreExtendedNotRedone() {
        GeoIp geo = LiveGeoIp.get();
        AddressDictionary d = new AddressDictionary();
        d.intern(IpAddress.parse(Flows.DE).high(), IpAddress.parse(Flows.DE).low());
        d.intern(IpAddress.parse(Flows.PRIVATE).high(), IpAddress.parse(Flows.PRIVATE).low());
        int[] first = geo.countryIds(d);
        assertSame(first, geo.countryIds(d), "asked again, nothing is computed");
        d.intern(IpAddress.parse(Flows.US).high(), IpAddress.parse(Flows.US).low());
        int[] grown = geo.countryIds(d);
        assertArrayEquals(new int[] { geo.country("DE").orElseThrow().id(), AddressClass.PRIVATE.countryId(),
                geo.country("US").orElseThrow().id() }, grown);
    }

    @Test
    void aFileThatIsNoMaxMindDatabaseIsRefusedAndTheDataStays(@TempDir Path dir) throws IOException {
        GeoIp geo = LiveGeoIp.get();
        Path junk = Files.writeString(dir.resolve("junk.mmdb"), "not a database");
        IOException e = assertThrows(IOException.class, () -> geo.useCityDatabases(List.of(junk)));
        assertTrue(e.getMessage().contains("junk.mmdb"), e.getMessage());
        assertEquals(List.of(), geo.cityDatabases());
        assertEquals("DE", geo.locate(IpAddress.parse(Flows.DE)).country().code());
    }
}
