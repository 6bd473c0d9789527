package org.flowbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.SplittableRandom;

import org.flowbench.model.IpAddress;
import org.flowbench.model.IpPrefix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CIDR blocks against a naive comparison of leading bits, with the JDK parsing the network text. */
class IpPrefixTest {

    @Test
    void parsesAddressAndLength() {
        IpPrefix p = IpPrefix.parse(" 10.0.0.0/8 ");
        assertEquals(IpAddress.parse("10.0.0.0"), p.network());
        assertEquals(8, p.length());
        assertEquals("10.0.0.0/8", p.toString());
        assertEquals(new IpPrefix(IpAddress.parse("2001:db8::"), 32), IpPrefix.parse("2001:DB8::/32"));
        assertEquals("2001:db8::/32", IpPrefix.parse("2001:DB8:0::/32").toString());
    }

    @Test
    void plainAddressIsAFullLengthPrefix() {
        assertEquals(32, IpPrefix.parse("192.168.1.1").length());
        assertEquals(128, IpPrefix.parse("2001:db8::1").length());
        assertTrue(IpPrefix.parse("192.168.1.1").contains(IpAddress.parse("192.168.1.1")));
        assertFalse(IpPrefix.parse("192.168.1.1").contains(IpAddress.parse("192.168.1.2")));
    }

