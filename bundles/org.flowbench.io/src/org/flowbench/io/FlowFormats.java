package org.flowbench.io;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.flowbench.io.internal.BuiltInFormats;
import org.flowbench.io.internal.GzipContent;
import org.flowbench.io.internal.KnownTotalProgress;
import org.flowbench.io.internal.ReaderExtensionTracker;
import org.flowbench.model.FlowDataException;
import org.flowbench.model.FlowSink;
import org.flowbench.model.Progress;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Every flow format known: the {@link FlowReader}s and {@link FlowWriter}s registered as OSGi
 * services, the readers contributed to the extension point {@code org.flowbench.io.readers} in a
 * plugin.xml, and which reader a file needs, found by its content. gzip-compressed files (magic
 * {@code 1f 8b}) are decompressed on the fly and detected by what is inside.
 * <p>
 * In OSGi this is a Declarative Services component that follows the services and the bundles'
 * contributions as they come and go (an extension id already taken keeps its first reader). It is
 * immediate, so that it and the readers and writers it binds are ready before the first file is
 * opened. Plain Java users make one with {@link #withBuiltInFormats()} or add readers and writers
 * by hand. Thread-safe.
 */
@Component(service = FlowFormats.class, immediate = true)
public final class FlowFormats {

    /**
     * How much of the content readers get to recognize it: enough for any header line, and for the
     * first packets of a capture, since flow export datagrams may come after other traffic (one
     * capture of the shared set has 30 KB of BMP before its first IPFIX message).
     */
    public static final int HEAD_BYTES = 64 * 1024;

    private static final int BUFFER = 1 << 16;

    private final List<FlowReader> readers = new CopyOnWriteArrayList<>();
    private final List<FlowWriter> writers = new CopyOnWriteArrayList<>();
    /** Follows the bundles' plugin.xml readers while active in OSGi; typed plainly so that this class needs no OSGi without it. */
    private AutoCloseable extensions;

    /** An instance without formats; Declarative Services uses it too. */
    public FlowFormats() {
    }

    @Activate
    void activate(BundleContext context) {
        extensions = ReaderExtensionTracker.open(context, this);
    }

    @Deactivate
    void deactivate() throws Exception {
        if (extensions != null) {
            extensions.close();
            extensions = null;
        }
    }

    /** @return an instance with the formats of this bundle, for use without OSGi */
    public static FlowFormats withBuiltInFormats() {
        FlowFormats formats = new FlowFormats();
        BuiltInFormats.readers().forEach(formats::addReader);
        BuiltInFormats.writers().forEach(formats::addWriter);
        return formats;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeReader")
    public void addReader(FlowReader reader) {
        readers.add(reader);
    }

    public void removeReader(FlowReader reader) {
        readers.remove(reader);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeWriter")
    public void addWriter(FlowWriter writer) {
        writers.add(writer);
    }

    public void removeWriter(FlowWriter writer) {
        writers.remove(writer);
    }

    /** @return the readers in the order they were added, which is the order detection asks them */
    public List<FlowReader> readers() {
        return List.copyOf(readers);
    }

    public List<FlowWriter> writers() {
        return List.copyOf(writers);
    }

    public Optional<FlowReader> reader(String id) {
        return readers.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<FlowWriter> writer(String id) {
        return writers.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    /** @return the first reader that recognizes these first bytes (not decompressed) */
    public Optional<FlowReader> recognize(byte[] head) {
        for (FlowReader reader : readers) {
            if (recognizes(reader, head)) {
                return Optional.of(reader);
            }
        }
        return Optional.empty();
    }

    private static boolean recognizes(FlowReader reader, byte[] head) {
        try {
            return reader.recognizes(head);
        } catch (RuntimeException e) {
            // a faulty contributed reader must not stop the others from being asked
            return false;
        }
    }

    /** @return the reader for the file's content, after decompression; empty when none knows it */
    public Optional<FlowReader> readerFor(Path file) throws IOException {
        try (Content content = Content.open(file)) {
            return recognize(content.head);
        }
    }

    /**
     * Reads the file into a new store with the reader its content needs.
     *
     * @throws FlowDataException when the file is empty, no reader recognizes its content (the
     *         message names the file and the formats known), or the reader finds it unreadable
     */
    public LoadedFlows load(Path file, Progress progress) throws IOException {
        FlowReader reader;
        try (Content content = Content.open(file)) {
            reader = readerOf(file, content);
            if (content.compressed) {
                return reader.load(content.stream, file.toString(), progress);
            }
        }
        // Uncompressed: the reader gets the path, so that formats with a bulk load can use it.
        return reader.load(file, new KnownTotalProgress(progress, Files.size(file)));
    }

    /** Reads the file into the sink with the reader its content needs; errors as for {@link #load}. */
    public ReadReport read(Path file, FlowSink sink, Progress progress) throws IOException {
        try (Content content = Content.open(file)) {
            FlowReader reader = readerOf(file, content);
            Progress p = content.compressed ? progress : new KnownTotalProgress(progress, Files.size(file));
            return reader.read(content.stream, file.toString(), sink, p);
        }
    }

    private FlowReader readerOf(Path file, Content content) throws FlowDataException {
        String what = content.compressed ? "the gzip-compressed content" : "the file";
        if (content.head.length == 0) {
            throw new FlowDataException(file.toString(), "byte 0", what + " is empty", 0);
        }
        return recognize(content.head).orElseThrow(() -> new FlowDataException(file.toString(), "byte 0",
                what + " is in no format that Flowbench reads (" + knownFormats() + ")", 0));
    }

    private String knownFormats() {
        List<FlowReader> all = readers();
        return all.isEmpty() ? "no readers are installed"
                : "known: " + all.stream().map(FlowReader::name).collect(Collectors.joining("; "));
    }

    /** @return whether the bytes start with the gzip magic number */
    public static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    /** A file's content stream, decompressed if need be, positioned at its start, with its head read. */
    private static final class Content implements Closeable {
        final InputStream stream;
        final boolean compressed;
        final byte[] head;

        private Content(InputStream stream, boolean compressed, byte[] head) {
            this.stream = stream;
            this.compressed = compressed;
            this.head = head;
        }

        static Content open(Path file) throws IOException {
            InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
            try {
                raw.mark(2);
                boolean compressed = isGzip(raw.readNBytes(2));
                raw.reset();
                InputStream stream = compressed ? new BufferedInputStream(GzipContent.open(raw, file.toString()), BUFFER) : raw;
                stream.mark(HEAD_BYTES);
                byte[] head = stream.readNBytes(HEAD_BYTES);
                stream.reset();
                return new Content(stream, compressed, head);
            } catch (IOException | RuntimeException e) {
                raw.close();
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }
}
