package org.flowbench.geo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.flowbench.geo.GeoIp;
import org.flowbench.geo.GeoLocation;
import org.flowbench.model.IpAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * City databases, written here as real MaxMind DB files in the two layouts in use: the flat one of
 * the ip-location-db packages (DB-IP City Lite on npm) and GeoIP2's nested one (GeoLite2 City).
 */
class CityDatabaseTest {

    @TempDir
    Path dir;

    @AfterEach
    void builtInDataAgain() throws Exception {
        LiveGeoIp.get().useCityDatabases(List.of());
    }

    @Test
    void aFlatCityDatabaseGivesCityAndCoordinatesAndOverridesTheCountry() throws Exception {
        Path file = dir.resolve("dbip-city-ipv4.mmdb");
        new MmdbWriter("city ipv4")
                .add("2.18.31.0", 24, Map.of("country_code", "US", "city", "Testville", "latitude", 40.5, "longitude", -100.25))
                // DB-IP's country data says DE for this block: the city database answers first
                .add("3.5.134.0", 24, Map.of("country_code", "FR", "city", "Lyon", "latitude", 45.75, "longitude", 4.85))
                .write(file);
        GeoIp geo = LiveGeoIp.get();
        geo.useCityDatabases(List.of(file));
        assertEquals(List.of(file), geo.cityDatabases());

        GeoLocation us = geo.locate(IpAddress.parse("2.18.31.9"));
        assertEquals("Testville, United States (US)", us.describe());
        assertEquals(40.5, us.latitude());
        assertEquals(-100.25, us.longitude());
        assertEquals("FR", geo.locate(IpAddress.parse("3.5.134.7")).country().code());
        assertEquals(geo.country("FR").orElseThrow().id(), geo.countryId(IpAddress.parse("3.5.134.7")));
        // unknown to the city database: the built-in data answers, with the country's point
        GeoLocation jp = geo.locate(IpAddress.parse("17.87.142.1"));
        assertEquals("JP", jp.country().code());
        assertNull(jp.city());
        assertEquals(jp.country().latitude(), jp.latitude());
        // an IPv4 database is not asked about IPv6
        assertEquals("FR", geo.locate(IpAddress.parse("2001:470:5355::1")).country().code());
        assertEquals(true, geo.dataDescription().contains("dbip-city-ipv4.mmdb"), geo.dataDescription());
    }

    @Test
    void aGeoIp2CityDatabaseIsReadToo() throws Exception {
        Path file = dir.resolve("GeoLite2-City.mmdb");
        new MmdbWriter("GeoLite2-City").add("17.87.142.0", 24, Map.of("country", Map.of("iso_code", "JP"), "city",
                Map.of("names", Map.of("en", "Kawasaki")), "location", Map.of("latitude", 35.52, "longitude", 139.7))).write(file);
        GeoIp geo = LiveGeoIp.get();
        List<Runnable> told = new java.util.ArrayList<>();
        Runnable listener = () -> told.add(null);
        geo.addChangeListener(listener);
        try {
            geo.useCityDatabases(List.of(file));
        } finally {
            geo.removeChangeListener(listener);
        }
        assertEquals(1, told.size(), "listeners hear of the new data");
        GeoLocation jp = geo.locate(IpAddress.parse("17.87.142.1"));
        assertEquals("Kawasaki, Japan (JP)", jp.describe());
        assertEquals(35.52, jp.latitude());
    }
}
