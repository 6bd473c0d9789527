package org.flowbench.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.Progress;

/** Writes the flows of a snapshot in one file format. Registered as OSGi services of this type. */
public interface FlowWriter {

    /** @return a short stable identifier, e.g. "csv-flow" */
    String id();

    /** @return the name shown to users */
    String name();

    /** @return the usual file name extension without the dot, e.g. "csv" */
    String extension();

    /**
     * Writes every row of the snapshot. The caller owns and closes the stream; it is flushed.
     *
     * @param progress told the rows written as work, in chunks; checked for cancellation
     */
    void write(FlowSnapshot snapshot, OutputStream out, Progress progress) throws IOException;

    /** Writes the snapshot to a file, replacing it; formats with a faster bulk save override this. */
    default void write(FlowSnapshot snapshot, Path file, Progress progress) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(snapshot, out, progress);
        }
    }
}
