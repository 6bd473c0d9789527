package org.flowbench.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.flowbench.model.FlowDataException;
import org.flowbench.model.FlowSink;
import org.flowbench.model.FlowStore;
import org.flowbench.model.Progress;

/**
 * Reads one file format into flows. Implementations are registered as OSGi services of this type
 * (or added to {@link FlowFormats} by hand), so that new formats plug in without the rest knowing
 * them.
 * <p>
 * Bad input never crashes, hangs or silently yields wrong numbers: a record that cannot be read is
 * skipped and reported in the {@link ReadReport} with its place, the good ones are kept; input that
 * is not in the format at all, or so damaged that reading cannot go on, ends with a
 * {@link FlowDataException} after the flows read so far were given to the sink. A format that cannot
 * find its next record after damage (a packet capture) may instead end there normally: the flows
 * before the damage are kept and the damage is the last problem of the report, with its place;
 * such a reader throws only when nothing at all could be read. Readers check every length they
 * read before they allocate for it.
 */
public interface FlowReader {

    /** @return a short stable identifier, e.g. "csv-seed" */
    String id();

    /** @return the name shown to users, e.g. "CSV (timestamp,source,destination,bytes)" */
    String name();

    /** @return the usual file name extensions without the dot, e.g. "csv", for file dialogs only */
    List<String> extensions();

    /**
     * Detection by content, never by file name: whether the first bytes of the (decompressed)
     * input are this format's, e.g. its magic number or its CSV header. Never throws.
     *
     * @param head the first bytes of the input, up to {@link FlowFormats#HEAD_BYTES}; fewer when the
     *             input is shorter
     */
    boolean recognizes(byte[] head);

    /**
     * Reads all flows of the input into the sink. The caller owns and closes the stream.
     *
     * @param sourceName the file name or other source as the user knows it, for reports and errors
     * @param progress   told the bytes consumed as work, in chunks; checked for cancellation
     * @throws FlowDataException when the input is not in this format or damaged beyond reading on
     * @throws java.util.concurrent.CancellationException when the progress was canceled
     */
    ReadReport read(InputStream in, String sourceName, FlowSink sink, Progress progress) throws IOException;

    /** Reads the input into a new store. */
    default LoadedFlows load(InputStream in, String sourceName, Progress progress) throws IOException {
        FlowStore store = new FlowStore();
        ReadReport report = read(in, sourceName, store, progress);
        return new LoadedFlows(store, report);
    }

    /** Reads a file (not compressed) into a new store; formats with a faster bulk load override this. */
    default LoadedFlows load(Path file, Progress progress) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return load(in, file.toString(), progress);
        }
    }
}
