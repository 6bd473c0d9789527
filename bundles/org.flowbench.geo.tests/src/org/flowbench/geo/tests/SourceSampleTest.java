package org.flowbench.geo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.flowbench.geo.AddressClass;
import org.flowbench.geo.GeoIp;
import org.flowbench.geo.SpecialRanges;
import org.flowbench.model.IpAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lookups agree with DB-IP's own CSV lines (a sample of every 230th or so, taken unchanged by
 * releng/geo/make-geo-data.sh): the first, last and middle address of each range, parsed here with
 * the JDK and BigInteger, not with Flowbench's address parser.
 */
class SourceSampleTest {

    private record SourceRange(BigInteger first, BigInteger last, boolean v4, String country, String line) {
    }

    private static List<SourceRange> ranges;

    @BeforeAll
    static void readSample() throws IOException {
        ranges = new ArrayList<>();
        try (InputStream in = SourceSampleTest.class.getResourceAsStream("/data/dbip-country-sample.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                boolean v4 = f[0].indexOf(':') < 0;
                ranges.add(new SourceRange(number(f[0]), number(f[1]), v4, f[2], line));
            }
        }
    }

    private static BigInteger number(String text) throws IOException {
        return new BigInteger(1, InetAddress.getByName(text).getAddress());
    }

    @Test
    void theSampleHasOverAThousandRangesOfEachFamily() {
        assertTrue(ranges.stream().filter(SourceRange::v4).count() >= 1000);
        assertTrue(ranges.stream().filter(r -> !r.v4()).count() >= 1000);
    }

    @Test
    void firstLastAndMiddleAddressesOfEveryRangeHaveTheSourcesCountry() {
        GeoIp geo = LiveGeoIp.get();
        int checked = 0;
        for (SourceRange r : ranges) {
            BigInteger middle = r.first().add(r.last()).shiftRight(1);
            for (BigInteger a : List.of(r.first(), middle, r.last())) {
                IpAddress address = address(a, r.v4());
                int id = geo.countryId(address);
                if (SpecialRanges.classify(address) != AddressClass.PUBLIC) {
                    // special-purpose space is classified, never looked up, whatever the data says
                    assertEquals(SpecialRanges.classify(address), AddressClass.ofCountryId(id), r.line());
                    continue;
                }
                assertTrue(id >= 0, () -> address + " of " + r.line() + " has no country but " + AddressClass.ofCountryId(id));
                assertEquals(r.country(), geo.countries().get(id).code(), () -> address + " of " + r.line());
                assertEquals(r.country(), geo.locate(address).country().code(), () -> address + " of " + r.line());
                checked++;
            }
        }
        assertTrue(checked > 6000, "checked " + checked);
    }

    private static IpAddress address(BigInteger value, boolean v4) {
        if (v4) {
            return IpAddress.ofV4(value.intValue());
        }
        return IpAddress.of(value.shiftRight(64).longValue(), value.longValue());
    }
}
