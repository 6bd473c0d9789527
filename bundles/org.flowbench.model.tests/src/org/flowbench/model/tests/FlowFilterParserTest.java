package org.flowbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowFilter.And;
import org.flowbench.model.FlowFilter.Direction;
import org.flowbench.model.FlowFilter.Host;
import org.flowbench.model.FlowFilter.Net;
import org.flowbench.model.FlowFilter.Not;
import org.flowbench.model.FlowFilter.Or;
import org.flowbench.model.FlowFilter.Port;
import org.flowbench.model.FlowFilter.Protocol;
import org.flowbench.model.IpAddress;
import org.flowbench.model.IpPrefix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The filter syntax: which filter each text is, what it prints as, and what errors say. */
class FlowFilterParserTest {

    private static final FlowFilter TCP = new Protocol(6);
    private static final FlowFilter UDP = new Protocol(17);
    private static final FlowFilter PORT_80 = new Port(Direction.EITHER, 80, 80);

    static List<Object[]> texts() {
        IpAddress a = IpAddress.parse("10.0.0.1");
        IpAddress six = IpAddress.parse("2001:db8::1");
        IpPrefix ten = IpPrefix.parse("10.0.0.0/8");
        return List.of(
                new Object[] { "host 10.0.0.1", new Host(Direction.EITHER, a), "host 10.0.0.1" },
                new Object[] { "src host 10.0.0.1", new Host(Direction.SOURCE, a), "src host 10.0.0.1" },
                new Object[] { "dst host 2001:0db8::0001", new Host(Direction.DESTINATION, six), "dst host 2001:db8::1" },
                new Object[] { "10.0.0.1", new Host(Direction.EITHER, a), "host 10.0.0.1" },
                new Object[] { "dst 2001:db8::1", new Host(Direction.DESTINATION, six), "dst host 2001:db8::1" },
                new Object[] { "::1", new Host(Direction.EITHER, IpAddress.parse("::1")), "host ::1" },
                new Object[] { "net 10.0.0.0/8", new Net(Direction.EITHER, ten), "net 10.0.0.0/8" },
                new Object[] { "src 10.0.0.0/8", new Net(Direction.SOURCE, ten), "src net 10.0.0.0/8" },
                new Object[] { "dst net 2001:db8::/32", new Net(Direction.DESTINATION, IpPrefix.parse("2001:db8::/32")),
                        "dst net 2001:db8::/32" },
                new Object[] { "net 10.0.0.1", new Net(Direction.EITHER, IpPrefix.parse("10.0.0.1/32")), "net 10.0.0.1/32" },
                new Object[] { "port 80", PORT_80, "port 80" },
                new Object[] { "src port 0", new Port(Direction.SOURCE, 0, 0), "src port 0" },
                new Object[] { "dst port 65535", new Port(Direction.DESTINATION, 65535, 65535), "dst port 65535" },
                new Object[] { "portrange 1-1023", new Port(Direction.EITHER, 1, 1023), "portrange 1-1023" },
                new Object[] { "dst portrange 5-5", new Port(Direction.DESTINATION, 5, 5), "dst port 5" },
                new Object[] { "proto 6", TCP, "proto tcp" },
                new Object[] { "proto Tcp", TCP, "proto tcp" },
                new Object[] { "tcp", TCP, "proto tcp" },
                new Object[] { "udp", UDP, "proto udp" },
                new Object[] { "icmp", new Protocol(1), "proto icmp" },
                new Object[] { "icmp6", new Protocol(58), "proto icmpv6" },
                new Object[] { "icmpv6", new Protocol(58), "proto icmpv6" },
                new Object[] { "proto 200", new Protocol(200), "proto 200" },
                new Object[] { "proto ospf", new Protocol(89), "proto ospf" },
                new Object[] { "not tcp", new Not(TCP), "not proto tcp" },
                new Object[] { "!tcp", new Not(TCP), "not proto tcp" },
                new Object[] { "! ! tcp", new Not(new Not(TCP)), "not not proto tcp" },
                new Object[] { "tcp port 80", new And(List.of(TCP, PORT_80)), "proto tcp and port 80" },
                new Object[] { "tcp and port 80", new And(List.of(TCP, PORT_80)), "proto tcp and port 80" },
                new Object[] { "tcp && port 80", new And(List.of(TCP, PORT_80)), "proto tcp and port 80" },
                new Object[] { "tcp&&port 80", new And(List.of(TCP, PORT_80)), "proto tcp and port 80" },
                new Object[] { "tcp or udp", new Or(List.of(TCP, UDP)), "proto tcp or proto udp" },
                new Object[] { "tcp || udp", new Or(List.of(TCP, UDP)), "proto tcp or proto udp" },
                new Object[] { "tcp||udp", new Or(List.of(TCP, UDP)), "proto tcp or proto udp" },
                new Object[] { "tcp or udp or icmp", new Or(List.of(TCP, UDP, new Protocol(1))),
                        "proto tcp or proto udp or proto icmp" },
                new Object[] { "tcp or udp port 80", new Or(List.of(TCP, new And(List.of(UDP, PORT_80)))),
                        "proto tcp or (proto udp and port 80)" },
                new Object[] { "(tcp or udp) port 80", new And(List.of(new Or(List.of(TCP, UDP)), PORT_80)),
                        "(proto tcp or proto udp) and port 80" },
                new Object[] { "not (tcp or udp)", new Not(new Or(List.of(TCP, UDP))), "not (proto tcp or proto udp)" },
                new Object[] { "not tcp and udp", new And(List.of(new Not(TCP), UDP)), "not proto tcp and proto udp" },
                new Object[] { "!(tcp)", new Not(TCP), "not proto tcp" },
                new Object[] { "(tcp and udp) and port 80", new And(List.of(new And(List.of(TCP, UDP)), PORT_80)),
                        "(proto tcp and proto udp) and port 80" },
                new Object[] { "TCP AND NOT PORT 80", new And(List.of(TCP, new Not(PORT_80))), "proto tcp and not port 80" });
    }

