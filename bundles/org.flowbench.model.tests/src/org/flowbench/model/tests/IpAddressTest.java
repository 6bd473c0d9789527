package org.flowbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.SplittableRandom;

import org.flowbench.model.IpAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

    @Test
    void ipv4IsHeldMappedAndPrintedDotted() {
        IpAddress a = IpAddress.parse("192.168.1.20");
        assertTrue(a.isV4());
        assertEquals(0xC0A80114, a.v4());
        assertEquals(0L, a.high());
        assertEquals(0x0000_FFFF_C0A8_0114L, a.low());
        assertEquals("192.168.1.20", a.toString());
        assertArrayEquals(new byte[] { (byte) 192, (byte) 168, 1, 20 }, a.toBytes());
    }

    @ParameterizedTest
    @CsvSource({
            // input, RFC 5952 canonical form (examples from RFC 5952 sections 4.2 and 4.3)
            "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
            "2001:0db8:0000:0000:0000:0000:0002:0001, 2001:db8::2:1",
            "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
            "2001:db8:0:0:1:0:0:0, 2001:db8:0:0:1::",
            "2001:DB8::AAAA, 2001:db8::aaaa",
            "::, ::",
            "::1, ::1",
            "fe80::, fe80::",
            "1:0:0:2:0:0:0:3, 1:0:0:2::3",
            "::ffff:10.0.0.1, 10.0.0.1",
            "64:ff9b::192.0.2.33, 64:ff9b::c000:221" })
    void ipv6PrintsInCanonicalForm(String input, String canonical) {
        assertEquals(canonical, IpAddress.parse(input).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.", "01.2.3.4", "a.b.c.d", "1::2::3",
            "1:2:3:4:5:6:7:8:9", "12345::", "1:2:3:4:5:6:7", ":1:2", "1:2:", "fe80::1%eth0", "1.2.3.4:80",
            "::1.2.3", "1:2:3:4:5:6:7:1.2.3.4" })
    void rejectsWhatIsNotAnAddress(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IpAddress.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void broadcastAndZeroAreAddresses() {
        assertEquals(0xFFFF_FFFF, IpAddress.parse("255.255.255.255").v4());
        assertEquals(0, IpAddress.parse("0.0.0.0").v4());
        assertTrue(IpAddress.parse("0.0.0.0").isV4());
        assertEquals("255.255.255.254", IpAddress.parse("::ffff:255.255.255.254").toString());
    }

    /** The JDK's own parser and formatter are the independent expectation. */
    @Test
    void agreesWithTheJdkOnRandomAddresses() throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            if (i % 4 == 0) {
                // plenty of zero groups, so that "::" compression is exercised
                for (int g = 0; g < 8; g++) {
                    if (random.nextBoolean()) {
                        bytes[2 * g] = 0;
                        bytes[2 * g + 1] = 0;
                    }
                }
            }
            IpAddress ours = IpAddress.ofBytes(bytes);
            InetAddress jdk = InetAddress.getByAddress(bytes);
            if (ours.isV4()) {
                continue; // the JDK turns mapped addresses into Inet4Address; covered below
            }
            assertArrayEquals(bytes, InetAddress.getByName(ours.toString()).getAddress(), ours.toString());
            assertEquals(ours, IpAddress.parse(jdk.getHostAddress()));
            assertArrayEquals(bytes, ours.toBytes());
            assertFalse(ours.toString().contains(":::"));
        }
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = new byte[4];
            random.nextBytes(bytes);
            IpAddress ours = IpAddress.ofBytes(bytes);
            assertEquals(InetAddress.getByAddress(bytes).getHostAddress(), ours.toString());
            assertEquals(ours, IpAddress.parse(ours.toString()));
        }
    }

    @Test
    void ordersNumerically() {
        assertTrue(IpAddress.parse("10.0.0.2").compareTo(IpAddress.parse("10.0.0.10")) < 0);
        assertTrue(IpAddress.parse("255.0.0.0").compareTo(IpAddress.parse("2001:db8::")) < 0);
        assertTrue(IpAddress.parse("8000::").compareTo(IpAddress.parse("7fff::")) > 0);
    }
}
