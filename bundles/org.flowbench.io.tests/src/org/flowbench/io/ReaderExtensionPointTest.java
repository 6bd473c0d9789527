package org.flowbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.flowbench.io.internal.ContributedReader;
import org.flowbench.model.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The extension point {@code org.flowbench.io.readers} in the running framework: the packet capture
 * readers of this bundle's plugin.xml, and a plugin installed later that contributes readers the
 * way a third party would, with a plugin.xml only.
 */
class ReaderExtensionPointTest {

    /** The smallest pcap: a little-endian header of link type Ethernet, no packets. */
    private static final byte[] EMPTY_PCAP = new byte[] { (byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            (byte) 0xff, (byte) 0xff, 0, 0, 1, 0, 0, 0 };

    private final BundleContext context = FrameworkUtil.getBundle(ReaderExtensionPointTest.class).getBundleContext();
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

    private static <T> T eventually(Supplier<T> value, T expected) throws InterruptedException {
        T last = value.get();
        for (int i = 0; i < 100 && !last.equals(expected); i++) {
            Thread.sleep(100);
            last = value.get();
        }
        return last;
    }

    @Test
    void thePacketCaptureReadersComeFromThePluginXml() throws Exception {
        for (String id : List.of("pcap", "pcapng")) {
            assertTrue(eventually(() -> formats.reader(id).isPresent(), true), id);
            ContributedReader contributed = assertInstanceOf(ContributedReader.class, formats.reader(id).orElseThrow());
            assertEquals("org.flowbench.io", contributed.contributor());
        }
        Path file = Files.write(dir.resolve("empty.cap"), EMPTY_PCAP);
        assertEquals("pcap", formats.readerFor(file).orElseThrow().id());
        LoadedFlows loaded = formats.load(file, Progress.NONE);
        assertEquals(0, loaded.store().size());
        assertEquals(0L, loaded.report().counter("frames"));
    }

    @Test
    void aPluginInstalledLaterContributesReadersAndTakesThemAlong() throws Exception {
        String pluginXml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <?eclipse version="3.4"?>
                <plugin>
                   <extension point="org.flowbench.io.readers">
                      <reader id="test.little-pcap" name="Little-endian pcap, by a plugin" extensions="lpcap"
                            class="org.flowbench.io.internal.pcap.PcapReader">
                         <magic bytes="d4 c3 b2 a1 02 00"/>
                      </reader>
                      <reader id="test.missing" name="A reader whose class is missing" class="com.example.Missing">
                         <magic offset="2" bytes="??5a5a"/>
                      </reader>
                   </extension>
                </plugin>
                """;
        Bundle plugin = context.installBundle("test:reader-plugin", new ByteArrayInputStream(bundleJar(pluginXml)));
        try {
            context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(plugin));
            assertEquals(Optional.of("test.little-pcap"), eventually(() -> formats.reader("test.little-pcap").map(FlowReader::id),
                    Optional.of("test.little-pcap")));
            FlowReader little = formats.reader("test.little-pcap").orElseThrow();
            assertEquals("Little-endian pcap, by a plugin", little.name());
            assertEquals(List.of("lpcap"), little.extensions());
            assertTrue(little.recognizes(EMPTY_PCAP));
            // the class is loaded through the contributing bundle when a file is read
            Path file = Files.write(dir.resolve("x.lpcap"), EMPTY_PCAP);
            assertEquals(0, little.load(file, Progress.NONE).store().size());

            FlowReader missing = formats.reader("test.missing").orElseThrow();
            assertTrue(missing.recognizes(new byte[] { 0, 0, 7, 0x5a, 0x5a }));
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> missing.load(file, Progress.NONE));
            assertTrue(e.getMessage().startsWith("test.reader.plugin: cannot create reader class com.example.Missing"), e.getMessage());
        } finally {
            plugin.uninstall();
            context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(plugin));
        }
        assertEquals(Optional.empty(), eventually(() -> formats.reader("test.little-pcap").map(FlowReader::id), Optional.empty()));
        assertEquals(Optional.empty(), formats.reader("test.missing").map(FlowReader::id));
        assertTrue(formats.reader("pcap").isPresent());
    }

    private static byte[] bundleJar(String pluginXml) throws IOException {
        Manifest manifest = new Manifest();
        Attributes a = manifest.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "test.reader.plugin;singleton:=true");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Import-Package", "org.flowbench.io.internal.pcap");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new JarEntry("plugin.xml"));
            jar.write(pluginXml.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }
}
