package org.flowbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.flowbench.generator.GeneratorSettings;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.IpAddress;
import org.flowbench.model.IpPrefix;
import org.flowbench.model.Protocols;
import org.flowbench.model.TimeRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default office day, a million flows, checked against what the scenario documents. */
class OfficeDayTest {

    private static final GeneratorSettings SETTINGS = GeneratorSettings.defaults();
    private static final int FIN = 0x01;
    private static final int SYN = 0x02;
    private static final int RST = 0x04;
    private static final int ACK = 0x10;
    private static final IpPrefix OFFICE_V6 = IpPrefix.parse("2001:db8:a::/48");
    private static final int LAN = Flows.v4("10.10.0.0");
    private static final int WIFI = Flows.v4("192.168.100.0");
    private static final int SERVERS = Flows.v4("10.20.0.0");
    private static final int TEN = Flows.v4("10.0.0.0");
    private static final int PRIVATE_192 = Flows.v4("192.168.0.0");
    private static final IpPrefix[] NOT_PUBLIC_V4 = Arrays.stream(new String[] { "0.0.0.0/8", "10.0.0.0/8",
            "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.168.0.0/16", "192.0.2.0/24",
            "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/3" }).map(IpPrefix::parse).toArray(IpPrefix[]::new);
    private static final IpPrefix DOCUMENTATION_V6 = IpPrefix.parse("2001:db8::/32");

    private static Flows.Run run;

    @BeforeAll
    static void generate() {
        run = Flows.generate(SETTINGS);
    }

    @Test
    void flowsComeInStartOrderInsideTheDay() {
        assertEquals(1_000_000, run.truth().flows());
        assertEquals(1_000_000, run.store().size());
        TimeRange day = SETTINGS.timeRange();
        long[] previous = { Long.MIN_VALUE };
        run.forEach(f -> {
            assertTrue(day.contains(f.startMicros), f::toString);
            assertTrue(f.startMicros >= previous[0], f::toString);
            assertTrue(f.endMicros >= f.startMicros && f.endMicros - f.startMicros <= 300_000_000L, f::toString);
            previous[0] = f.startMicros;
        });
    }

    @Test
    void activityFollowsAnOfficeDay() {
        long[] h = new long[24];
        long start = SETTINGS.timeRange().startMicros();
        run.forEach(f -> h[(int) ((f.startMicros - start) / 3_600_000_000L)]++);
        String hours = Arrays.toString(h);
        for (int night = 0; night <= 5; night++) {
            assertTrue(h[night] * 10 < h[10], "night hour " + night + " far below 10 h: " + hours);
        }
        for (int morning = 6; morning < 10; morning++) {
            assertTrue(h[morning] * 1.03 < h[morning + 1], "morning rises at " + morning + " h: " + hours);
        }
        assertTrue(h[12] < 0.8 * h[11] && h[12] < 0.8 * h[14], "lunch dip: " + hours);
        for (int evening = 17; evening < 21; evening++) {
            assertTrue(h[evening] > h[evening + 1] * 1.1, "evening falls at " + evening + " h: " + hours);
        }
    }

    @Test
    void fewClientsDoMostOfTheTalking() {
        Map<Integer, Long> requests = new HashMap<>();
        run.forEach(f -> {
            if (Flows.isV4(f, true) && isClient(Flows.v4(f.sourceLow))) {
                requests.merge(Flows.v4(f.sourceLow), 1L, Long::sum);
            }
        });
        assertTrue(requests.size() > 1300 && requests.size() <= 1400, "clients seen: " + requests.size());
        long[] counts = descending(requests.values());
        double slope = Flows.logLogSlope(counts, 50);
        assertEquals(-0.9, slope, 0.1, "rank-frequency slope of the 50 busiest clients");
        // Zipf with exponent 0.9 over 1400 clients, computed the long way
        double top10 = 0;
        double all = 0;
        for (int r = 1; r <= 1400; r++) {
            all += Math.pow(r, -0.9);
            top10 += r <= 10 ? Math.pow(r, -0.9) : 0;
        }
        double share = topShare(counts, 10);
        assertEquals(top10 / all, share, 0.02);
        assertTrue(share > 10 * (10.0 / 1400), "far above a uniform share: " + share);
    }

