package org.flowbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.flowbench.model.FlowSink;
import org.flowbench.model.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/** FlowFormats as Declarative Services publishes it in the running framework. */
class FlowFormatsServiceTest {

    /** Readers: the Declarative Services components and the plugin.xml contributions of org.flowbench.io. */
    private static final Set<String> BUILT_IN = Set.of("native", "csv-seed", "csv-flow", "flow-export-capture", "pcap", "pcapng", "zeek-conn-tsv",
            "zeek-conn-json");
    private static final Set<String> BUILT_IN_WRITERS = Set.of("native", "csv-seed", "csv-flow");

    private final BundleContext context = FrameworkUtil.getBundle(FlowFormatsServiceTest.class).getBundleContext();
    private ServiceTracker<FlowFormats, FlowFormats> tracker;
    private FlowFormats formats;

    @TempDir
    Path dir;

    @BeforeEach
    void waitForTheService() throws InterruptedException {
        tracker = new ServiceTracker<>(context, FlowFormats.class, null);
        tracker.open();
        formats = tracker.waitForService(10_000);
        assertNotNull(formats, "Declarative Services did not publish FlowFormats");
    }

    @AfterEach
    void closeTracker() {
        tracker.close();
    }

    private static Set<String> ids(List<? extends Object> formats) {
        return formats.stream().map(f -> f instanceof FlowReader r ? r.id() : ((FlowWriter) f).id()).collect(Collectors.toSet());
    }

    /** Services are bound as Declarative Services gets to them; wait up to 10 s for the expected state. */
    private static <T> T eventually(Supplier<T> value, T expected) throws InterruptedException {
        T last = value.get();
        for (int i = 0; i < 100 && !last.equals(expected); i++) {
            Thread.sleep(100);
            last = value.get();
        }
        return last;
    }

    @Test
    void listsTheBuiltInReadersAndWriters() throws InterruptedException {
        assertEquals(BUILT_IN, eventually(() -> ids(formats.readers()), BUILT_IN));
        assertEquals(BUILT_IN_WRITERS, eventually(() -> ids(formats.writers()), BUILT_IN_WRITERS));
    }

    @Test
    void loadsAFileThroughTheService() throws Exception {
        eventually(() -> ids(formats.readers()), BUILT_IN);
        Path file = TestFlows.writeText(dir, "x.pcap", "timestamp,source,destination,bytes\n1767600000,10.0.0.1,10.0.0.2,5\n");
        LoadedFlows loaded = formats.load(file, Progress.NONE);
        assertEquals(1, loaded.store().size());
        assertEquals(5, loaded.store().snapshot().totalBytes());
    }

    /** A reader registered later, as a pcap bundle would, is picked up, and dropped when it goes. */
    @Test
    void followsReadersAsTheyComeAndGo() throws InterruptedException {
        eventually(() -> ids(formats.readers()), BUILT_IN);
        ServiceRegistration<FlowReader> registration = context.registerService(FlowReader.class, new MagicReader(), null);
        Set<String> withMagic = Set.of("native", "csv-seed", "csv-flow", "flow-export-capture", "pcap", "pcapng", "zeek-conn-tsv", "zeek-conn-json",
                "magic");
        try {
            assertEquals(withMagic, eventually(() -> ids(formats.readers()), withMagic));
            assertEquals("magic", formats.recognize("MAGIC!".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).orElseThrow().id());
        } finally {
            registration.unregister();
        }
        assertEquals(BUILT_IN, eventually(() -> ids(formats.readers()), BUILT_IN));
        assertTrue(formats.recognize("MAGIC!".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).isEmpty());
    }

    private static final class MagicReader implements FlowReader {
        @Override
        public String id() {
            return "magic";
        }

        @Override
        public String name() {
            return "Magic test format";
        }

        @Override
        public List<String> extensions() {
            return List.of("magic");
        }

        @Override
        public boolean recognizes(byte[] head) {
            return new String(head, java.nio.charset.StandardCharsets.US_ASCII).startsWith("MAGIC!");
        }

        @Override
        public ReadReport read(InputStream in, String sourceName, FlowSink sink, Progress progress) {
            return ReadReport.clean(0);
        }
    }
}
