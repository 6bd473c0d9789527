package org.flowbench.io.internal.pcap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.flowbench.io.FlowReader;
import org.flowbench.io.LoadedFlows;
import org.flowbench.io.ReadReport;
import org.flowbench.model.FlowSink;
import org.flowbench.model.FlowStore;
import org.flowbench.model.Progress;

/**
 * What the packet capture readers share: packets become flows ({@link PacketFlows}) and the report
 * counts frames, frame bytes and frames without IP. A file is read through its channel; one large
 * enough to pay for it is parsed on a second thread while the calling thread fills the store
 * ({@link FlowPipe}).
 * <p>
 * Damage keeps what came before: reading stops there, the flows read are kept, and the report holds
 * the problem (file and byte offset) and the bytes not read. A {@link org.flowbench.model.FlowDataException}
 * is thrown only when nothing at all could be read.
 */
abstract class CaptureReader implements FlowReader {

    /**
     * Files from this size on are parsed on a second thread. Filling the store costs about half of
     * parsing, so the pair saves about a fifth of the reading time (measured by the capture
     * benchmark), which on smaller files is a few milliseconds, not worth a thread.
     */
    static final long PARALLEL_FROM_BYTES = 32L << 20;

    private final long timeoutMicros;

    /** With the configured flow timeout ({@link FlowTimeout}). */
    CaptureReader() {
        this(-1);
    }

    /** @param timeoutMicros the active flow timeout; -1 for the configured one */
    CaptureReader(long timeoutMicros) {
        this.timeoutMicros = timeoutMicros;
    }

    abstract CaptureParser parser(CaptureInput input, String source, ReadReport.Builder report, Packets flows);

    /** What becomes of the packets: flows of them, unless the reader decodes what they carry. */
    Packets packets(long timeoutMicros, FlowOutput output, ReadReport.Builder report) {
        return new PacketFlows(timeoutMicros, output);
    }

    private long timeout() {
        return timeoutMicros > 0 ? timeoutMicros : FlowTimeout.configured();
    }

    @Override
    public ReadReport read(InputStream in, String sourceName, FlowSink sink, Progress progress) throws IOException {
        progress.begin("Reading " + sourceName, -1);
        return readAlone(CaptureInput.of(in), sourceName, sink, progress);
    }

    @Override
    public LoadedFlows load(Path file, Progress progress) throws IOException {
        FlowStore store = new FlowStore();
        return new LoadedFlows(store, read(file, store, progress));
    }

    /** Reads a file into the sink; large files are parsed on a second thread, the sink is filled on this one. */
    public ReadReport read(Path file, FlowSink sink, Progress progress) throws IOException {
        return read(file, sink, progress, Runtime.getRuntime().availableProcessors() > 1);
    }

    /**
     * Reads a file into the sink.
     *
     * @param secondThread whether a file of at least {@link #PARALLEL_FROM_BYTES} is parsed on a
     *                     second thread; false parses on the calling thread only (for measurements)
     */
    public ReadReport read(Path file, FlowSink sink, Progress progress, boolean secondThread) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            progress.begin("Reading " + file, size);
            CaptureInput input = CaptureInput.of(channel);
            if (size < PARALLEL_FROM_BYTES || !secondThread) {
                return readAlone(input, file.toString(), sink, progress);
            }
            ReadReport.Builder report = new ReadReport.Builder(file.toString());
            FlowPipe pipe = new FlowPipe();
            CaptureParser parser = parser(input, file.toString(), report, packets(timeout(), pipe, report));
            pipe.run("flowbench capture parser", parser::run, sink, progress);
            return report.build();
        }
    }

    private ReadReport readAlone(CaptureInput input, String source, FlowSink sink, Progress progress) throws IOException {
        ReadReport.Builder report = new ReadReport.Builder(source);
        parser(input, source, report, packets(timeout(), new SinkOutput(sink, progress), report)).run();
        return report.build();
    }
}
