package org.flowbench.generator.internal;

import java.util.List;
import java.util.SplittableRandom;

import org.flowbench.generator.AnomalyKind;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.IpAddress;
import org.flowbench.model.Protocols;
import org.flowbench.model.TimeRange;

/**
 * A TCP SYN scan, as from a compromised client looking around: one client probes one server on
 * {@value #MIN_PORTS} to {@value #MAX_PORTS} distinct ports in random order, evenly over the window,
 * from one source port; each probe is a flow of a single SYN packet of {@value #PROBE_BYTES} bytes
 * (IPv4 and TCP headers with an MSS option). The target answers nothing (its firewall drops).
 */
final class PortScanSource extends AnomalySource {

    static final int MIN_PORTS = 1000;
    static final int MAX_PORTS = 2000;
    static final int PROBE_BYTES = 44;

    private final SplittableRandom random;
    private final int scanner;
    private final int target;
    private final int sourcePort;
    private final char[] ports;

    PortScanSource(TimeRange window, HostPlan hosts, SplittableRandom random) {
        super(window);
        this.random = random;
        scanner = hosts.internalClient(random);
        int t;
        do {
            t = hosts.internalServer(random);
        } while (t == scanner);
        target = t;
        sourcePort = Ports.ephemeral(random);
        int count = MIN_PORTS + random.nextInt(MAX_PORTS - MIN_PORTS + 1);
        // the first ports of a random permutation of 1..65535 (partial Fisher-Yates)
        char[] all = new char[65535];
        for (int i = 0; i < all.length; i++) {
            all[i] = (char) (i + 1);
        }
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(all.length - i);
            char swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        ports = java.util.Arrays.copyOf(all, count);
    }

    @Override
    AnomalyKind kind() {
        return AnomalyKind.PORT_SCAN;
    }

    @Override
    long plannedFlows() {
        return ports.length;
    }

    @Override
    List<IpAddress> sources() {
        return List.of(IpAddress.ofV4(scanner));
    }

    @Override
    List<IpAddress> destinations() {
        return List.of(IpAddress.ofV4(target));
    }

    @Override
    long startOf(long index) {
        // probe i in the i-th of equal parts of the window: ascending by construction
        double at = (index + random.nextDouble()) / ports.length;
        return window.startMicros() + (long) (at * window.lengthMicros());
    }

    @Override
    void make(long index, FlowRecord f) {
        f.endMicros = f.startMicros;
        f.sourceV4(scanner);
        f.destinationV4(target);
        f.protocol = Protocols.TCP;
        f.sourcePort = sourcePort;
        f.destinationPort = ports[(int) index];
        f.tcpFlags = TcpFlags.SYN;
        f.packets = 1;
        f.bytes = PROBE_BYTES;
    }

    @Override
    String describe(long flows, long bytes) {
        return Ipv4.format(scanner) + " probed " + ports.length + " TCP ports of " + Ipv4.format(target)
                + " with single SYN packets in " + Amounts.duration(window);
    }
}
