package org.flowbench.ui.internal.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.flowbench.io.FlowCollector;
import org.flowbench.model.FlowStore;
import org.flowbench.ui.UiTesting;
import org.flowbench.ui.datasets.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Collector view on a running collector fed with hand-made NetFlow v5 datagrams: two datagrams
 * of one flow each whose sequence numbers (flows sent before them, per the v5 format) are 0 and 3
 * mean two flows were lost between them.
 */
class CollectorViewTest {

    private FlowCollector collector;
    private Dataset dataset;
    private CollectorView view;

    @BeforeEach
    void start() throws Exception {
        FlowStore store = new FlowStore();
        collector = FlowCollector.start(FlowCollector.loopback(0), store);
        dataset = Dataset.live("collector-view-test", store, "test collector");
        LiveCollectors.started(dataset, collector);
        UiTesting.datasets().add(dataset);
        UiTesting.drain();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        view = (CollectorView) page.showView(CollectorView.ID);
    }

    @AfterEach
    void stop() throws Exception {
        UiTesting.datasets().close(dataset);
        LiveCollectors.stopped(dataset);
        collector.close();
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().hideView(view);
    }

    @Test
    void showsEachExportersDatagramsFlowsAndLoss() throws Exception {
        try (DatagramSocket socket = new DatagramSocket()) {
            for (long sequence : new long[] { 0, 3 }) {
                byte[] datagram = v5(sequence);
                socket.send(new DatagramPacket(datagram, datagram.length, collector.address()));
            }
        }
        UiTesting.until(() -> rows().size() == 1 && rows().get(0).get(3).equals("2"), Duration.ofSeconds(10));
        List<String> row = rows().get(0);
        assertEquals(List.of("127.0.0.1 (0)", "v5", "2", "2", "2", "0", "0", "0"), row);
        assertTrue(view.summaryText().startsWith("Listening on 127.0.0.1:" + collector.address().getPort() + ". "), view.summaryText());
        assertTrue(view.summaryText().contains("2 datagrams, 2 flows, 2 lost, 0 undecodable sets, 0 malformed"), view.summaryText());
    }

    @Test
    void saysHowToStartOneWhenTheActiveDatasetHasNone() {
        UiTesting.addDataset("not-collected.csv", UiTesting.handMadeFlows());
        UiTesting.until(() -> view.summaryText().startsWith("No collector"), Duration.ofSeconds(5));
        assertEquals(0, rows().size());
    }

    private List<List<String>> rows() {
        return Stream.of(view.viewer().getTable().getItems())
                .map(item -> IntStream.range(0, 8).mapToObj(((TableItem) item)::getText).toList()).toList();
    }

    /** A NetFlow v5 datagram of one TCP flow, 10.0.0.1:40000 to 10.0.0.2:443, 3 packets, 1,500 bytes. */
    private static byte[] v5(long sequence) {
        ByteBuffer b = ByteBuffer.allocate(24 + 48);
        b.putShort((short) 5).putShort((short) 1).putInt(100_000).putInt(1_767_600_000).putInt(0).putInt((int) sequence);
        b.put((byte) 0).put((byte) 0).putShort((short) 0); // engine type and id: domain 0; no sampling
        b.putInt(0x0A00_0001).putInt(0x0A00_0002).putInt(0); // source, destination, next hop
        b.putShort((short) 1).putShort((short) 2).putInt(3).putInt(1500); // interfaces, packets, bytes
        b.putInt(99_000).putInt(99_500); // first and last, in uptime milliseconds
        b.putShort((short) 40_000).putShort((short) 443).put((byte) 0).put((byte) 0x1B).put((byte) 6).put((byte) 0);
        b.putShort((short) 0).putShort((short) 0).put((byte) 0).put((byte) 0).putShort((short) 0); // AS numbers, masks, pad
        return b.array();
    }
}
