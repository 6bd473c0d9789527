package org.flowbench.analysis.internal.builtin;

import java.util.Map;

/** Names of well-known service ports (IANA), for readable protocol mixes. */
final class ServiceNames {

    private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(20, "ftp-data"), Map.entry(21, "ftp"),
            Map.entry(22, "ssh"), Map.entry(23, "telnet"), Map.entry(25, "smtp"), Map.entry(53, "dns"), Map.entry(67, "dhcp"),
            Map.entry(68, "dhcp"), Map.entry(69, "tftp"), Map.entry(80, "http"), Map.entry(88, "kerberos"), Map.entry(110, "pop3"),
            Map.entry(123, "ntp"), Map.entry(137, "netbios-ns"), Map.entry(138, "netbios-dgm"), Map.entry(139, "netbios-ssn"),
            Map.entry(143, "imap"), Map.entry(161, "snmp"), Map.entry(162, "snmptrap"), Map.entry(179, "bgp"),
            Map.entry(389, "ldap"), Map.entry(443, "https"), Map.entry(445, "smb"), Map.entry(465, "smtps"),
            Map.entry(500, "isakmp"), Map.entry(514, "syslog"), Map.entry(587, "submission"), Map.entry(636, "ldaps"),
            Map.entry(853, "dns-over-tls"), Map.entry(993, "imaps"), Map.entry(995, "pop3s"), Map.entry(1194, "openvpn"),
            Map.entry(1433, "mssql"), Map.entry(1812, "radius"), Map.entry(2055, "netflow"), Map.entry(3306, "mysql"),
            Map.entry(3389, "rdp"), Map.entry(4739, "ipfix"), Map.entry(5060, "sip"), Map.entry(5353, "mdns"),
            Map.entry(5432, "postgresql"), Map.entry(5900, "vnc"), Map.entry(6379, "redis"), Map.entry(8080, "http-alt"),
            Map.entry(8443, "https-alt"), Map.entry(9995, "netflow"), Map.entry(9996, "netflow"));

    private ServiceNames() {
    }

    /** @return "443 (https)", or "8123" for ports without a well-known name */
    static String label(int port) {
        String name = NAMES.get(port);
        return name != null ? port + " (" + name + ")" : Integer.toString(port);
    }
}
