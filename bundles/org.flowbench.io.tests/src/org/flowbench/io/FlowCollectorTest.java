package org.flowbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.flowbench.io.internal.netflow.ExportEncoder;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowStore;
import org.junit.jupiter.api.Test;

/** The live collector on loopback: two exporters, a lost datagram, a malformed one, a growing store. */
class FlowCollectorTest {

    private static final long T = System.currentTimeMillis();

    private static void eventually(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(25);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    @Test
    void collectsFromTwoExportersAndCountsWhatWasLost() throws Exception {
        FlowStore store = new FlowStore();
        try (FlowCollector collector = FlowCollector.start(FlowCollector.loopback(0), store);
                DatagramChannel first = DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
                DatagramChannel second = DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0))) {
            assertTrue(collector.address().getAddress().isLoopbackAddress(), "loopback unless told otherwise");
            assertTrue(collector.receiveBuffer() > 0);
            InetSocketAddress to = collector.address();
            ExportEncoder ipfix = new ExportEncoder(10, 7, 1400, T - 60_000);
            ExportEncoder v9 = new ExportEncoder(9, 3, 1400, T - 60_000);
            FlowRecord f = new FlowRecord();
            long sentIpfix = 0;
            long lostIpfix = 0;
            int datagram = 0;
            for (int i = 0; i < 3000; i++) {
                f.clear().sourceV4(0x0A000000 + i % 50).destinationV4(0x0A0001FF);
                f.bytes = 1000;
                f.packets = 2;
                f.startMicros = f.endMicros = (T - 1000) * 1000L;
                if (ipfix.add(f, T)) {
                    ByteBuffer d = ipfix.datagram();
                    long flowsIn = flowsIn(d);
                    if (++datagram == 5) {
                        lostIpfix += flowsIn; // not sent: lost
                    } else {
                        first.send(d, to);
                    }
                }
                sentIpfix++;
                if (v9.add(f, T)) {
                    second.send(v9.datagram(), to);
                }
            }
            if (ipfix.flush()) {
                first.send(ipfix.datagram(), to);
            }
            if (v9.flush()) {
                second.send(v9.datagram(), to);
            }
            first.send(ByteBuffer.wrap(new byte[] { 0, 10, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 2, 0, 99 }), to); // a set past the end
            long expected = 3000 + sentIpfix - lostIpfix;
            eventually(() -> store.size() == expected && collector.totals().malformedDatagrams() == 1, "all flows arrive: " + store.size() + " of " + expected + ", " + collector.totals() + ", failure " + collector.failure());
            eventually(() -> collector.totals().flows() == expected, "published");
            FlowCollector.Totals t = collector.totals();
            assertEquals(lostIpfix, t.lostFlows());
            List<FlowCollector.Exporter> exporters = t.exporters();
            assertEquals(2, exporters.size());
            FlowCollector.Exporter a = exporters.get(0);
            assertEquals("127.0.0.1", a.address().toString());
            assertEquals(10, a.version());
            assertEquals(7, a.domain());
            assertEquals(sentIpfix - lostIpfix, a.flows());
            assertEquals(lostIpfix, a.lostFlows());
            assertEquals(1, a.malformedDatagrams());
            FlowCollector.Exporter b = exporters.get(1);
            assertEquals("127.0.0.2", b.address().toString());
            assertEquals(9, b.version());
            assertEquals(3000, b.flows());
            assertEquals(0, b.lostFlows());
            assertEquals(expected * 1000, store.snapshot().totalBytes());
            collector.close();
            assertFalse(collector.isRunning());
        }
    }

    /** Data records in an IPFIX message made by the encoder: its sets of IPv4 records after any template set. */
    private static long flowsIn(ByteBuffer d) {
        long n = 0;
        for (int p = 16; p + 4 <= d.limit();) {
            int id = d.getShort(p) & 0xFFFF;
            int length = d.getShort(p + 2) & 0xFFFF;
            if (id == 256) {
                n += (length - 4) / 46;
            }
            p += length;
        }
        return n;
    }
}
