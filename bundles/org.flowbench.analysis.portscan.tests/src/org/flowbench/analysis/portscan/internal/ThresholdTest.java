package org.flowbench.analysis.portscan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.AnalysisRegistry;
import org.flowbench.analysis.Findings;
import org.flowbench.analysis.Findings.Finding;
import org.flowbench.analysis.Findings.Severity;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.FlowStore;
import org.flowbench.model.IpAddress;
import org.flowbench.model.Progress;
import org.flowbench.model.TimeRange;
import org.junit.jupiter.api.Test;

/** Hand-made traffic, where the right answer is known by construction. */
class ThresholdTest {

    private static final long SECOND = 1_000_000L;
    private static final long T0 = 1_767_600_000L * SECOND;
    private static final IpAddress SWEEPER = IpAddress.parse("10.0.0.66");
    private static final IpAddress BROWSER = IpAddress.parse("10.0.0.7");
    private static final IpAddress RESOLVER = IpAddress.parse("10.0.0.53");
    private static final IpAddress SCANNER = IpAddress.parse("10.0.0.99");
    private static final IpAddress VICTIM = IpAddress.parse("10.9.9.9");

    private final AnalysisRegistry registry = Registry.get();

    /**
     * 60 one-packet SSH probes to 60 hosts in two minutes (a sweep), 60 ten-packet flows of a
     * browser to 60 hosts (not probes), 60 one-packet UDP queries of a name server to 60 hosts
     * (not probes unless UDP counts), and 600 one-packet probes of 600 ports of one host, one
     * every 1.2 s: twelve minutes, longer than a window.
     */
    private static FlowSnapshot traffic() {
        FlowStore store = new FlowStore();
        FlowRecord r = new FlowRecord();
        for (int i = 0; i < 60; i++) {
            add(store, r, T0 + i * 2 * SECOND, SWEEPER, IpAddress.parse("10.1.0." + (i + 1)), 22, 1, 6);
            add(store, r, T0 + i * 2 * SECOND, BROWSER, IpAddress.parse("10.2.0." + (i + 1)), 443, 10, 6);
            add(store, r, T0 + (i * 2 + 1) * SECOND, RESOLVER, IpAddress.parse("10.3.0." + (i + 1)), 53, 1, 17);
        }
        for (int p = 0; p < 600; p++) {
            add(store, r, T0 + 3600 * SECOND + p * 12 * SECOND / 10, SCANNER, VICTIM, 1000 + p, 1, 6);
        }
        return store.snapshot();
    }

    private static void add(FlowStore store, FlowRecord r, long start, IpAddress from, IpAddress to, int port, int packets, int protocol) {
        r.clear().source(from).destination(to);
        r.startMicros = start;
        r.endMicros = start;
        r.sourcePort = 40000;
        r.destinationPort = port;
        r.protocol = protocol;
        r.packets = packets;
        r.bytes = 60L * packets;
        store.accept(r);
    }

    private List<Finding> find(AnalysisQuery query) {
        return ((Findings) registry.compute("scans", query, Progress.NONE)).findings();
    }

    @Test
    void aLongScanIsOneFindingAndTheSweepAnother() {
        List<Finding> found = find(AnalysisQuery.of(traffic()));
        assertEquals(2, found.size(), found::toString);
        Finding scan = found.get(0);
        assertEquals(Severity.ALERT, scan.severity());
        assertEquals(List.of(SCANNER, VICTIM), scan.hosts());
        assertEquals(600, scan.score());
        assertEquals(new TimeRange(T0 + 3600 * SECOND, T0 + 3600 * SECOND + 599 * 12 * SECOND / 10 + 1), scan.time());
        Finding sweep = found.get(1);
        assertEquals(Severity.WARNING, sweep.severity());
        assertEquals(List.of(SWEEPER), sweep.hosts());
        assertEquals(60, sweep.score());
        assertEquals(new TimeRange(T0, T0 + 118 * SECOND + 1), sweep.time());
    }

    @Test
    void thresholdsAreSettings() {
        AnalysisQuery all = AnalysisQuery.of(traffic());
        assertEquals(List.of(SCANNER), hostsOf(find(all.withParameter("min-hosts", "61"))));
        assertEquals(List.of(SWEEPER), hostsOf(find(all.withParameter("min-ports", "601"))));
        // a window of a minute holds at most 50 of the scanner's probes and 30 of the sweeper's
        assertEquals(List.of(), hostsOf(find(all.withParameter("window", "1m"))));
        // ten-packet flows count as probes too: the browser becomes a sweeper
        assertEquals(List.of(SCANNER, SWEEPER, BROWSER), hostsOf(find(all.withParameter("max-packets", "10"))));
        assertEquals(List.of(SCANNER, SWEEPER, RESOLVER), hostsOf(find(all.withParameter("protocols", "all"))));
        assertEquals(List.of(SCANNER), hostsOf(find(all.withParameter("protocols", "tcp").withParameter("min-hosts", "61"))));
    }

    @Test
    void wrongSettingsAreRefusedByName() {
        AnalysisQuery all = AnalysisQuery.of(traffic());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> find(all.withParameter("min-ports", "0")));
        assertEquals("parameters min-ports, min-hosts and max-packets: expected at least 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> find(all.withParameter("window", "soon")));
    }

    private static List<IpAddress> hostsOf(List<Finding> found) {
        return found.stream().map(f -> f.hosts().get(0)).toList();
    }
}