    @ParameterizedTest
    @MethodSource("texts")
    void parsesToTheExpectedFilterAndPrintsBack(String text, FlowFilter expected, String printed) {
        FlowFilter f = FlowFilter.parse(text);
        assertEquals(expected, f);
        assertEquals(printed, f.toString());
        assertEquals(expected, FlowFilter.parse(printed));
    }

    @Test
    void everyProtocolPrintsAndReadsBack() {
        for (int p = 0; p < 256; p++) {
            FlowFilter f = new Protocol(p);
            assertEquals(f, FlowFilter.parse(f.toString()), f.toString());
            assertEquals(f, FlowFilter.parse("proto " + p));
        }
    }

    /** An IPv4 address in its mapped IPv6 text form is the same host. */
    @Test
    void mappedFormIsTheSameHost() {
        assertEquals(FlowFilter.parse("host 10.0.0.1"), FlowFilter.parse("host ::ffff:10.0.0.1"));
        assertEquals(FlowFilter.parse("src 10.0.0.1"), FlowFilter.parse("src ::FFFF:a00:1"));
    }

    /** Each bad text gives an IllegalArgumentException that quotes the text and says what is wrong. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "host                   | expected an address",
            "src host               | expected an address",
            "port 99999             | '99999' is not a port number",
            "port -1                | '-1' is not a port number",
            "port http              | 'http' is not a port number",
            "portrange 80           | N-M",
            "portrange 90-80        | not a port range",
            "portrange 1-70000      | '70000' is not a port number",
            "net 10.1.2.3/8         | non-network bits",
            "net 10.0.0.0/33        | prefix length",
            "net 10.0.0.0/x         | prefix length",
            "host 10.0.0.0/8        | not an IP address",
            "host 10.0.0.256        | not an IP address",
            "10.0.0                 | not an IP address",
            "(tcp                   | missing ')'",
            "((tcp) or udp          | missing ')'",
            "tcp)                   | unexpected ')'",
            "()                     | ')'",
            "foo                    | unknown filter word 'foo'",
            "dead                   | unknown filter word 'dead'",
            "tcp and                | at the end",
            "tcp or                 | at the end",
            "not                    | at the end",
            "and tcp                | 'and'",
            "proto                  | at the end",
            "proto 300              | unknown protocol '300'",
            "proto xyz              | unknown protocol 'xyz'",
            "src tcp                | not with 'tcp'",
            "dst proto udp          | not with 'proto'",
            "tcp & udp              | '&'" })
    void rejectsBadTextSayingWhy(String text, String says) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FlowFilter.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
    }
}