    @Test
    void zeroLengthPrefixes() {
        IpPrefix allV4 = IpPrefix.parse("0.0.0.0/0");
        IpPrefix allV6 = IpPrefix.parse("::/0");
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 1000; i++) {
            IpAddress v4 = IpAddress.ofV4(random.nextInt());
            IpAddress v6 = IpAddress.of(random.nextLong() | 1L << 62, random.nextLong());
            assertTrue(allV4.contains(v4));
            assertFalse(allV4.contains(v6), "an IPv4 block holds only IPv4 addresses");
            // IPv4 addresses live in the mapped part of the IPv6 space, which ::/0 covers
            assertTrue(allV6.contains(v4));
            assertTrue(allV6.contains(v6));
        }
        assertTrue(allV4.contains(IpAddress.parse("255.255.255.255")));
        assertFalse(allV4.contains(IpAddress.parse("::")));
        assertFalse(allV4.contains(IpAddress.parse("::ffff:0:0").high() + 1, IpAddress.parse("::ffff:0:0").low()));
    }

    @Test
    void fullLengthPrefixesHoldOneAddress() {
        IpPrefix v4 = IpPrefix.parse("203.0.113.9/32");
        assertTrue(v4.contains(IpAddress.parse("203.0.113.9")));
        assertFalse(v4.contains(IpAddress.parse("203.0.113.8")));
        assertFalse(v4.contains(IpAddress.parse("203.0.113.10")));
        assertFalse(v4.contains(IpAddress.parse("::cb00:7109")), "IPv4-compatible form is another address");
        IpPrefix v6 = IpPrefix.parse("2001:db8::ff/128");
        assertTrue(v6.contains(IpAddress.parse("2001:db8::ff")));
        assertFalse(v6.contains(IpAddress.parse("2001:db8::fe")));
        assertFalse(v6.contains(IpAddress.parse("2001:db8::1:ff")));
    }

    /** contains() for IPv4 blocks of every length against the leading bits of the 4 bytes. */
    @Test
    void containsAgreesWithLeadingBitsForIpv4() throws Exception {
        SplittableRandom random = new SplittableRandom(2024);
        for (int length = 0; length <= 32; length++) {
            for (int n = 0; n < 20; n++) {
                byte[] network = keepLeadingBits(randomBytes(random, 4), length);
                String text = InetAddress.getByAddress(network).getHostAddress() + "/" + length;
                IpPrefix prefix = IpPrefix.parse(text);
                int inside = 0;
                for (int i = 0; i < 200; i++) {
                    byte[] candidate = i % 2 == 0 ? randomBytes(random, 4) : nearby(random, network, length);
                    IpAddress a = IpAddress.ofBytes(candidate);
                    boolean expected = sameLeadingBits(candidate, network, length);
                    assertEquals(expected, prefix.contains(a), text + " contains " + a);
                    assertEquals(expected, prefix.contains(a.high(), a.low()));
                    inside += expected ? 1 : 0;
                    // the IPv6 address with the same bits in its last 32 is not IPv4, never inside
                    byte[] v6 = new byte[16];
                    System.arraycopy(candidate, 0, v6, 12, 4);
                    v6[random.nextInt(12)] |= (byte) (1 << random.nextInt(8));
                    assertFalse(prefix.contains(IpAddress.ofBytes(v6)), text + " contains " + IpAddress.ofBytes(v6));
                }
                assertTrue(inside > 0, "the test checks addresses inside " + text);
            }
        }
    }

    /** contains() for IPv6 blocks of every length against the leading bits of the 16 bytes. */
    @Test
    void containsAgreesWithLeadingBitsForIpv6() throws Exception {
        SplittableRandom random = new SplittableRandom(6);
        for (int length = 0; length <= 128; length++) {
            for (int n = 0; n < 10; n++) {
                byte[] network = keepLeadingBits(randomBytes(random, 16), length);
                network[0] |= length > 0 ? (byte) 0x80 : 0; // never an IPv4-mapped network
                network = keepLeadingBits(network, length);
                String text = InetAddress.getByAddress(network).getHostAddress() + "/" + length;
                IpPrefix prefix = IpPrefix.parse(text);
                int inside = 0;
                for (int i = 0; i < 100; i++) {
                    byte[] candidate = switch (i % 3) {
                    case 0 -> randomBytes(random, 16);
                    case 1 -> nearby(random, network, length);
                    default -> mapped(randomBytes(random, 4));
                    };
                    boolean expected = sameLeadingBits(candidate, network, length);
                    IpAddress a = IpAddress.ofBytes(candidate);
                    assertEquals(expected, prefix.contains(a), text + " contains " + a);
                    inside += expected ? 1 : 0;
                }
                assertTrue(inside > 0, "the test checks addresses inside " + text);
            }
        }
    }

    /** Blocks written with non-network bits are mistakes (10.1.2.3/8 is not a network). */
    @ParameterizedTest
    @CsvSource({ "10.1.2.3/8, 10.1.2.3/8", "10.0.0.1/31, 10.0.0.1/31", "128.0.0.0/0, 128.0.0.0/0",
            "2001:db8::1/64, 2001:db8::1/64", "2001:db8:0:1::/63, 2001:db8:0:1::/63", "::1/127, ::1/127" })
    void rejectsHostBitsInTheNetwork(String text, String named) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IpPrefix.parse(text));
        assertTrue(e.getMessage().contains("non-network bits"), e.getMessage());
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "10.0.0.0/33", "10.0.0.0/-1", "::/129", "2001:db8::/200", "10.0.0.0/", "10.0.0.0/x",
            "10.0.0.0/8/8", "10.0.0.0/ 8x", "10.0.0.0/99999999999" })
    void rejectsBadLengthsNamingTheText(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IpPrefix.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void constructorChecksLengthForTheFamily() {
        assertThrows(IllegalArgumentException.class, () -> new IpPrefix(IpAddress.parse("10.0.0.0"), 33));
        assertThrows(IllegalArgumentException.class, () -> new IpPrefix(IpAddress.parse("10.0.0.0"), -1));
        assertEquals(33, new IpPrefix(IpAddress.parse("::"), 33).length());
        assertThrows(IllegalArgumentException.class, () -> new IpPrefix(IpAddress.parse("::"), 129));
    }

    @Test
    void rejectsWhatIsNotAnAddress() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IpPrefix.parse("10.0.0/8"));
        assertTrue(e.getMessage().contains("10.0.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IpPrefix.parse("/8"));
        assertThrows(IllegalArgumentException.class, () -> IpPrefix.parse(""));
    }

    private static byte[] randomBytes(SplittableRandom random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** An address that shares the network's bits up to a random point around the prefix length. */
    private static byte[] nearby(SplittableRandom random, byte[] network, int length) {
        byte[] b = randomBytes(random, network.length);
        int keep = Math.max(0, Math.min(network.length * 8, length + random.nextInt(-2, 2)));
        BigInteger net = new BigInteger(1, network);
        BigInteger any = new BigInteger(1, b);
        int width = network.length * 8;
        BigInteger low = BigInteger.ONE.shiftLeft(width - keep).subtract(BigInteger.ONE);
        return toBytes(net.andNot(low).or(any.and(low)), network.length);
    }

    private static byte[] mapped(byte[] v4) {
        byte[] b = new byte[16];
        b[10] = (byte) 0xFF;
        b[11] = (byte) 0xFF;
        System.arraycopy(v4, 0, b, 12, 4);
        return b;
    }

    private static byte[] keepLeadingBits(byte[] bytes, int length) {
        int width = bytes.length * 8;
        BigInteger v = new BigInteger(1, bytes).shiftRight(width - length).shiftLeft(width - length);
        return toBytes(v, bytes.length);
    }

    /** The naive definition: both arrays (same family) agree in their first {@code length} bits. */
    static boolean sameLeadingBits(byte[] a, byte[] network, int length) {
        if (a.length != network.length) {
            return false;
        }
        int width = network.length * 8;
        return new BigInteger(1, a).shiftRight(width - length).equals(new BigInteger(1, network).shiftRight(width - length));
    }

    private static byte[] toBytes(BigInteger v, int n) {
        byte[] out = new byte[n];
        byte[] m = v.toByteArray();
        int copy = Math.min(n, m.length);
        System.arraycopy(m, m.length - copy, out, n - copy, copy);
        return out;
    }
}