    @Test
    void fewExternalHostsGetMostOfTheWebRequests() {
        Map<Integer, Long> requests = new HashMap<>();
        Set<IpAddress> external = new HashSet<>();
        run.forEach(f -> {
            boolean v4 = Flows.isV4(f, false);
            if (v4 ? !isInternal(Flows.v4(f.destinationLow)) : !OFFICE_V6.contains(f.destinationHigh, f.destinationLow)) {
                external.add(f.destination());
            }
            if (v4 && f.protocol == Protocols.TCP && f.destinationPort == 443 && !isInternal(Flows.v4(f.destinationLow))) {
                requests.merge(Flows.v4(f.destinationLow), 1L, Long::sum);
            }
        });
        assertTrue(external.size() > 20_000, "tens of thousands of external hosts: " + external.size());
        long[] counts = descending(requests.values());
        assertEquals(-1.0, Flows.logLogSlope(counts, 50), 0.1, "rank-frequency slope of the 50 most visited web servers");
        double top10 = 0;
        double all = 0;
        for (int r = 1; r <= 40_000; r++) {
            all += 1.0 / r;
            top10 += r <= 10 ? 1.0 / r : 0;
        }
        double share = topShare(counts, 10);
        assertEquals(top10 / all, share, 0.02);
        assertTrue(share > 100 * (10.0 / 40_000), "far above a uniform share: " + share);
    }

