package org.flowbench.generator.internal;

import java.util.List;
import java.util.SplittableRandom;

import org.flowbench.generator.AnomalyKind;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.IpAddress;
import org.flowbench.model.Protocols;
import org.flowbench.model.TimeRange;

/**
 * Data leaving slowly: one internal client uploads to one external host that nobody else talks
 * to, over HTTPS, about every {@value #MEAN_GAP_SECONDS} s for the whole window. Each upload is 1 to
 * 4 MiB at 0.5 to 2 MB/s, a size that a few in a thousand ordinary HTTPS flows have too; together
 * they are a few hundred megabytes, more than any other external host receives in an office day of
 * a million flows. Only the upload direction is generated, so that the label's bytes are exactly
 * what left.
 */
final class SlowExfiltrationSource extends AnomalySource {

    static final long MEAN_GAP_SECONDS = 180;
    static final long MIN_UPLOAD_BYTES = 1L << 20;
    static final long MAX_UPLOAD_BYTES = 4L << 20;

    private final SplittableRandom random;
    private final int insider;
    private final int receiver;
    private final long uploads;

    SlowExfiltrationSource(TimeRange window, HostPlan hosts, SplittableRandom random) {
        super(window);
        this.random = random;
        insider = hosts.internalClient(random);
        receiver = hosts.unusedExternal(random);
        uploads = Math.max(1, window.lengthMicros() / (MEAN_GAP_SECONDS * 1_000_000L));
    }

    @Override
    AnomalyKind kind() {
        return AnomalyKind.SLOW_EXFILTRATION;
    }

    @Override
    long plannedFlows() {
        return uploads;
    }

    @Override
    List<IpAddress> sources() {
        return List.of(IpAddress.ofV4(insider));
    }

    @Override
    List<IpAddress> destinations() {
        return List.of(IpAddress.ofV4(receiver));
    }

    @Override
    long startOf(long index) {
        // upload i somewhere in the middle 80 % of the i-th of equal parts of the window: steady, not exact
        double at = (index + 0.1 + 0.8 * random.nextDouble()) / uploads;
        return window.startMicros() + (long) (at * window.lengthMicros());
    }

    @Override
    void make(long index, FlowRecord f) {
        f.bytes = random.nextLong(MIN_UPLOAD_BYTES, MAX_UPLOAD_BYTES + 1);
        f.packets = (f.bytes + 1399) / 1400;
        double bytesPerMicro = 0.5 + 1.5 * random.nextDouble();
        f.endMicros = f.startMicros + (long) (f.bytes / bytesPerMicro);
        f.sourceV4(insider);
        f.destinationV4(receiver);
        f.protocol = Protocols.TCP;
        f.sourcePort = Ports.ephemeral(random);
        f.destinationPort = 443;
        f.tcpFlags = TcpFlags.COMPLETE;
    }

    @Override
    String describe(long flows, long bytes) {
        return Ipv4.format(insider) + " uploaded " + Amounts.bytes(bytes) + " over HTTPS to " + Ipv4.format(receiver)
                + " in " + flows + " flows over " + Amounts.duration(window);
    }
}
