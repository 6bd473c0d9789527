package org.flowbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flowbench.model.Protocols;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProtocolsTest {

    /** Numbers from the IANA protocol numbers registry. */
    @ParameterizedTest
    @CsvSource({ "1, ICMP", "2, IGMP", "6, TCP", "17, UDP", "47, GRE", "50, ESP", "51, AH", "58, ICMPv6", "89, OSPF",
            "103, PIM", "112, VRRP", "132, SCTP" })
    void namesAndParsesKnownProtocols(int number, String name) {
        assertEquals(name, Protocols.name(number));
        assertEquals(number, Protocols.parse(name));
        assertEquals(number, Protocols.parse(name.toLowerCase()));
        assertEquals(number, Protocols.parse(name.toUpperCase()));
        assertEquals(number, Protocols.parse(" " + name + "\t"));
        assertEquals(number, Protocols.parse(Integer.toString(number)));
    }

    @Test
    void constantsAreTheIanaNumbers() {
        assertEquals(1, Protocols.ICMP);
        assertEquals(2, Protocols.IGMP);
        assertEquals(6, Protocols.TCP);
        assertEquals(17, Protocols.UDP);
        assertEquals(47, Protocols.GRE);
        assertEquals(50, Protocols.ESP);
        assertEquals(58, Protocols.ICMPV6);
        assertEquals(132, Protocols.SCTP);
    }

    @Test
    void everyNumberRoundTrips() {
        for (int p = 0; p < 256; p++) {
            assertEquals(p, Protocols.parse(Protocols.name(p)));
            assertEquals(p, Protocols.parse(Integer.toString(p)));
        }
        assertEquals("0", Protocols.name(0));
        assertEquals("255", Protocols.name(255));
        assertEquals("-1", Protocols.name(-1));
        assertEquals("256", Protocols.name(256));
    }

    @Test
    void acceptsTcpdumpsSpellingOfIcmpv6() {
        assertEquals(58, Protocols.parse("icmp6"));
        assertEquals(58, Protocols.parse("ICMPv6"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "256", "-1", "tcpp", "icmp7", "1.5", "0x06", "99999999999" })
    void rejectsUnknownProtocolsQuotingThem(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Protocols.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }
}
