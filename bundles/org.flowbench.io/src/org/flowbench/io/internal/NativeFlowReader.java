package org.flowbench.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.flowbench.io.FlowReader;
import org.flowbench.io.LoadedFlows;
import org.flowbench.io.ReadReport;
import org.flowbench.model.FlowDataException;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSink;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.FlowStore;
import org.flowbench.model.FlowStoreFile;
import org.flowbench.model.FlowStoreFile.DamagedFileException;
import org.flowbench.model.Progress;
import org.osgi.service.component.annotations.Component;

/**
 * Flowbench's own store files ({@link FlowStoreFile}), recognized by their magic {@code FLOWBNCH}.
 * A file is loaded in bulk. {@link FlowStoreFile} reads only files, so a stream (e.g. decompressed
 * gzip) is first copied to a temporary file.
 */
@Component(service = FlowReader.class)
public final class NativeFlowReader implements FlowReader {

    private static final int COPY_BUFFER = 1 << 20;

    @Override
    public String id() {
        return "native";
    }

    @Override
    public String name() {
        return "Flowbench flow store";
    }

    @Override
    public List<String> extensions() {
        return List.of(FlowStoreFile.EXTENSION.substring(1));
    }

    @Override
    public boolean recognizes(byte[] head) {
        return FlowStoreFile.matches(head);
    }

    @Override
    public LoadedFlows load(Path file, Progress progress) throws IOException {
        long size = Files.size(file);
        progress.begin("Loading " + file, size);
        FlowStore store = FlowStoreFile.read(file);
        progress.worked(size);
        return new LoadedFlows(store, ReadReport.clean(store.size()));
    }

    @Override
    public LoadedFlows load(InputStream in, String sourceName, Progress progress) throws IOException {
        Path copy = copyToTemporaryFile(in, sourceName, progress);
        try {
            FlowStore store = readNamed(copy, sourceName);
            return new LoadedFlows(store, ReadReport.clean(store.size()));
        } catch (DamagedFileException e) {
            throw renamed(e, sourceName);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    @Override
    public ReadReport read(InputStream in, String sourceName, FlowSink sink, Progress progress) throws IOException {
        Path copy = copyToTemporaryFile(in, sourceName, progress);
        try {
            FlowStore store;
            try {
                store = readNamed(copy, sourceName);
            } catch (DamagedFileException e) {
                // the flows before the damage go to the sink, as readers promise
                ReadReport partial = replay(e.partial().snapshot(), sourceName, sink);
                throw new FlowDataException(sourceName, e.place(), e.problem(), partial.flowsRead(), e);
            }
            return replay(store.snapshot(), sourceName, sink);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** Reads the copy; damage other than {@link DamagedFileException} is reported under the source's name. */
    private static FlowStore readNamed(Path copy, String sourceName) throws IOException {
        try {
            return FlowStoreFile.read(copy);
        } catch (DamagedFileException e) {
            throw e;
        } catch (FlowDataException e) {
            throw renamed(e, sourceName);
        }
    }

    private static FlowDataException renamed(FlowDataException e, String sourceName) {
        return new FlowDataException(sourceName, e.place(), e.problem(), e.flowsRead(), e);
    }

    private static ReadReport replay(FlowSnapshot snapshot, String sourceName, FlowSink sink) {
        ReadReport.Builder report = new ReadReport.Builder(sourceName);
        FlowRecord flow = new FlowRecord();
        for (long row = 0; row < snapshot.size(); row++) {
            snapshot.read(row, flow);
            String problem = flow.problem();
            if (problem != null) {
                report.skip("row " + (row + 1), problem);
                continue;
            }
            sink.accept(flow);
            report.flowRead();
        }
        return report.build();
    }

    private static Path copyToTemporaryFile(InputStream in, String sourceName, Progress progress) throws IOException {
        progress.begin("Reading " + sourceName, -1);
        Path copy = Files.createTempFile("flowbench-", FlowStoreFile.EXTENSION);
        try (OutputStream out = Files.newOutputStream(copy)) {
            byte[] buffer = new byte[COPY_BUFFER];
            for (int n; (n = in.read(buffer)) >= 0;) {
                out.write(buffer, 0, n);
                progress.worked(n);
                progress.checkCanceled();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        return copy;
    }
}