    @Test
    void protocolsAndServicesMixAsConfigured() {
        // protocol/service port -> share of sessions (= share of flows), from the scenario's documentation
        Map<String, Double> expected = Map.ofEntries(Map.entry("TCP/443", 0.48), Map.entry("UDP/443", 0.12),
                Map.entry("TCP/80", 0.05), Map.entry("UDP/53", 0.18), Map.entry("UDP/123", 0.01),
                Map.entry("TCP/22", 0.02), Map.entry("TCP/25", 0.01), Map.entry("TCP/587", 0.01),
                Map.entry("TCP/993", 0.03), Map.entry("TCP/445", 0.05), Map.entry("TCP/3389", 0.02),
                Map.entry("ICMP/0", 0.02));
        Map<String, Long> seen = new HashMap<>();
        run.forEach(f -> seen.merge(Protocols.name(f.protocol) + "/" + Math.min(f.sourcePort, f.destinationPort), 1L, Long::sum));
        assertEquals(expected.keySet(), seen.keySet());
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            double share = (double) seen.get(e.getKey()) / run.store().size();
            assertEquals(e.getValue(), share, 0.005, e.getKey());
        }
    }

    @Test
    void everySessionHasAResponseInTheReverseDirection() {
        FlowSnapshot s = run.snapshot();
        FlowRecord request = new FlowRecord();
        FlowRecord candidate = new FlowRecord();
        long requests = 0;
        long answered = 0;
        long httpsSessions = 0;
        long httpsLargerResponses = 0;
        long httpsRequestBytes = 0;
        long httpsResponseBytes = 0;
        for (long i = 0; i < s.size(); i++) {
            s.read(i, request);
            boolean isRequest = request.protocol == Protocols.ICMP ? Flows.isV4(request, true) && isClient(Flows.v4(request.sourceLow))
                    : request.sourcePort >= 49152 && request.destinationPort < 49152;
            if (!isRequest) {
                continue;
            }
            requests++;
            for (long j = i + 1; j < s.size(); j++) {
                s.read(j, candidate);
                if (candidate.startMicros > request.startMicros + 300_000) {
                    break;
                }
                if (isReverse(request, candidate)) {
                    answered++;
                    if (request.protocol == Protocols.TCP && request.destinationPort == 443) {
                        httpsSessions++;
                        httpsLargerResponses += candidate.bytes > request.bytes ? 1 : 0;
                        httpsRequestBytes += request.bytes;
                        httpsResponseBytes += candidate.bytes;
                    }
                    break;
                }
            }
        }
        assertEquals(500_000, requests, "a million flows are half a million sessions");
        assertEquals(requests, answered);
        assertTrue(httpsLargerResponses > 0.8 * httpsSessions, httpsLargerResponses + " of " + httpsSessions);
        assertTrue(httpsResponseBytes > 5 * httpsRequestBytes, httpsResponseBytes + " vs " + httpsRequestBytes);
    }

    @Test
    void byteCountsAreHeavyTailedAroundTheConfiguredMedians() {
        long[] httpsResponses = new long[(int) run.store().size()];
        int[] n = { 0 };
        run.forEach(f -> {
            if (f.protocol == Protocols.TCP && f.sourcePort == 443) {
                httpsResponses[n[0]++] = f.bytes;
            }
            if (f.protocol == Protocols.UDP && (f.sourcePort == 53 || f.destinationPort == 53)) {
                assertEquals(1, f.packets, f::toString);
                assertTrue(f.bytes <= 1232, f::toString);
                assertEquals(f.startMicros, f.endMicros, "single packet, no duration");
            }
        });
        long[] sizes = Arrays.copyOf(httpsResponses, n[0]);
        Arrays.sort(sizes);
        double median = sizes[sizes.length / 2];
        double mean = Arrays.stream(sizes).average().orElseThrow();
        assertEquals(22_000, median, 2_200, "median HTTPS response");
        // a log-normal with sigma 2 has mean / median = e^2 = 7.4; the 512 MiB cap trims little
        assertTrue(mean / median > 5, "mean " + mean + " median " + median);
        assertTrue(sizes[sizes.length - 1] > 1000 * median, "a few very large flows: " + sizes[sizes.length - 1]);
        assertTrue(sizes[sizes.length - 1] <= 512L << 20, "capped");
    }

    @Test
    void addressesFollowTheOfficePlan() {
        long[] v6 = { 0 };
        run.forEach(f -> {
            boolean sourceInternal = isInternalEndpoint(f.sourceHigh, f.sourceLow);
            boolean destinationInternal = isInternalEndpoint(f.destinationHigh, f.destinationLow);
            assertTrue(sourceInternal || destinationInternal, f::toString);
            if (!sourceInternal) {
                assertTrue(isPublic(f.sourceHigh, f.sourceLow), f::toString);
            }
            if (!destinationInternal) {
                assertTrue(isPublic(f.destinationHigh, f.destinationLow), f::toString);
            }
            boolean sourceV6 = !Flows.isV4(f, true);
            assertEquals(sourceV6, !Flows.isV4(f, false), "one family per flow");
            v6[0] += sourceV6 ? 1 : 0;
        });
        // HTTPS (0.48, 90 % external) and QUIC (0.12) sessions to external hosts, 8 % of them over IPv6
        assertEquals((0.48 * 0.9 + 0.12) * 0.08, (double) v6[0] / run.store().size(), 0.004);
    }

    @Test
    void tcpFlagsArePlausible() {
        long[] tcp = { 0 };
        long[] reset = { 0 };
        long[] open = { 0 };
        run.forEach(f -> {
            if (f.protocol != Protocols.TCP) {
                assertEquals(0, f.tcpFlags, f::toString);
                return;
            }
            tcp[0]++;
            assertEquals(SYN | ACK, f.tcpFlags & (SYN | ACK), f::toString);
            if ((f.tcpFlags & RST) != 0) {
                reset[0]++;
                assertEquals(0, f.tcpFlags & FIN, "reset, not closed");
            } else if ((f.tcpFlags & FIN) == 0) {
                open[0]++;
                assertEquals(300_000_000L, f.endMicros - f.startMicros, "still open only when cut at the active timeout");
            }
        });
        double resets = (double) reset[0] / tcp[0];
        assertTrue(resets > 0.02 && resets < 0.035, "about 3 % reset: " + resets);
        assertTrue(open[0] > 0 && open[0] < tcp[0] / 50, "few long sessions still open: " + open[0]);
    }

    private static boolean isReverse(FlowRecord a, FlowRecord b) {
        return a.protocol == b.protocol && a.sourceHigh == b.destinationHigh && a.sourceLow == b.destinationLow
                && a.destinationHigh == b.sourceHigh && a.destinationLow == b.sourceLow
                && a.sourcePort == b.destinationPort && a.destinationPort == b.sourcePort;
    }

    private static boolean isClient(int a) {
        return Flows.in(a, LAN, 22) || Flows.in(a, WIFI, 22);
    }

    private static boolean isInternal(int a) {
        return Flows.in(a, TEN, 8) || Flows.in(a, PRIVATE_192, 16);
    }

    private static boolean isInternalEndpoint(long high, long low) {
        if (IpAddress.isV4(high, low)) {
            int a = Flows.v4(low);
            return isClient(a) || Flows.in(a, SERVERS, 24);
        }
        return OFFICE_V6.contains(high, low);
    }

    private static boolean isPublic(long high, long low) {
        if (!IpAddress.isV4(high, low)) {
            return (high >>> 61) == 1 && !DOCUMENTATION_V6.contains(high, low); // 2000::/3
        }
        for (IpPrefix p : NOT_PUBLIC_V4) {
            if (p.contains(high, low)) {
                return false;
            }
        }
        return true;
    }

    private static long[] descending(java.util.Collection<Long> values) {
        return values.stream().mapToLong(Long::longValue).boxed().sorted((x, y) -> Long.compare(y, x))
                .mapToLong(Long::longValue).toArray();
    }

    private static double topShare(long[] descending, int top) {
        long sum = Arrays.stream(descending).sum();
        return (double) Arrays.stream(descending).limit(top).sum() / sum;
    }
}
