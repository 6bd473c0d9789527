package org.flowbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.flowbench.model.FlowRecord;
import org.flowbench.model.IpAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlowRecordTest {

    private static FlowRecord valid() {
        FlowRecord r = new FlowRecord().sourceV4(0x0A000001).destination(IpAddress.parse("2001:db8::1"));
        r.startMicros = 1_000;
        r.endMicros = 2_000;
        r.sourcePort = 1234;
        r.destinationPort = 443;
        r.protocol = 6;
        r.tcpFlags = 0x1B;
        r.bytes = 4096;
        r.packets = 5;
        return r;
    }

    @Test
    void validRecordsHaveNoProblem() {
        assertNull(valid().problem());
        assertNull(new FlowRecord().problem(), "all zero is a valid record");
        FlowRecord edges = valid();
        edges.endMicros = edges.startMicros; // zero duration
        edges.sourcePort = 0;
        edges.destinationPort = 65535;
        edges.protocol = 255;
        edges.tcpFlags = 255;
        edges.bytes = Long.MAX_VALUE;
        edges.packets = 0;
        assertNull(edges.problem());
        edges.startMicros = Long.MIN_VALUE;
        edges.endMicros = Long.MAX_VALUE;
        assertNull(edges.problem());
    }

    @Test
    void problemsAreNamed() {
        FlowRecord r = valid();
        r.endMicros = r.startMicros - 1;
        assertEquals("the flow ends before it starts", r.problem());
        r = valid();
        r.bytes = -1;
        assertEquals("negative byte or packet count", r.problem());
        r = valid();
        r.packets = -1;
        assertEquals("negative byte or packet count", r.problem());
        r = valid();
        r.protocol = 256;
        assertEquals("protocol number 256 is not in 0..255", r.problem());
        r = valid();
        r.protocol = -1;
        assertTrue(r.problem().contains("-1"));
        r = valid();
        r.tcpFlags = -1;
        assertEquals("TCP flags not in 0..255", r.problem());
    }

    @ParameterizedTest
    @ValueSource(ints = { -1, 65536, 70000, Integer.MIN_VALUE, Integer.MAX_VALUE })
    void portsOutOfRangeAreProblems(int port) {
        FlowRecord r = valid();
        r.sourcePort = port;
        assertEquals("port not in 0..65535", r.problem());
        r = valid();
        r.destinationPort = port;
        assertEquals("port not in 0..65535", r.problem());
    }

    @Test
    void addressesAreSetAndReadInEitherForm() {
        FlowRecord r = new FlowRecord().sourceV4(0xC0A80101).destinationV4(0xFFFFFFFF);
        assertEquals(IpAddress.parse("192.168.1.1"), r.source());
        assertEquals(IpAddress.parse("255.255.255.255"), r.destination());
        assertEquals(0L, r.sourceHigh);
        assertEquals(0x0000_FFFF_C0A8_0101L, r.sourceLow);
        r.source(IpAddress.parse("2001:db8::5"));
        assertEquals(0x2001_0db8_0000_0000L, r.sourceHigh);
        assertEquals(5L, r.sourceLow);
        assertEquals("2001:db8::5", r.source().toString());
    }

    @Test
    void copyClearAndEquality() {
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 1000; i++) {
            FlowRecord a = RandomFlows.next(random);
            FlowRecord b = new FlowRecord().copyFrom(a);
            assertEquals(a, b);
            assertEquals(a.hashCode(), b.hashCode());
            assertEquals(a.toString(), b.toString());
            b.tcpFlags ^= 1;
            assertNotEquals(a, b, "every field takes part in equality");
            b.clear();
            assertEquals(new FlowRecord(), b);
        }
        // each field on its own makes records differ
        FlowRecord base = valid();
        for (int field = 0; field < 12; field++) {
            FlowRecord other = new FlowRecord().copyFrom(base);
            switch (field) {
            case 0 -> other.startMicros++;
            case 1 -> other.endMicros++;
            case 2 -> other.sourceHigh++;
            case 3 -> other.sourceLow++;
            case 4 -> other.destinationHigh++;
            case 5 -> other.destinationLow++;
            case 6 -> other.sourcePort++;
            case 7 -> other.destinationPort++;
            case 8 -> other.protocol++;
            case 9 -> other.tcpFlags++;
            case 10 -> other.bytes++;
            default -> other.packets++;
            }
            assertNotEquals(base, other, "field " + field);
        }
    }

    @Test
    void printsReadably() {
        String s = valid().toString();
        assertTrue(s.contains("10.0.0.1:1234 -> 2001:db8::1:443 TCP 4096 B 5 pkt for 1000 us"), s);
        assertTrue(s.startsWith("1970-01-01T00:00:00.001Z"), s);
    }
}
