package org.flowbench.io.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.flowbench.model.FlowDataException;

/**
 * The decompressed content of gzip input. Damaged or cut-off compressed data is bad input, not an
 * I/O failure: it is reported as a {@link FlowDataException} that names the source.
 */
public final class GzipContent extends GZIPInputStream {

    private static final int BUFFER = 1 << 16;

    private final String source;

    private GzipContent(InputStream in, String source) throws IOException {
        super(in, BUFFER);
        this.source = source;
    }

    /** Reads the gzip header. */
    public static InputStream open(InputStream in, String source) throws IOException {
        try {
            return new GzipContent(in, source);
        } catch (ZipException | EOFException e) {
            throw damaged(source, e);
        }
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        try {
            return super.read(buf, off, len);
        } catch (ZipException | EOFException e) {
            throw damaged(source, e);
        }
    }

    private static FlowDataException damaged(String source, IOException e) {
        return new FlowDataException(source, "compressed data", "the gzip data is damaged or cut off (" + e.getMessage() + ")", 0, e);
    }
}
