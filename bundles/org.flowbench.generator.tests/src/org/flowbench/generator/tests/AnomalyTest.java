package org.flowbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.AnomalyLabel;
import org.flowbench.generator.GeneratorSettings;
import org.flowbench.generator.GroundTruth;
import org.flowbench.model.IpAddress;
import org.flowbench.model.Protocols;
import org.flowbench.model.TimeRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An office day with every anomaly: each must be where its label says, and look like what it is. */
class AnomalyTest {

    private static final GeneratorSettings SETTINGS = GeneratorSettings.defaults().withAnomalies(AnomalyKind.values());
    private static final long MINUTE = 60_000_000L;
    private static final int SYN = 0x02;

    private static Flows.Run run;

    @BeforeAll
    static void generate() {
        run = Flows.generate(SETTINGS);
    }

    private static AnomalyLabel label(AnomalyKind kind) {
        return run.truth().anomaly(kind).orElseThrow();
    }

    @Test
    void eachAnomalyHasOneLabelInsideTheDayWithoutOverlap() {
        GroundTruth truth = run.truth();
        assertEquals(EnumSet.allOf(AnomalyKind.class), EnumSet.copyOf(truth.anomalies().stream().map(AnomalyLabel::kind).toList()));
        long anomalyFlows = truth.anomalies().stream().mapToLong(AnomalyLabel::flows).sum();
        assertEquals(1_000_000 + anomalyFlows, truth.flows());
        assertEquals(truth.flows(), run.store().size());
        TimeRange day = SETTINGS.timeRange();
        for (int i = 0; i < truth.anomalies().size(); i++) {
            TimeRange w = truth.anomalies().get(i).window();
            assertEquals(w, w.intersect(day), "inside the day");
            if (i > 0) {
                TimeRange before = truth.anomalies().get(i - 1).window();
                assertTrue(before.endMicros() <= w.startMicros(), "in order, not overlapping: " + before + " " + w);
            }
        }
        assertBetween(label(AnomalyKind.PORT_SCAN).window().duration(), Duration.ofMinutes(2), Duration.ofMinutes(5));
        assertBetween(label(AnomalyKind.VOLUMETRIC_BURST).window().duration(), Duration.ofMinutes(8), Duration.ofMinutes(12));
        assertBetween(label(AnomalyKind.SLOW_EXFILTRATION).window().duration(), Duration.ofHours(3), Duration.ofHours(5));
        for (AnomalyLabel l : truth.anomalies()) {
            assertEquals(1, l.destinations().size());
            assertTrue(l.description().contains(l.destinations().get(0).toString()), l.description());
            if (l.sources().size() == 1) {
                assertTrue(l.description().contains(l.sources().get(0).toString()), l.description());
            } else {
                assertTrue(l.description().startsWith(l.sources().size() + " hosts"), l.description());
            }
        }
    }

    @Test
    void anomalyFlowsAreMergedInStartOrder() {
        long[] previous = { Long.MIN_VALUE };
        run.forEach(f -> {
            assertTrue(f.startMicros >= previous[0], f::toString);
            previous[0] = f.startMicros;
        });
    }

    @Test
    void theScannerProbesAThousandPortsOfTheTargetWithinTheWindow() {
        AnomalyLabel scan = label(AnomalyKind.PORT_SCAN);
        assertEquals(1, scan.sources().size());
        assertEquals(1, scan.destinations().size());
        IpAddress scanner = scan.sources().get(0);
        IpAddress target = scan.destinations().get(0);
        Set<Integer> ports = new HashSet<>();
        long[] probes = { 0, 0 };
        run.forEach(f -> {
            if (f.tcpFlags == SYN && f.source().equals(scanner) && f.destination().equals(target)) {
                assertTrue(scan.window().contains(f.startMicros), f::toString);
                assertEquals(Protocols.TCP, f.protocol);
                assertEquals(1, f.packets);
                assertTrue(f.bytes <= 60, "a bare SYN: " + f);
                ports.add(f.destinationPort);
                probes[0]++;
                probes[1] += f.bytes;
            }
        });
        assertTrue(ports.size() >= 1000, "distinct ports: " + ports.size());
        assertEquals(scan.flows(), probes[0]);
        assertEquals(ports.size(), probes[0], "each port once");
        assertEquals(scan.bytes(), probes[1]);
    }

    @Test
    void theBurstIsThePeakOfBytesPerMinute() {
        AnomalyLabel burst = label(AnomalyKind.VOLUMETRIC_BURST);
        IpAddress victim = burst.destinations().get(0);
        Set<IpAddress> reflectors = new HashSet<>(burst.sources());
        long start = SETTINGS.timeRange().startMicros();
        long[] bytesPerMinute = new long[24 * 60];
        long[] inWindow = { 0, 0, 0, 0 }; // victim bytes, other bytes, flood flows, flood bytes
        Set<IpAddress> flooders = new HashSet<>();
        run.forEach(f -> {
            bytesPerMinute[(int) ((f.startMicros - start) / MINUTE)] += f.bytes;
            boolean toVictim = f.destination().equals(victim);
            if (burst.window().contains(f.startMicros)) {
                inWindow[toVictim ? 0 : 1] += f.bytes;
            }
            if (toVictim && reflectors.contains(f.source())) {
                assertTrue(burst.window().contains(f.startMicros), f::toString);
                flooders.add(f.source());
                inWindow[2]++;
                inWindow[3] += f.bytes;
            }
        });
        assertEquals(burst.flows(), inWindow[2]);
        assertEquals(burst.bytes(), inWindow[3]);
        assertEquals(reflectors, flooders, "every labelled source floods");
        assertTrue(inWindow[0] > 5 * inWindow[1], "the victim's bytes dwarf the rest: " + inWindow[0] + " vs " + inWindow[1]);

        int first = (int) ((burst.window().startMicros() - start) / MINUTE);
        int last = (int) ((burst.window().endMicros() - 1 - start) / MINUTE);
        int peak = 0;
        long quietest = Long.MAX_VALUE; // of the minutes wholly inside the window
        long loudestOutside = 0;
        for (int m = 0; m < bytesPerMinute.length; m++) {
            peak = bytesPerMinute[m] > bytesPerMinute[peak] ? m : peak;
            if (m < first || m > last) {
                loudestOutside = Math.max(loudestOutside, bytesPerMinute[m]);
            } else if (m > first && m < last) {
                quietest = Math.min(quietest, bytesPerMinute[m]);
            }
        }
        assertTrue(peak >= first && peak <= last, "peak minute " + peak + " in " + first + ".." + last);
        assertTrue(quietest > 3 * loudestOutside, "every burst minute is a clear peak: " + quietest + " vs " + loudestOutside);
    }

