package org.flowbench.generator.internal;

import static org.flowbench.generator.internal.Service.Initiator.CLIENT;
import static org.flowbench.generator.internal.Service.Initiator.MAIL_SERVER;

import java.util.List;
import java.util.SplittableRandom;

import org.flowbench.generator.internal.OfficeNetwork.Role;
import org.flowbench.model.Protocols;

/**
 * The session mix of the office day. Shares are of sessions; every session is two flows, so they
 * are the shares of flows too. Sizes are request / response medians and log sigmas.
 *
 * <pre>
 * service        proto port  share  peer                           request          response          duration
 * HTTPS          TCP   443   0.48   90% external, 10% intranet web 1.8 kB  s1.2     22 kB   s2.0      1.5 s s1.6
 * QUIC           UDP   443   0.12   external                       2.5 kB  s1.2     40 kB   s2.0      2 s   s1.5
 * HTTP           TCP    80   0.05   external                       700 B   s0.8     12 kB   s2.0      0.8 s s1.4
 * DNS            UDP    53   0.18   domain controllers             70 B    s0.2     160 B   s0.5      one packet each, at most 1232 B
 * NTP            UDP   123   0.01   domain controllers             76 B    s0       76 B    s0        one packet each
 * SSH            TCP    22   0.02   80% SSH servers, 20% external  4 kB    s1.5     12 kB   s1.8      30 s  s2.0
 * SMTP           TCP    25   0.01   mail server to external        25 kB   s1.5     1.2 kB  s0.4      1.2 s s1.0
 * Submission     TCP   587   0.01   mail server                    30 kB   s1.6     1.5 kB  s0.4      1.5 s s1.0
 * IMAPS          TCP   993   0.03   mail server                    2.5 kB  s1.0     45 kB   s1.8      8 s   s1.8
 * SMB            TCP   445   0.05   file servers                   9 kB    s1.8     70 kB   s2.2      4 s   s2.0
 * RDP            TCP  3389   0.02   terminal servers               150 kB  s1.2     1.8 MB  s1.3      120 s s1.0
 * ICMP echo      ICMP    0   0.02   50% any server, 50% external   1-4 pings of 84 B each way, 1 s apart
 * </pre>
 *
 * HTTPS and QUIC sessions to external hosts run over IPv6 with a chance of
 * {@value OfficeDaySource#IPV6_SHARE}.
 */
final class OfficeServices {

    static final List<Service> MIX = List.of(
            new Service("HTTPS", Protocols.TCP, 443, 0.48, CLIENT, Role.INTRANET_WEB, 0.9, true, 1800, 1.2, 22_000, 2.0, 120, 1300, 1.5, 1.6),
            new Service("QUIC", Protocols.UDP, 443, 0.12, CLIENT, Role.INTRANET_WEB, 1.0, true, 2500, 1.2, 40_000, 2.0, 150, 1250, 2, 1.5),
            new Service("HTTP", Protocols.TCP, 80, 0.05, CLIENT, Role.INTRANET_WEB, 1.0, false, 700, 0.8, 12_000, 2.0, 150, 1300, 0.8, 1.4),
            new Service("DNS", Protocols.UDP, 53, 0.18, CLIENT, Role.DOMAIN_CONTROLLER, 0.0, false, 70, 0.2, 160, 0.5, 512, 1232, 0, 0),
            new Service("NTP", Protocols.UDP, 123, 0.01, CLIENT, Role.DOMAIN_CONTROLLER, 0.0, false, 76, 0, 76, 0, 512, 512, 0, 0),
            new Service("SSH", Protocols.TCP, 22, 0.02, CLIENT, Role.SSH, 0.2, false, 4000, 1.5, 12_000, 1.8, 90, 600, 30, 2.0),
            new Service("SMTP", Protocols.TCP, 25, 0.01, MAIL_SERVER, Role.MAIL, 1.0, false, 25_000, 1.5, 1200, 0.4, 1100, 80, 1.2, 1.0),
            new Service("Submission", Protocols.TCP, 587, 0.01, CLIENT, Role.MAIL, 0.0, false, 30_000, 1.6, 1500, 0.4, 1100, 80, 1.5, 1.0),
            new Service("IMAPS", Protocols.TCP, 993, 0.03, CLIENT, Role.MAIL, 0.0, false, 2500, 1.0, 45_000, 1.8, 110, 1200, 8, 1.8),
            new Service("SMB", Protocols.TCP, 445, 0.05, CLIENT, Role.FILE, 0.0, false, 9000, 1.8, 70_000, 2.2, 300, 1300, 4, 2.0),
            new Service("RDP", Protocols.TCP, 3389, 0.02, CLIENT, Role.TERMINAL, 0.0, false, 150_000, 1.2, 1_800_000, 1.3, 140, 1000, 120, 1.0),
            new Service("ICMP echo", Protocols.ICMP, 0, 0.02, CLIENT, null, 0.5, false, 210, 0, 210, 0, 84, 84, 0, 0));

    private final Service[] services = MIX.toArray(Service[]::new);
    private final AliasTable table = new AliasTable(MIX.stream().mapToDouble(s -> s.share).toArray());

    Service pick(SplittableRandom random) {
        return services[table.sample(random)];
    }

    /** @return the expected bytes of one flow, half a session */
    static double meanFlowBytes() {
        double total = 0;
        double shares = 0;
        for (Service s : MIX) {
            total += s.share * s.meanSessionBytes();
            shares += s.share;
        }
        return total / shares / 2;
    }
}
