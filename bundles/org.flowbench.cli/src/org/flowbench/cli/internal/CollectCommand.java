package org.flowbench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.flowbench.analysis.Durations;
import org.flowbench.io.FlowCollector;
import org.flowbench.io.FlowWriter;
import org.flowbench.model.FlowSink;
import org.flowbench.model.FlowStore;
import org.flowbench.model.Progress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Receives NetFlow v5/v9 and IPFIX exports live, prints what arrives each second and, at the end,
 * per exporter: datagrams, flows, flows lost by sequence number, undecodable sets and malformed
 * datagrams. Listens on loopback unless another address is given.
 */
@Command(name = "collect", sortOptions = false,
        description = "Collects NetFlow v5/v9 and IPFIX exports over UDP; prints per-exporter counts (flows, sequence gaps, undecodable sets).")
final class CollectCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Option(names = "--listen", paramLabel = "ADDR", defaultValue = "127.0.0.1:" + FlowCollector.DEFAULT_PORT,
            description = "Where to listen: PORT (loopback), HOST:PORT or [IPv6]:PORT; 0.0.0.0:PORT takes exports from the network "
                    + "(default ${DEFAULT-VALUE}).")
    String listen;

    @Option(names = "--duration", paramLabel = "D", description = "Stop after this long, e.g. 30s or 1h (default: until interrupted).")
    String duration;

    @Option(names = "--idle", paramLabel = "D", description = "Stop when nothing has arrived for this long after the first datagram, e.g. 2s.")
    String idle;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the flows collected to this file at the end (format from its name: .flows native, .csv).")
    Path out;

    @Option(names = "--rotate", paramLabel = "D", description = "With --out-dir: a native store file per period of this length, e.g. 1h, "
            + "written when the period is over (flows-yyyyMMddTHHmmssZ.flows).")
    String rotate;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Folder of the rotated files (with --rotate).")
    Path outDir;

    @Option(names = "--quiet", description = "No line per second, only the summary.")
    boolean quiet;

    CollectCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        InetSocketAddress bind = Endpoints.parse(listen, "--listen");
        long stopAfter = duration == null ? Long.MAX_VALUE : Durations.parseMicros(duration) / 1000;
        long idleMillis = idle == null ? Long.MAX_VALUE : Durations.parseMicros(idle) / 1000;
        FlowWriter writer = out == null ? null : FormatChoice.writer(ctx.formats(), null, out);
        if ((rotate == null) != (outDir == null)) {
            throw new IllegalArgumentException("--rotate and --out-dir go together");
        }
        FlowStore store = new FlowStore();
        RotatingStores rotating = rotate == null ? null : new RotatingStores(java.nio.file.Files.createDirectories(outDir),
                ctx.formats().writer("native").orElseThrow(), Durations.parseMicros(rotate) / 1000);
        FlowSink sink = rotating == null ? store : out == null ? rotating : f -> {
            store.accept(f);
            rotating.accept(f);
        };
        try (FlowCollector collector = FlowCollector.start(bind, sink)) {
            Thread stopper = new Thread(() -> summary(collector, ctx.out(), 0), "flowbench collect summary");
            Runtime.getRuntime().addShutdownHook(stopper); // Ctrl-C still prints what was collected
            ctx.err().println("Collecting on " + collector.address() + " (socket receive buffer " + collector.receiveBuffer() / 1024
                    + " KiB" + (collector.receiveBuffer() < FlowCollector.RECEIVE_BUFFER ? ", raise net.core.rmem_max for more" : "") + ")");
            long start = System.currentTimeMillis();
            long lastFlows = 0;
            long lastChange = start;
            long firstMillis = -1;
            long lastArrivalMillis = -1;
            while (true) {
                Thread.sleep(quiet ? 100 : 1000);
                long now = System.currentTimeMillis();
                FlowCollector.Totals t = collector.totals();
                if (t.datagrams() > 0 && firstMillis < 0) {
                    firstMillis = now;
                }
                if (t.flows() != lastFlows || t.datagrams() == 0) {
                    if (!quiet) {
                        ctx.err().printf(Locale.ROOT, "%6.1f s  %,d datagrams  %,d flows  %,d flows/s  %,d lost  %,d undecodable sets%n",
                                (now - start) / 1000.0, t.datagrams(), t.flows(), (t.flows() - lastFlows) * 1000 / Math.max(1, now - lastChange),
                                t.lostFlows(), t.undecodableSets());
                    }
                    if (t.flows() != lastFlows) {
                        lastArrivalMillis = now;
                    }
                    lastFlows = t.flows();
                    lastChange = now;
                }
                if (collector.failure() != null) {
                    throw new IOException("the collector stopped: " + collector.failure().getMessage(), collector.failure());
                }
                if (now - start >= stopAfter || (firstMillis >= 0 && now - Math.max(lastArrivalMillis, firstMillis) >= idleMillis)) {
                    break;
                }
            }
            Runtime.getRuntime().removeShutdownHook(stopper);
            collector.close();
            long active = lastArrivalMillis > firstMillis && firstMillis >= 0 ? lastArrivalMillis - firstMillis : 0;
            summary(collector, ctx.out(), active);
        }
        if (rotating != null) {
            rotating.close();
            ctx.out().println("Wrote " + rotating.files().size() + " files to " + outDir);
        }
        if (writer != null) {
            writer.write(store.snapshot(), out, Progress.NONE);
            ctx.out().println("Wrote " + store.size() + " flows to " + out + " as " + writer.name());
        }
        return ExitCodes.OK;
    }

    private static void summary(FlowCollector collector, PrintStream out, long activeMillis) {
        try {
            collector.close();
        } catch (IOException e) {
            // closing only ends the receiving
        }
        FlowCollector.Totals t = collector.totals();
        out.printf(Locale.ROOT, "%-40s %4s %10s %12s %12s %10s %10s %9s%n", "exporter (domain)", "ver", "datagrams", "flows", "lost flows",
                "options", "undecod.", "malformed");
        for (FlowCollector.Exporter e : t.exporters()) {
            out.printf(Locale.ROOT, "%-40s %4d %10d %12d %12d %10d %10d %9d%n", e.address() + " (" + e.domain() + ")", e.version(),
                    e.datagrams(), e.flows(), e.lostFlows(), e.optionsRecords(), e.undecodableSets(), e.malformedDatagrams());
        }
        out.printf(Locale.ROOT, "total: datagrams=%d flows=%d lost=%d undecodable_sets=%d malformed=%d not_export=%d refused_templates=%d"
                + " active_ms=%d%n", t.datagrams(), t.flows(), t.lostFlows(), t.undecodableSets(), t.malformedDatagrams(),
                t.notExportDatagrams(), t.refusedTemplates(), activeMillis);
    }
}