    @Test
    void theInsiderUploadsSteadilyToTheExternalHost() {
        AnomalyLabel exfiltration = label(AnomalyKind.SLOW_EXFILTRATION);
        IpAddress insider = exfiltration.sources().get(0);
        IpAddress receiver = exfiltration.destinations().get(0);
        TimeRange w = exfiltration.window();
        List<Long> starts = new ArrayList<>();
        long[] bytes = { 0, 0 }; // total, largest
        List<Long> otherHttps = new ArrayList<>();
        Map<IpAddress, Long> receivedByExternal = new HashMap<>();
        run.forEach(f -> {
            boolean exfil = f.source().equals(insider) && f.destination().equals(receiver);
            if (exfil) {
                assertTrue(w.contains(f.startMicros), f::toString);
                starts.add(f.startMicros);
                bytes[0] += f.bytes;
                bytes[1] = Math.max(bytes[1], f.bytes);
            } else if (f.protocol == Protocols.TCP && (f.sourcePort == 443 || f.destinationPort == 443)) {
                otherHttps.add(f.bytes);
            }
            assertFalse(f.source().equals(receiver), "the receiver only receives: " + f);
            if (f.destination().isV4() && !isInternal(f.destination().v4())) {
                receivedByExternal.merge(f.destination(), f.bytes, Long::sum);
            }
        });
        assertEquals(exfiltration.flows(), starts.size());
        assertEquals(exfiltration.bytes(), bytes[0]);
        // steady: every quarter of the window has its part, and no pause is long
        for (int q = 0; q < 4; q++) {
            long from = w.startMicros() + q * w.lengthMicros() / 4;
            long to = w.startMicros() + (q + 1) * w.lengthMicros() / 4;
            long inQuarter = starts.stream().filter(t -> t >= from && t < to).count();
            assertTrue(inQuarter >= 0.15 * starts.size(), "quarter " + q + ": " + inQuarter + " of " + starts.size());
        }
        long longestPause = Math.max(starts.get(0) - w.startMicros(), w.endMicros() - starts.get(starts.size() - 1));
        for (int i = 1; i < starts.size(); i++) {
            longestPause = Math.max(longestPause, starts.get(i) - starts.get(i - 1));
        }
        assertTrue(longestPause < w.lengthMicros() / 20, "longest pause " + longestPause + " us");
        // each upload unremarkable: hundreds of ordinary HTTPS flows are larger
        long larger = otherHttps.stream().filter(b -> b > bytes[1]).count();
        assertTrue(larger > 300, "ordinary HTTPS flows larger than the largest upload: " + larger);
        // together significant: no other external host receives as much
        long most = receivedByExternal.entrySet().stream().filter(e -> !e.getKey().equals(receiver))
                .mapToLong(Map.Entry::getValue).max().orElseThrow();
        assertTrue(bytes[0] > most, bytes[0] + " uploaded, the busiest other external host received " + most);
    }

    @Test
    void windowsComeFromTheSeed() {
        Set<Long> scanStarts = new HashSet<>();
        for (long seed = 1; seed <= 5; seed++) {
            GroundTruth t = Flows.generate(SETTINGS.withFlows(1000).withSeed(seed)).truth();
            scanStarts.add(t.anomaly(AnomalyKind.PORT_SCAN).orElseThrow().window().startMicros());
            for (int i = 1; i < t.anomalies().size(); i++) {
                assertFalse(t.anomalies().get(i - 1).window().overlaps(t.anomalies().get(i).window()));
            }
        }
        assertEquals(5, scanStarts.size(), "five seeds, five scan times");
    }

    @Test
    void anomaliesFitShortTrafficToo() {
        GeneratorSettings tight = SETTINGS.withFlows(10_000).withDuration(Duration.ofMinutes(5 * 60 + 17));
        Flows.Run r = Flows.generate(tight);
        assertEquals(3, r.truth().anomalies().size());
        for (AnomalyLabel l : r.truth().anomalies()) {
            assertEquals(l.window(), l.window().intersect(tight.timeRange()));
        }
        assertEquals(10_000 + r.truth().anomalyFlows(), r.store().size());
    }

    private static boolean isInternal(int a) {
        return (a >>> 24) == 10 || (a >>> 16) == 0xC0A8;
    }

    private static void assertBetween(Duration d, Duration min, Duration max) {
        assertTrue(d.compareTo(min) >= 0 && d.compareTo(max) <= 0, d + " not in " + min + ".." + max);
    }
}
