package org.flowbench.geo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.net.InetAddress;

import org.flowbench.geo.AddressClass;
import org.flowbench.geo.GeoIp;
import org.flowbench.geo.SpecialRanges;
import org.flowbench.model.IpAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every special-purpose block is classified at its first, middle and last address, and the
 * addresses just outside it are not (unless another block starts there). Blocks are written as in
 * the RFCs and expanded here with BigInteger.
 */
class SpecialRangesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "10.0.0.0/8, PRIVATE", "172.16.0.0/12, PRIVATE", "192.168.0.0/16, PRIVATE", "fc00::/7, PRIVATE",
            "127.0.0.0/8, LOOPBACK", "::1/128, LOOPBACK",
            "169.254.0.0/16, LINK_LOCAL", "fe80::/10, LINK_LOCAL",
            "100.64.0.0/10, CGNAT",
            "224.0.0.0/4, MULTICAST", "ff00::/8, MULTICAST",
            "192.0.2.0/24, DOCUMENTATION", "198.51.100.0/24, DOCUMENTATION", "203.0.113.0/24, DOCUMENTATION",
            "2001:db8::/32, DOCUMENTATION", "3fff::/20, DOCUMENTATION",
            "0.0.0.0/32, UNSPECIFIED", "::/128, UNSPECIFIED",
            "0.0.0.1/32, RESERVED", "0.255.255.255/32, RESERVED", "192.0.0.0/24, RESERVED", "198.18.0.0/15, RESERVED",
            "240.0.0.0/4, RESERVED" })
    void blocksAreClassifiedAtTheirEdgesAndMiddle(String block, AddressClass expected) throws Exception {
        GeoIp geo = LiveGeoIp.get();
        String[] parts = block.split("/");
        byte[] bytes = InetAddress.getByName(parts[0]).getAddress();
        int bits = bytes.length * 8;
        int length = Integer.parseInt(parts[1]);
        BigInteger first = new BigInteger(1, bytes);
        BigInteger last = first.add(BigInteger.ONE.shiftLeft(bits - length)).subtract(BigInteger.ONE);
        BigInteger middle = first.add(last).shiftRight(1);
        for (BigInteger a : new BigInteger[] { first, middle, last }) {
            IpAddress address = address(a, bits);
            assertEquals(expected, SpecialRanges.classify(address), address::toString);
            assertEquals(expected, AddressClass.ofCountryId(geo.countryId(address)), address::toString);
            assertEquals(expected, geo.locate(address).addressClass(), address::toString);
        }
    }

    @ParameterizedTest(name = "{0} is public")
    @CsvSource({ "9.255.255.255", "11.0.0.0", "172.15.255.255", "172.32.0.0", "192.167.255.255", "192.169.0.0",
            "100.63.255.255", "100.128.0.0", "126.255.255.255", "128.0.0.0", "169.253.255.255", "169.255.0.0",
            "223.255.255.255", "192.0.1.255", "192.0.3.0", "198.17.255.255", "198.20.0.0", "198.51.99.255",
            "198.51.101.0", "203.0.112.255", "203.0.114.0", "1.0.0.0",
            "fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "fe00::", "fec0::", "2001:db7:ffff:ffff:ffff:ffff:ffff:ffff",
            "2001:db9::", "3ffe:ffff::", "3fff:1000::", "::2", "2a00:1450::1" })
    void neighboursOfTheBlocksArePublic(String text) throws Exception {
        assertEquals(AddressClass.PUBLIC, SpecialRanges.classify(IpAddress.ofBytes(InetAddress.getByName(text).getAddress())));
    }

    private static IpAddress address(BigInteger value, int bits) {
        if (bits == 32) {
            return IpAddress.ofV4(value.intValue());
        }
        return IpAddress.of(value.shiftRight(64).longValue(), value.longValue());
    }
}
