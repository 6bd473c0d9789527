package org.flowbench.io;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.flowbench.io.internal.netflow.ExportDecoder;
import org.flowbench.io.internal.netflow.ExportDomain;
import org.flowbench.model.FlowSink;
import org.flowbench.model.IpAddress;

/**
 * A live NetFlow v5/v9 and IPFIX collector: receives export datagrams on a UDP socket and gives
 * their flows to a sink, from any number of exporters at once. One thread receives and decodes
 * (decoding a datagram costs far less than the kernel's work to deliver it), so the sink is only
 * ever called on that thread; a {@link org.flowbench.model.FlowStore} as sink can be read by others
 * while it grows. The socket asks for a large receive buffer, since loss on loopback comes from
 * bursts that overflow it (the kernel caps it at {@code net.core.rmem_max}; {@link #receiveBuffer()}
 * says what was granted). A malformed datagram is counted and skipped; memory stays within the
 * decoder's caps whatever arrives.
 */
public final class FlowCollector implements AutoCloseable {

    /** The port NetFlow collectors listen on by custom (nfcapd's default is 9995, IPFIX's IANA port 4739). */
    public static final int DEFAULT_PORT = 2055;
    /** Asked for; Linux grants up to net.core.rmem_max (twice, for its bookkeeping). */
    public static final int RECEIVE_BUFFER = 64 << 20;
    /** How often the counters are published to other threads. */
    private static final long PUBLISH_NANOS = 100_000_000L;

    /** What one exporter's domain sent, as of the last publication. */
    public record Exporter(IpAddress address, int version, long domain, long datagrams, long flows, long optionsRecords, long lostFlows,
            long undecodableSets, long malformedDatagrams, long templates) {
    }

    /** Everything received, as of the last publication. */
    public record Totals(long datagrams, long flows, long lostFlows, long undecodableSets, long malformedDatagrams, long notExportDatagrams,
            long refusedTemplates, List<Exporter> exporters) {
    }

    private final DatagramChannel channel;
    private final ExportDecoder decoder;
    private final Thread thread;
    private final int receiveBuffer;
    private volatile Totals totals = new Totals(0, 0, 0, 0, 0, 0, 0, List.of());
    private volatile Throwable failure;
    private volatile Selector selector;
    /** Datagrams taken from the socket between looks at the clock. */
    private static final int BURST = 256;

    private FlowCollector(DatagramChannel channel, FlowSink sink) throws IOException {
        this.channel = channel;
        this.decoder = new ExportDecoder(sink);
        this.receiveBuffer = channel.getOption(StandardSocketOptions.SO_RCVBUF);
        this.thread = new Thread(this::receive, "flowbench collector " + channel.getLocalAddress());
        thread.setDaemon(true);
    }

    /**
     * Starts receiving.
     *
     * @param bind where to listen, e.g. loopback port 2055; port 0 picks a free one
     * @param sink takes the flows, on the collector's thread
     */
    public static FlowCollector start(InetSocketAddress bind, FlowSink sink) throws IOException {
        DatagramChannel channel = DatagramChannel.open(bind.getAddress() instanceof Inet6Address ? java.net.StandardProtocolFamily.INET6
                : java.net.StandardProtocolFamily.INET);
        try {
            channel.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER);
            channel.bind(bind);
            FlowCollector c = new FlowCollector(channel, sink);
            c.thread.start();
            return c;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** @return a loopback address to listen on: collecting from the network is a choice the user makes */
    public static InetSocketAddress loopback(int port) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    private void receive() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(65_536);
        long nextPublish = System.nanoTime() + PUBLISH_NANOS;
        try (Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ);
            this.selector = selector;
            while (channel.isOpen()) {
                // waits at most until the next publication, so that counters are current when nothing arrives
                selector.select(Math.max(1, (nextPublish - System.nanoTime()) / 1_000_000));
                selector.selectedKeys().clear();
                for (int n = 0; n < BURST; n++) {
                    buffer.clear();
                    InetSocketAddress from = (InetSocketAddress) channel.receive(buffer);
                    if (from == null) {
                        break;
                    }
                    IpAddress exporter = IpAddress.ofBytes(from.getAddress().getAddress());
                    decoder.decode(exporter.high(), exporter.low(), buffer, 0, buffer.position(), System.currentTimeMillis() * 1000L);
                }
                if (System.nanoTime() - nextPublish >= 0) {
                    publish();
                    nextPublish = System.nanoTime() + PUBLISH_NANOS;
                }
            }
        } catch (ClosedChannelException e) {
            // closed: the end
        } catch (IOException | RuntimeException e) {
            failure = e;
        } finally {
            decoder.finish();
            publish();
        }
    }

    private void publish() {
        List<Exporter> exporters = new ArrayList<>();
        long lost = 0;
        for (ExportDomain d : decoder.domains()) {
            exporters.add(new Exporter(d.exporter(), d.version(), d.domain(), d.datagrams(), d.flows(), d.optionsRecords(), d.lostFlows(),
                    d.undecodableSets(), d.malformedDatagrams(), d.templates()));
            lost += d.lostFlows();
        }
        exporters.sort(Comparator.comparing((Exporter e) -> e.address().toString()).thenComparingInt(Exporter::version)
                .thenComparingLong(Exporter::domain));
        totals = new Totals(decoder.datagrams(), decoder.flows(), lost, decoder.undecodableSets(), decoder.malformedDatagrams(),
                decoder.notExportDatagrams(), decoder.refusedTemplates(), List.copyOf(exporters));
    }

    /** @return the counters, published every 100 ms and when the collector stops */
    public Totals totals() {
        return totals;
    }

    /** @return where it listens */
    public InetSocketAddress address() throws IOException {
        return (InetSocketAddress) channel.getLocalAddress();
    }

    /** @return the socket receive buffer the kernel granted, in bytes */
    public int receiveBuffer() {
        return receiveBuffer;
    }

    /** @return what stopped the collector other than {@link #close()}, or null */
    public Throwable failure() {
        return failure;
    }

    public boolean isRunning() {
        return thread.isAlive();
    }

    /** Stops receiving; data sets still waiting for their template count as undecodable. Waits for the thread to end. */
    @Override
    public void close() throws IOException {
        channel.close();
        Selector s = selector;
        if (s != null) {
            s.wakeup();
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
