package org.flowbench.ui.tables.internal.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.FlowStore;
import org.flowbench.model.IpAddress;
import org.flowbench.model.TimeRange;
import org.junit.jupiter.api.Test;

/**
 * The port scan and exfiltration detectors on hand-made flows whose answer is counted by hand,
 * among traffic that looks like them but is not: a busy client, a server's answers, a slow scan,
 * a service with two internal clients, and thousands of single flows that share hash buckets.
 */
class DetectorsTest {

    private static final long T0 = 1_700_000_000_000_000L;
    private static final long SECOND = 1_000_000L;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;

    private final FlowStore store = new FlowStore(1024);

    private void flow(long start, String source, int sourcePort, String destination, int destinationPort, long bytes) {
        FlowRecord r = new FlowRecord().source(IpAddress.parse(source)).destination(IpAddress.parse(destination));
        r.startMicros = start;
        r.endMicros = start + SECOND;
        r.sourcePort = sourcePort;
        r.destinationPort = destinationPort;
        r.protocol = 6;
        r.bytes = bytes;
        r.packets = 1;
        store.accept(r);
    }

    private void noise() {
        for (int i = 0; i < 6000; i++) {
            flow(T0 + i * SECOND / 2, "10.1." + (i / 250) + "." + (i % 250), 50_000, "192.0.2." + (i % 200), 80, 100);
        }
    }

    @Test
    void aScanOfManyPortsWithinMinutesIsFoundAndLookalikesAreNot() {
        noise();
        for (int port = 1; port <= 250; port++) { // 250 ports in 250 s
            flow(T0 + (port - 1) * SECOND, "203.0.113.5", 40_000, "10.0.0.9", port, 60);
        }
        for (int i = 0; i < 1000; i++) { // a busy client on one port, and the server's answers to 1,000 ephemeral ports
            flow(T0 + i * SECOND, "10.0.0.7", 50_000 + i, "10.0.0.80", 443, 500);
            flow(T0 + i * SECOND, "10.0.0.80", 443, "10.0.0.7", 50_000 + i, 5000);
        }
        for (int port = 1; port <= 300; port++) { // one port every 5 s: at most 120 first reaches in any 10 minutes
            flow(T0 + (port - 1) * 5 * SECOND, "198.51.100.7", 40_000, "10.0.0.9", port, 60);
        }
        FlowSnapshot flows = store.snapshot();

        List<PortScanDetector.Scan> scans = PortScanDetector.standard().find(flows, TimeRange.ALL, FlowFilter.ALL, () -> false);

        assertEquals(1, scans.size(), scans.toString());
        PortScanDetector.Scan scan = scans.get(0);
        assertEquals(IpAddress.parse("203.0.113.5"), scan.source());
        assertEquals(IpAddress.parse("10.0.0.9"), scan.destination());
        assertEquals(250, scan.ports());
        assertEquals(new TimeRange(T0, T0 + 249 * SECOND + 1), scan.time());
        // the first 100 s hold only 100 of its ports
        assertTrue(PortScanDetector.standard().find(flows, new TimeRange(T0, T0 + 100 * SECOND), FlowFilter.ALL, () -> false).isEmpty());
    }

    @Test
    void aSteadyUploadToAnExternalHostOfOneInternalPeerIsFound() {
        noise();
        for (int k = 0; k <= 16; k++) { // every 15 minutes for 4 hours
            flow(T0 + k * 15 * MINUTE, "10.0.0.5", 50_000 + k, "45.33.32.156", 443, 1_000_000);
            // the same pattern to a service that two internal hosts use
            flow(T0 + k * 15 * MINUTE, "10.0.0.6", 50_000 + k, "93.184.216.34", 443, 2_000_000);
            flow(T0 + k * 15 * MINUTE + SECOND, "10.0.0.8", 50_000 + k, "93.184.216.34", 443, 2_000_000);
        }
        FlowSnapshot flows = store.snapshot();

        List<ExfiltrationDetector.Upload> uploads = ExfiltrationDetector.standard().find(flows, TimeRange.ALL, FlowFilter.ALL, () -> false);

        assertEquals(1, uploads.size(), uploads.toString());
        ExfiltrationDetector.Upload upload = uploads.get(0);
        assertEquals(IpAddress.parse("10.0.0.5"), upload.source());
        assertEquals(IpAddress.parse("45.33.32.156"), upload.destination());
        assertEquals(17, upload.flows());
        assertEquals(17_000_000, upload.bytes());
        assertEquals(new TimeRange(T0, T0 + 4 * HOUR + 1), upload.time());
        assertEquals(5, upload.activeHours()); // hours 0..4 from the first flow
        // two hours cannot hold an upload of at least two hours
        assertTrue(ExfiltrationDetector.standard().find(flows, new TimeRange(T0, T0 + 2 * HOUR), FlowFilter.ALL, () -> false).isEmpty());
    }
}
