package org.flowbench.generator.internal;

import java.util.SplittableRandom;

import org.flowbench.generator.GeneratorSettings;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.Protocols;
import org.flowbench.model.TimeRange;

/**
 * Structureless traffic for testing views and scale: every field drawn independently.
 * <ul>
 * <li>start uniform over {@code [start, start + duration)}, flows not in time order;</li>
 * <li>source and destination uniform over the whole IPv4 space (any 32-bit value);</li>
 * <li>TCP, source port ephemeral (49152..65535), destination port one of
 * {@link #DESTINATION_PORTS} with equal chance;</li>
 * <li>bytes uniform in [{@value #MIN_BYTES}, {@value #MAX_BYTES}], packets = ceil(bytes / 1460)
 * (full segments), lasting 0..60 s, TCP flags SYN ACK PSH FIN.</li>
 * </ul>
 */
final class UniformScenario implements ScenarioModel {

    static final int[] DESTINATION_PORTS = { 22, 25, 53, 80, 110, 143, 443, 445, 993, 3389 };
    static final long MIN_BYTES = 40;
    static final long MAX_BYTES = 1L << 20;
    static final long MAX_DURATION_MICROS = 60_000_000L;

    @Override
    public String id() {
        return "uniform";
    }

    @Override
    public String name() {
        return "Uniform random";
    }

    @Override
    public String description() {
        return "Flows with independent uniform random fields: start times spread evenly over the duration (not in time "
                + "order), sources and destinations anywhere in the IPv4 space, TCP to common service ports from "
                + "ephemeral ports, 40 B to 1 MiB each. No structure, no hot spots: for testing views and scale.";
    }

    @Override
    public boolean isTimeOrdered() {
        return false;
    }

    @Override
    public ScenarioRun start(GeneratorSettings settings, SplittableRandom network, SplittableRandom flows) {
        TimeRange range = settings.timeRange();
        double meanBytes = (MIN_BYTES + MAX_BYTES) / 2.0;
        double busiestMinute = settings.flows() * meanBytes * Math.min(1.0, 60e6 / range.lengthMicros());
        return new ScenarioRun(new Source(settings.flows(), range, flows), new RandomHosts(), busiestMinute);
    }

    private static final class Source implements FlowSource {

        private final SplittableRandom random;
        private final long startMicros;
        private final long lengthMicros;
        private long remaining;
        private long nextStart;

        Source(long flows, TimeRange range, SplittableRandom random) {
            this.random = random;
            this.startMicros = range.startMicros();
            this.lengthMicros = range.lengthMicros();
            this.remaining = flows;
            drawStart();
        }

        private void drawStart() {
            if (remaining > 0) {
                nextStart = startMicros + random.nextLong(lengthMicros);
            }
        }

        @Override
        public boolean hasNext() {
            return remaining > 0;
        }

        @Override
        public long nextStart() {
            return nextStart;
        }

        @Override
        public void next(FlowRecord f) {
            f.startMicros = nextStart;
            f.endMicros = nextStart + random.nextLong(MAX_DURATION_MICROS + 1);
            f.sourceV4(random.nextInt());
            f.destinationV4(random.nextInt());
            f.protocol = Protocols.TCP;
            f.sourcePort = Ports.ephemeral(random);
            f.destinationPort = DESTINATION_PORTS[random.nextInt(DESTINATION_PORTS.length)];
            f.bytes = random.nextLong(MIN_BYTES, MAX_BYTES + 1);
            f.packets = (f.bytes + 1459) / 1460;
            f.tcpFlags = TcpFlags.COMPLETE;
            remaining--;
            drawStart();
        }
    }

    /** Any address may appear in uniform traffic, so anomalies take plausible ones at random. */
    private static final class RandomHosts implements HostPlan {

        @Override
        public int internalClient(SplittableRandom random) {
            return Ipv4.of(10, 0, 0, 0) | random.nextInt(1, 1 << 24);
        }

        @Override
        public int internalServer(SplittableRandom random) {
            return Ipv4.of(10, 0, 0, 0) | random.nextInt(1, 1 << 24);
        }

        @Override
        public int unusedExternal(SplittableRandom random) {
            return Ipv4.randomPublic(random);
        }
    }
}
