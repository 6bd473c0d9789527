package org.flowbench.io.internal.pcap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * A window of a capture's bytes, addressed by their offset in the input, that moves forward only.
 * Parsers ask for the bytes of the next record with {@link #require}; the window then moves there
 * and reads ahead in large chunks. A file is read through its channel into a direct buffer (one copy
 * from the page cache, and the process does not map the file, so its memory stays small); a stream
 * (e.g. decompressed gzip) is read into a heap buffer.
 * <p>
 * The window grows only up to {@link #MAX_WINDOW}; callers check a record's length against that
 * before they ask for it, so no length read from the input decides an allocation beyond it.
 */
final class CaptureInput {

    /** The largest window: more than any packet record a capture can hold. */
    static final int MAX_WINDOW = 16 << 20;
    /** Window of a large file: big enough for few system calls, small enough to stay in the L2/L3 caches. */
    static final int FILE_WINDOW = 1 << 20;
    /** First window of a stream or a small file; it grows when a record needs more. */
    static final int SMALL_WINDOW = 1 << 16;

    private final FileChannel file;
    /** The file position that is offset 0. */
    private final long fileBase;
    private final InputStream stream;
    private ByteBuffer window;
    /** The input offset of window index 0. */
    private long windowStart;
    private boolean endOfInput;

    private CaptureInput(FileChannel file, InputStream stream, ByteBuffer window) throws IOException {
        this.file = file;
        this.fileBase = file == null ? 0 : file.position();
        this.stream = stream;
        this.window = window.order(ByteOrder.BIG_ENDIAN).limit(0);
    }

    /** Reads a file from its current position, which counts as offset 0. */
    static CaptureInput of(FileChannel file) throws IOException {
        long size = file.size() - file.position();
        int capacity = (int) Math.max(SMALL_WINDOW, Math.min(FILE_WINDOW, size));
        return new CaptureInput(file, null, ByteBuffer.allocateDirect(capacity));
    }

    static CaptureInput of(InputStream stream) throws IOException {
        return new CaptureInput(null, stream, ByteBuffer.allocate(SMALL_WINDOW));
    }

    /** @return the window; valid bytes are at indexes 0 to its limit; big-endian */
    ByteBuffer window() {
        return window;
    }

    /** @return the input offset of window index 0 */
    long windowStart() {
        return windowStart;
    }

    /**
     * Makes the bytes from {@code offset} to {@code offset + length} available.
     *
     * @param offset not before the window's start
     * @param length at most {@link #MAX_WINDOW}
     * @return the window index of {@code offset}, or -1 when the input ends before those bytes
     *         (then {@link #available} tells how many there are)
     */
    int require(long offset, int length) throws IOException {
        long relative = offset - windowStart;
        if (relative >= 0 && relative + length <= window.limit()) {
            return (int) relative;
        }
        return refill(offset, length);
    }

    /** @return how many bytes the input has from {@code offset}, up to the window's end; call after a failed {@link #require} */
    long available(long offset) {
        return Math.max(0, windowStart + window.limit() - offset);
    }

    /**
     * @return the bytes from {@code offset} to the end of the input; a stream is read to its end to
     *         count them (the window's content is lost)
     */
    long remainingFrom(long offset) throws IOException {
        if (file != null) {
            return Math.max(0, file.size() - fileBase - offset);
        }
        long count = available(offset);
        byte[] scratch = window.array();
        window.limit(0);
        for (int n; !endOfInput && (n = stream.read(scratch, 0, scratch.length)) != 0;) {
            if (n < 0) {
                endOfInput = true;
            } else {
                count += n;
            }
        }
        return count;
    }

    private int refill(long offset, int length) throws IOException {
        if (offset < windowStart || length < 0 || length > MAX_WINDOW) {
            throw new IllegalArgumentException("cannot read " + length + " bytes at " + offset + " in a window at " + windowStart);
        }
        if (length > window.capacity()) {
            grow(length);
        }
        long windowEnd = windowStart + window.limit();
        if (offset <= windowEnd) {
            // keep the bytes from offset on, move them to the front
            int keep = (int) (windowEnd - offset);
            window.position((int) (offset - windowStart)).limit((int) (offset - windowStart) + keep);
            window.compact().flip();
        } else {
            skipTo(offset);
        }
        windowStart = offset;
        fill(length);
        return window.limit() >= length ? 0 : -1;
    }

    private void grow(int length) {
        int capacity = (int) Math.min(MAX_WINDOW, Math.max((long) length, 2L * window.capacity()));
        ByteBuffer bigger = window.isDirect() ? ByteBuffer.allocateDirect(capacity) : ByteBuffer.allocate(capacity);
        bigger.order(ByteOrder.BIG_ENDIAN);
        window.position(0);
        bigger.put(window).flip();
        window = bigger;
    }

    /** Leaves the window empty with the input positioned at {@code offset}, or at its end if it is shorter. */
    private void skipTo(long offset) throws IOException {
        long gap = offset - (windowStart + window.limit());
        window.clear().limit(0);
        if (file != null) {
            long target = file.position() + gap;
            if (target > file.size()) {
                endOfInput = true;
            }
            file.position(Math.min(target, file.size()));
            return;
        }
        byte[] scratch = window.array();
        while (gap > 0 && !endOfInput) {
            int n = stream.read(scratch, 0, (int) Math.min(scratch.length, gap));
            if (n < 0) {
                endOfInput = true;
            } else {
                gap -= n;
            }
        }
    }

    /** Reads until the window holds at least {@code length} bytes, or is full, or the input ends. */
    private void fill(int length) throws IOException {
        window.position(window.limit()).limit(window.capacity());
        try {
            while (!endOfInput && window.position() < length) {
                int n;
                if (file != null) {
                    n = file.read(window);
                } else {
                    n = stream.read(window.array(), window.position(), window.remaining());
                    if (n > 0) {
                        window.position(window.position() + n);
                    }
                }
                if (n < 0) {
                    endOfInput = true;
                }
            }
        } finally {
            window.flip();
        }
    }
}
