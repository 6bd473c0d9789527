package org.flowbench.io.internal.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The moving window over a capture, from a file and from a stream that gives few bytes at a time. */
class CaptureInputTest {

    @TempDir
    Path dir;

    private static byte[] numbered(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + i / 256);
        }
        return b;
    }

    /** A stream that returns at most 7 bytes per read, as slow decompressors may. */
    private static InputStream trickle(byte[] b) {
        return new FilterInputStream(new ByteArrayInputStream(b)) {
            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                return super.read(buf, off, Math.min(len, 7));
            }
        };
    }

    private static void check(CaptureInput in, byte[] content) throws IOException {
        // forward in steps, across window ends, skipping ahead, and a region larger than the first window
        long[][] requests = { { 0, 16 }, { 10, 100 }, { 60_000, 10_000 }, { 70_000, 200_000 }, { 900_000, 16 }, { 1_200_000, 5 } };
        for (long[] r : requests) {
            int at = in.require(r[0], (int) r[1]);
            if (r[0] + r[1] > content.length) {
                assertEquals(-1, at);
                assertEquals(Math.max(0, content.length - r[0]), in.available(r[0]));
                continue;
            }
            for (int i = 0; i < r[1]; i++) {
                assertEquals(content[(int) r[0] + i], in.window().get(at + i), "byte " + (r[0] + i));
            }
        }
    }

    @Test
    void fromAStream() throws IOException {
        byte[] content = numbered(1_000_000);
        check(CaptureInput.of(trickle(content)), content);
        CaptureInput in = CaptureInput.of(new ByteArrayInputStream(content));
        in.require(0, 10);
        assertEquals(1_000_000 - 400, in.remainingFrom(400));
    }

    @Test
    void fromAFile() throws IOException {
        byte[] content = numbered(1_000_000);
        Path file = Files.write(dir.resolve("c"), content);
        try (FileChannel channel = FileChannel.open(file)) {
            check(CaptureInput.of(channel), content);
        }
        try (FileChannel channel = FileChannel.open(file)) {
            assertEquals(1_000_000 - 400, CaptureInput.of(channel).remainingFrom(400));
        }
    }

    @Test
    void theEndOfTheInputIsNoError() throws IOException {
        CaptureInput in = CaptureInput.of(new ByteArrayInputStream(new byte[10]));
        assertEquals(0, in.require(0, 10));
        assertEquals(-1, in.require(8, 4));
        assertEquals(2, in.available(8));
        assertEquals(-1, in.require(100, 1));
        assertEquals(0, in.available(100));
    }
}
