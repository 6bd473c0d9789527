package org.flowbench.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.flowbench.io.FlowWriter;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.FlowStoreFile;
import org.flowbench.model.Progress;
import org.osgi.service.component.annotations.Component;

/**
 * Flowbench's own store files ({@link FlowStoreFile}): saved in bulk. {@link FlowStoreFile} writes
 * only files, so writing to a stream goes through a temporary file.
 */
@Component(service = FlowWriter.class)
public final class NativeFlowWriter implements FlowWriter {

    @Override
    public String id() {
        return "native";
    }

    @Override
    public String name() {
        return "Flowbench flow store";
    }

    @Override
    public String extension() {
        return FlowStoreFile.EXTENSION.substring(1);
    }

    @Override
    public void write(FlowSnapshot snapshot, Path file, Progress progress) throws IOException {
        progress.begin("Saving " + file, snapshot.size());
        FlowStoreFile.write(snapshot, file);
        progress.worked(snapshot.size());
    }

    @Override
    public void write(FlowSnapshot snapshot, OutputStream out, Progress progress) throws IOException {
        Path copy = Files.createTempFile("flowbench-", FlowStoreFile.EXTENSION);
        try {
            write(snapshot, copy, progress);
            Files.copy(copy, out);
            out.flush();
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
