package org.flowbench.generator.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The hosts of the office-day scenario, built from the seed.
 * <ul>
 * <li>Wired client LAN 10.10.0.0/22: {@value #LAN_CLIENTS} clients from 10.10.0.20 up, with IPv6
 * addresses in 2001:db8:a:10::/64.</li>
 * <li>Wi-Fi 192.168.100.0/22: {@value #WIFI_CLIENTS} clients from 192.168.100.20 up, IPv6 in
 * 2001:db8:a:20::/64.</li>
 * <li>Server subnet 10.20.0.0/24: domain controllers (DNS and NTP) .10-.11, mail .25, file servers
 * .30-.32, terminal servers .40-.41, SSH servers .50-.54, intranet web .80-.83.</li>
 * <li>{@value #EXTERNAL_HOSTS} external hosts in real address blocks of {@link #EXTERNAL_COUNTRIES}
 * ({@link CountryBlocks}), each with an IPv4 and an IPv6 address of the same country, so that a
 * GeoIP lookup places them there.</li>
 * </ul>
 * Clients are ranked by a Zipf law of exponent {@value #CLIENT_ZIPF_EXPONENT}, external hosts by
 * one of exponent {@value #EXTERNAL_ZIPF_EXPONENT}, the servers of a role by exponent 1; which
 * address gets which rank is shuffled with the seed.
 */
final class OfficeNetwork implements HostPlan {

    static final int LAN_CLIENTS = 800;
    static final int WIFI_CLIENTS = 600;
    static final int EXTERNAL_HOSTS = 40_000;
    static final double CLIENT_ZIPF_EXPONENT = 0.9;
    static final double EXTERNAL_ZIPF_EXPONENT = 1.0;

    /**
     * Where the external hosts are, as shares of hosts: the office is in Germany, so after the US
     * (where the large clouds and CDNs answer from) come Germany and the European cloud regions,
     * then the rest of the world.
     */
    static final String[] EXTERNAL_COUNTRIES = { "US", "DE", "IE", "NL", "GB", "FR", "SE", "CH", "JP", "SG", "CN", "IN", "BR",
            "CA", "AU", "KR", "ES", "IT", "PL", "FI", "RU", "ZA", "MX", "AR", "HK", "TW", "NG", "EG", "TR", "ID" };
    static final double[] EXTERNAL_COUNTRY_SHARES = { 34, 14, 7, 6, 5, 4, 2, 2, 2.5, 2, 2.5, 2, 1.5, 2, 1.5, 1, 1.5, 1.5, 1, 1, 1,
            0.5, 0.5, 0.5, 1, 0.5, 0.3, 0.3, 0.5, 0.5 };

    static final int LAN = Ipv4.of(10, 10, 0, 0);
    static final int WIFI = Ipv4.of(192, 168, 100, 0);
    static final int SERVER_NET = Ipv4.of(10, 20, 0, 0);
    static final long LAN_V6 = 0x2001_0db8_000a_0010L;
    static final long WIFI_V6 = 0x2001_0db8_000a_0020L;

    /** The server roles and their hosts (last octet in 10.20.0.0/24). */
    enum Role {
        DOMAIN_CONTROLLER(10, 11),
        MAIL(25),
        FILE(30, 31, 32),
        TERMINAL(40, 41),
        SSH(50, 51, 52, 53, 54),
        INTRANET_WEB(80, 81, 82, 83);

        final int[] hosts;

        Role(int... lastOctets) {
            hosts = new int[lastOctets.length];
            for (int i = 0; i < lastOctets.length; i++) {
                hosts[i] = SERVER_NET | lastOctets[i];
            }
        }
    }

    static final int MAIL_SERVER = Role.MAIL.hosts[0];

    final int[] clientV4 = new int[LAN_CLIENTS + WIFI_CLIENTS];
    final long[] clientV6High = new long[clientV4.length];
    final long[] clientV6Low = new long[clientV4.length];
    final AliasTable clients = new AliasTable(Zipf.weights(clientV4.length, CLIENT_ZIPF_EXPONENT));

    final int[] externalV4 = new int[EXTERNAL_HOSTS];
    final long[] externalV6High = new long[EXTERNAL_HOSTS];
    final long[] externalV6Low = new long[EXTERNAL_HOSTS];
    final AliasTable externals = new AliasTable(Zipf.weights(EXTERNAL_HOSTS, EXTERNAL_ZIPF_EXPONENT));
    private final int[] externalSorted;

    private final int[] allServers;
    private final AliasTable[] roleTables = new AliasTable[Role.values().length];

    OfficeNetwork(SplittableRandom random) {
        for (int i = 0; i < LAN_CLIENTS; i++) {
            clientV4[i] = LAN + 20 + i;
            clientV6High[i] = LAN_V6;
            clientV6Low[i] = random.nextLong();
        }
        for (int i = 0; i < WIFI_CLIENTS; i++) {
            int k = LAN_CLIENTS + i;
            clientV4[k] = WIFI + 20 + i;
            clientV6High[k] = WIFI_V6;
            clientV6Low[k] = random.nextLong();
        }
        shuffle(clientV4, clientV6High, clientV6Low, random);

        Set<Integer> taken = new HashSet<>(); // only asked, never iterated: order cannot leak
        CountryBlocks blocks = CountryBlocks.shipped();
        AliasTable countries = new AliasTable(EXTERNAL_COUNTRY_SHARES);
        for (int i = 0; i < EXTERNAL_HOSTS; i++) {
            String country = EXTERNAL_COUNTRIES[countries.sample(random)];
            int a;
            do {
                a = blocks.randomV4(country, random);
            } while (!Ipv4.isPublicUnicast(a) || !taken.add(a));
            externalV4[i] = a;
            long[] v6 = blocks.randomV6(country, random);
            externalV6High[i] = v6[0];
            externalV6Low[i] = v6[1];
        }
        externalSorted = externalV4.clone();
        Arrays.sort(externalSorted);

        allServers = Arrays.stream(Role.values()).flatMapToInt(r -> Arrays.stream(r.hosts)).toArray();
        for (Role role : Role.values()) {
            roleTables[role.ordinal()] = new AliasTable(Zipf.weights(role.hosts.length, 1.0));
        }
    }

    private static void shuffle(int[] a, long[] b, long[] c, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int ta = a[i];
            a[i] = a[j];
            a[j] = ta;
            long tb = b[i];
            b[i] = b[j];
            b[j] = tb;
            long tc = c[i];
            c[i] = c[j];
            c[j] = tc;
        }
    }

    int server(Role role, SplittableRandom random) {
        return role.hosts[roleTables[role.ordinal()].sample(random)];
    }

    int anyServer(SplittableRandom random) {
        return allServers[random.nextInt(allServers.length)];
    }

    boolean isExternalHost(int v4) {
        return Arrays.binarySearch(externalSorted, v4) >= 0;
    }

    @Override
    public int internalClient(SplittableRandom random) {
        return clientV4[random.nextInt(clientV4.length)];
    }

    @Override
    public int internalServer(SplittableRandom random) {
        return anyServer(random);
    }

    @Override
    public int unusedExternal(SplittableRandom random) {
        while (true) {
            int a = Ipv4.randomPublic(random);
            if (!isExternalHost(a)) {
                return a;
            }
        }
    }
}
