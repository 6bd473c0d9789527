package org.flowbench.cli.internal;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;

import org.flowbench.analysis.Counts;
import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.GeneratorSettings;
import org.flowbench.generator.TrafficGenerator;
import org.flowbench.io.FlowCollector;
import org.flowbench.io.internal.netflow.ExportEncoder;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.FlowStore;
import org.flowbench.model.Progress;
import org.flowbench.model.TimeRange;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Sends synthetic traffic as NetFlow v9 or IPFIX exports over UDP, at a given rate: the load for
 * a collector (Flowbench's own or another). The flows come from the generator, made once and sent
 * over and over until the count is reached, with the export time of sending.
 */
@Command(name = "export", sortOptions = false,
        description = "Sends generated flows as NetFlow v9 or IPFIX over UDP at a given rate (load for a collector).")
final class ExportCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Option(names = "--to", paramLabel = "ADDR", defaultValue = "127.0.0.1:" + FlowCollector.DEFAULT_PORT,
            description = "The collector: PORT (loopback), HOST:PORT or [IPv6]:PORT (default ${DEFAULT-VALUE}).")
    String to;

    @Option(names = "--protocol", paramLabel = "P", defaultValue = "ipfix", description = "netflow9 or ipfix (default ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--flows", paramLabel = "N", defaultValue = "1000000", description = "Flows to send, e.g. 10M (default ${DEFAULT-VALUE}).")
    String flows;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "0", description = "Flows per second, e.g. 500k; 0 sends as fast as it can (default ${DEFAULT-VALUE}).")
    String rate;

    @Option(names = "--exporters", paramLabel = "K", defaultValue = "1",
            description = "Observation domains (source ids) taking turns, each with its own templates and sequence (default ${DEFAULT-VALUE}).")
    int exporters;

    @Option(names = "--datagram-bytes", paramLabel = "B", defaultValue = "1400", description = "Largest datagram (default ${DEFAULT-VALUE}).")
    int datagramBytes;

    @Option(names = "--seed", paramLabel = "K", defaultValue = "1", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    ExportCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    /** Distinct flows made by the generator; more are sent by going round them again. */
    private static final long DISTINCT = 1_000_000;

    @Override
    public Integer call() throws Exception {
        int version = switch (protocol.toLowerCase(Locale.ROOT)) {
            case "netflow9", "v9", "9" -> 9;
            case "ipfix", "10" -> 10;
            default -> throw new IllegalArgumentException("--protocol " + protocol + " is neither netflow9 nor ipfix");
        };
        if (exporters < 1 || exporters > 1000) {
            throw new IllegalArgumentException("--exporters " + exporters + " is not in 1..1000");
        }
        InetSocketAddress target = Endpoints.parse(to, "--to");
        long total = Counts.parse(flows);
        long perSecond = Counts.parse(rate);
        FlowStore store = new FlowStore();
        GeneratorSettings settings = new GeneratorSettings(GeneratorSettings.DEFAULT_SCENARIO, Math.min(total, DISTINCT), seed,
                TimeRange.toInstant(System.currentTimeMillis() * 1000L - 3_600_000_000L), Duration.of(1, ChronoUnit.HOURS),
                EnumSet.noneOf(AnomalyKind.class));
        TrafficGenerator.generate(settings, store, Progress.NONE);
        FlowSnapshot source = store.snapshot();
        long boot = System.currentTimeMillis() - 3_600_000L * 2;
        ExportEncoder[] encoders = new ExportEncoder[exporters];
        for (int i = 0; i < exporters; i++) {
            encoders[i] = new ExportEncoder(version, i + 1, datagramBytes, boot);
        }
        FlowRecord f = new FlowRecord();
        long sentDatagrams = 0;
        long sentBytes = 0;
        try (DatagramChannel channel = DatagramChannel.open()) {
            channel.connect(target);
            long start = System.nanoTime();
            int turn = 0;
            for (long i = 0; i < total; i++) {
                source.read(i % source.size(), f);
                ExportEncoder e = encoders[turn];
                if (e.add(f, System.currentTimeMillis())) {
                    sentBytes += send(channel, e.datagram());
                    sentDatagrams++;
                    turn = (turn + 1) % exporters;
                    if (perSecond > 0) {
                        pace(start, i, perSecond);
                    }
                }
            }
            for (ExportEncoder e : encoders) {
                if (e.flush()) {
                    sentBytes += send(channel, e.datagram());
                    sentDatagrams++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            ctx.out().printf(Locale.ROOT, "sent: flows=%d datagrams=%d bytes=%d seconds=%.3f rate=%.0f%n", total, sentDatagrams, sentBytes, seconds,
                    total / seconds);
        }
        return ExitCodes.OK;
    }

    private static int send(DatagramChannel channel, ByteBuffer datagram) throws java.io.IOException {
        int n = datagram.remaining();
        channel.write(datagram);
        datagram.position(0);
        return n;
    }

    /** Waits until flow i is due at the rate. */
    private static void pace(long start, long sent, long perSecond) {
        long due = start + (long) (sent * 1e9 / perSecond);
        long ahead = due - System.nanoTime();
        if (ahead > 200_000) {
            LockSupport.parkNanos(ahead);
        }
    }
}
