package org.flowbench.geo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.flowbench.geo.Country;
import org.flowbench.geo.GeoIp;
import org.flowbench.geo.WorldMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The basemap: shapes where the countries are, and a point for every country the GeoIP data names. */
class WorldMapTest {

    @ParameterizedTest(name = "{0} at {1}, {2}")
    @CsvSource({ "DE, 52.52, 13.40", "US, 39.74, -104.99", "JP, 35.68, 139.69", "BR, -15.79, -47.88", "AU, -33.87, 151.21",
            "FR, 48.86, 2.35", "ZA, -26.20, 28.05", "IN, 28.61, 77.21", "SG, 1.35, 103.82", "XK, 42.66, 21.17" })
    void capitalsLieInTheirCountrysShape(String code, double lat, double lon) {
        WorldMap map = WorldMap.builtIn();
        assertEquals(code, map.shapeAt((int) Math.round(lon * 100), (int) Math.round(lat * 100)).orElseThrow().code());
    }

    @Test
    void theOceanIsNoCountry() {
        assertTrue(WorldMap.builtIn().shapeAt(-3000, 0).isEmpty(), "the middle of the Atlantic");
    }

    @Test
    void everyCountryOfTheGeoIpDataHasAPoint() {
        GeoIp geo = LiveGeoIp.get();
        List<Country> unplaced = geo.countries().stream().filter(c -> !c.isPlaced()).toList();
        assertEquals(List.of(), unplaced);
        assertTrue(geo.countries().size() >= 250, "DB-IP names 250 countries and territories");
    }

    @Test
    void largeCountriesAreLabelledInsideThemselves() {
        WorldMap map = WorldMap.builtIn();
        for (String code : List.of("US", "DE", "FR", "RU", "CN", "BR", "CA", "AU", "IN", "GB", "JP", "NO", "IT")) {
            WorldMap.Shape s = map.shape(code).orElseThrow();
            assertTrue(s.contains(s.label().lon(), s.label().lat()), code + " label " + s.label());
        }
    }

    @Test
    void theSourceIsRecordedWithItsLicense() {
        assertTrue(WorldMap.builtIn().source().contains("Natural Earth"), WorldMap.builtIn().source());
        assertTrue(LiveGeoIp.get().dataDescription().startsWith("IP Geolocation by DB-IP"), LiveGeoIp.get().dataDescription());
    }
}
