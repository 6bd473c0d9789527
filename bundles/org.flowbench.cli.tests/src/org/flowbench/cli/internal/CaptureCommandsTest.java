package org.flowbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packet captures through the command line: a hand-made pcap of four UDP packets (Ethernet, IPv4,
 * frames of 60, 100, 1000 and 200 bytes on the wire), worked out by hand; damaged captures.
 */
class CaptureCommandsTest {

    private static final long T = 1_767_600_000L; // 2026-01-05T08:00:00Z

    @TempDir
    Path dir;

    /** A little-endian pcap header, link type Ethernet. */
    private static ByteBuffer header(ByteBuffer b, int major) {
        return b.putInt(0xA1B2C3D4).putShort((short) major).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
    }

    /** A record of an Ethernet + IPv4 + UDP frame, captured whole up to 42 bytes, {@code length} on the wire. */
    private static void packet(ByteBuffer b, long seconds, int micros, int source, int destination, int length) {
        b.putInt((int) seconds).putInt(micros).putInt(42).putInt(length);
        ByteBuffer f = ByteBuffer.allocate(42); // network order
        f.put(new byte[] { 2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1 }).putShort((short) 0x0800);
        f.put((byte) 0x45).put((byte) 0).putShort((short) (length - 14)).putInt(0).put((byte) 64).put((byte) 17).putShort((short) 0);
        f.putInt(source).putInt(destination);
        f.putShort((short) 5000).putShort((short) 53).putShort((short) (length - 34)).putShort((short) 0);
        b.put(f.array());
    }

    private static int ip(int a, int b, int c, int d) {
        return a << 24 | b << 16 | c << 8 | d;
    }

    private static byte[] capture(int major) {
        ByteBuffer b = ByteBuffer.allocate(24 + 4 * (16 + 42)).order(ByteOrder.LITTLE_ENDIAN);
        header(b, major);
        packet(b, T, 0, ip(10, 0, 0, 1), ip(10, 0, 0, 9), 60);
        packet(b, T, 500_000, ip(10, 0, 0, 1), ip(10, 0, 0, 9), 100); // same flow, same second
        packet(b, T + 1, 0, ip(10, 0, 0, 2), ip(10, 0, 0, 9), 1000);
        packet(b, T + 1, 1, ip(10, 0, 0, 1), ip(10, 0, 0, 9), 200); // a new second: a new flow
        return b.array();
    }

    @Test
    void topTalkersOfACapture() throws Exception {
        Path pcap = Files.write(dir.resolve("four.pcap"), capture(2));
        Cli.Run r = Cli.run("analyze", "--analysis", "top-talkers", "--input", pcap.toString(), "--format", "csv");
        assertEquals(ExitCodes.OK, r.status(), r.err());
        assertEquals("""
                rank,source,bytes,packets,flows,share
                1,10.0.0.2,1000,1,1,73.5%
                2,10.0.0.1,360,3,2,26.5%
                "",total,1360,4,3,100.0%
                """, r.out());
    }

    @Test
    void bytesPerSecondAreTheFrameBytesPerSecond() throws Exception {
        // gzip-compressed and named like something else: found by content
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(capture(2));
        }
        Path file = Files.write(dir.resolve("capture.csv"), gz.toByteArray());
        Cli.Run r = Cli.run("analyze", "--analysis", "bytes-over-time", "--input", file.toString(), "-p", "bucket=1s", "--format", "csv");
        assertEquals(ExitCodes.OK, r.status(), r.err());
        assertEquals("""
                time,bytes
                2026-01-05T08:00:00Z,160
                2026-01-05T08:00:01Z,1200
                """, r.out());
    }

    @Test
    void infoTellsTheFramesBesideTheFlows() throws Exception {
        Path pcap = Files.write(dir.resolve("four.pcap"), capture(2));
        Cli.Run r = Cli.run("info", "--input", pcap.toString());
        assertEquals(ExitCodes.OK, r.status(), r.err());
        assertTrue(r.out().contains("Format:          pcap packet capture\n"), r.out());
        assertTrue(r.out().contains("Flows:           3\n"), r.out());
        assertTrue(r.out().contains("Read:            4 frames, 1360 frame bytes, 4 frames cut short by the snapshot length\n"), r.out());
    }

    @Test
    void aCaptureDamagedFromTheStartFailsNamingTheFileAndTheByte() throws Exception {
        Path pcap = Files.write(dir.resolve("old.pcap"), capture(1));
        Cli.Run r = Cli.run("analyze", "--analysis", "top-talkers", "--input", pcap.toString());
        assertEquals(ExitCodes.FAILED, r.status());
        assertEquals("flowbench: " + pcap + ", byte 4: pcap format version 1.4 is not supported: libpcap and Wireshark read version 2"
                + " (2.0 to 2.4) only\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void aCaptureCutShortIsReadUpToTheDamageWhichIsReported() throws Exception {
        byte[] whole = capture(2);
        Path pcap = Files.write(dir.resolve("cut.pcap"), Arrays.copyOf(whole, whole.length - 10));
        Cli.Run r = Cli.run("analyze", "--analysis", "top-talkers", "--input", pcap.toString(), "--format", "csv");
        assertEquals(ExitCodes.PARTIAL, r.status());
        assertTrue(r.err().startsWith("flowbench: warning: " + pcap + ", byte " + (24 + 3 * 58)
                + ": the file ends in the middle of a packet (32 of its 42 captured bytes are there); the 3 frames before it were read\n"), r.err());
        assertTrue(r.err().contains(", 48 bytes not read"), r.err());
        assertEquals("""
                rank,source,bytes,packets,flows,share
                1,10.0.0.2,1000,1,1,86.2%
                2,10.0.0.1,160,2,1,13.8%
                "",total,1160,3,2,100.0%
                """, r.out());
    }
}
