package org.flowbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSink;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.FlowStore;
import org.flowbench.model.IpAddress;

/** Flows, files and comparisons for the tests. */
public final class TestFlows {

    /** 2026-01-05T08:00:00Z in epoch seconds, worked out by hand: 20458 days and 8 hours after 1970. */
    public static final long JAN_5_2026_8AM = 20_458L * 86_400 + 8 * 3_600;
    public static final long JAN_5_2026_8AM_MICROS = JAN_5_2026_8AM * 1_000_000L;

    private TestFlows() {
    }

    public static IpAddress v4(int a, int b, int c, int d) {
        return IpAddress.ofV4(a << 24 | b << 16 | c << 8 | d);
    }

    public static FlowRecord flow(long startMicros, long endMicros, IpAddress source, IpAddress destination, int sourcePort,
            int destinationPort, int protocol, long bytes, long packets, int tcpFlags) {
        FlowRecord f = new FlowRecord().source(source).destination(destination);
        f.startMicros = startMicros;
        f.endMicros = endMicros;
        f.sourcePort = sourcePort;
        f.destinationPort = destinationPort;
        f.protocol = protocol;
        f.bytes = bytes;
        f.packets = packets;
        f.tcpFlags = tcpFlags;
        return f;
    }

    /** A flow as the seed layout gives it: only start, addresses and bytes. */
    public static FlowRecord seedFlow(long startMicros, IpAddress source, IpAddress destination, long bytes) {
        return flow(startMicros, startMicros, source, destination, 0, 0, 0, bytes, 0, 0);
    }

    /**
     * Random valid flows covering the corners: IPv4 and IPv6, every protocol number and flag
     * combination, ports 0 and 65535, counts past 2^31 up to Long.MAX_VALUE, times before 1970,
     * sub-second times and durations past 2^31 microseconds.
     */
    public static List<FlowRecord> randomFlows(long seed, int n) {
        Random random = new Random(seed);
        List<FlowRecord> flows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long start = switch (i % 4) {
                case 0 -> JAN_5_2026_8AM_MICROS + random.nextInt(1_000_000_000);
                case 1 -> JAN_5_2026_8AM_MICROS + random.nextInt(86_400) * 1_000_000L; // whole seconds
                case 2 -> -random.nextLong(2_000_000_000_000_000L); // back to 1906
                default -> random.nextLong(4_000_000_000_000_000L); // up to 2096
            };
            long duration = switch (i % 3) {
                case 0 -> 0;
                case 1 -> random.nextInt(10_000_000);
                default -> (1L << 31) + random.nextLong(1L << 40);
            };
            flows.add(flow(start, start + duration, randomAddress(random), randomAddress(random),
                    i % 5 == 0 ? 0 : random.nextInt(65_536), i % 7 == 0 ? 65_535 : random.nextInt(65_536), i % 256,
                    randomCount(random, i), randomCount(random, i + 1), (i * 37) % 256));
        }
        return flows;
    }

    private static IpAddress randomAddress(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> IpAddress.ofV4(random.nextInt());
            case 1 -> IpAddress.of(0x2001_0db8_0000_0000L | random.nextInt(1 << 16), random.nextLong());
            case 2 -> IpAddress.of(random.nextLong(), random.nextLong());
            default -> IpAddress.of(0, random.nextInt(3)); // ::, ::1, ::2
        };
    }

    private static long randomCount(Random random, int i) {
        return switch (i % 4) {
            case 0 -> random.nextInt(2_000);
            case 1 -> Integer.MAX_VALUE + (long) random.nextInt(1_000); // just past what an int column holds
            case 2 -> random.nextLong(Long.MAX_VALUE);
            default -> i % 8 == 3 ? Long.MAX_VALUE : 0;
        };
    }

    public static FlowStore storeOf(List<FlowRecord> flows, int segmentSize) {
        FlowStore store = new FlowStore(segmentSize);
        flows.forEach(store::accept);
        return store;
    }

    public static List<FlowRecord> rows(FlowSnapshot snapshot) {
        List<FlowRecord> rows = new ArrayList<>();
        for (long row = 0; row < snapshot.size(); row++) {
            rows.add(snapshot.read(row, new FlowRecord()));
        }
        return rows;
    }

    /** Compares flow by flow and field by field, so that a failure says which field of which flow. */
    public static void assertSameFlows(List<FlowRecord> expected, List<FlowRecord> actual) {
        assertEquals(expected.size(), actual.size(), "number of flows");
        for (int i = 0; i < expected.size(); i++) {
            FlowRecord e = expected.get(i);
            FlowRecord a = actual.get(i);
            String at = "flow " + i + " (" + e + ")";
            assertEquals(e.startMicros, a.startMicros, at + ": start");
            assertEquals(e.endMicros, a.endMicros, at + ": end");
            assertEquals(e.source(), a.source(), at + ": source");
            assertEquals(e.destination(), a.destination(), at + ": destination");
            assertEquals(e.sourcePort, a.sourcePort, at + ": source port");
            assertEquals(e.destinationPort, a.destinationPort, at + ": destination port");
            assertEquals(e.protocol, a.protocol, at + ": protocol");
            assertEquals(e.bytes, a.bytes, at + ": bytes");
            assertEquals(e.packets, a.packets, at + ": packets");
            assertEquals(e.tcpFlags, a.tcpFlags, at + ": TCP flags");
        }
    }

    /** Keeps a copy of every flow. */
    public static final class ListSink implements FlowSink {
        public final List<FlowRecord> flows = new ArrayList<>();

        @Override
        public void accept(FlowRecord flow) {
            flows.add(new FlowRecord().copyFrom(flow));
        }
    }

    public static Path writeText(Path dir, String name, String text) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path gzip(Path source, Path target) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            Files.copy(source, out);
        }
        return target;
    }

    public static byte[] gzip(byte[] content) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }
}
