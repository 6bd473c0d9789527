package org.flowbench.io.internal.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.flowbench.io.FlowReader;
import org.flowbench.io.ReadReport;
import org.flowbench.io.internal.ZeekJsonReader;
import org.flowbench.io.internal.ZeekTsvReader;
import org.flowbench.io.internal.netflow.ExportDecoder;
import org.flowbench.io.internal.netflow.ExportEncoder;
import org.flowbench.model.FlowDataException;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSink;
import org.flowbench.model.IpAddress;
import org.flowbench.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flow record formats fuzzed as {@link CaptureFuzzTest} fuzzes captures, with its mutations,
 * 100,000 inputs each: export datagrams of NetFlow v5, v9 and IPFIX given to one long-lived
 * decoder as the collector would (never an exception, its memory within its caps), captures of
 * export datagrams, and Zeek conn.log in TSV and JSON (data, or the reader's own
 * {@link FlowDataException} naming the place). Every flow must be one the store accepts.
 */
class FlowRecordFuzzTest {

    private static final int INPUTS_PER_FORMAT = 100_000;
    private static final long T = 1_767_600_000L;

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ seeds

    private static byte[] v5() {
        Bytes b = Bytes.network().u16(5).u16(2).u32(100_000).u32(T).u32(0).u32(1).u16(0x0102).u16(0);
        for (int i = 0; i < 2; i++) {
            b.u32(0x0A000001 + i).u32(0x0A000100).u32(0).u16(1).u16(2).u32(3).u32(1500).u32(40_000).u32(99_000).u16(1234).u16(80).u8(0)
                    .u8(0x1B).u8(6).u8(0).u16(0).u16(0).u8(24).u8(24).u16(0);
        }
        return b.toArray();
    }

    private static byte[] v9() {
        Bytes sets = Bytes.network()
                .u16(0).u16(4 + 4 + 6 * 4).u16(300).u16(6).u16(8).u16(4).u16(12).u16(4).u16(1).u16(4).u16(2).u16(4).u16(22).u16(4).u16(21).u16(4)
                .u16(1).u16(4 + 6 + 3 * 4 + 2).u16(301).u16(4).u16(8).u16(1).u16(4).u16(34).u16(4).u16(36).u16(4).u16(0)
                .u16(300).u16(4 + 2 * 24).u32(0x0A000001).u32(0x0A000002).u32(100).u32(2).u32(50_000).u32(59_000)
                .u32(0x0A000003).u32(0x0A000004).u32(200).u32(3).u32(51_000).u32(59_500)
                .u16(301).u16(4 + 12).u32(1).u32(100).u32(60);
        byte[] body = sets.toArray();
        return Bytes.network().u16(9).u16(5).u32(60_000).u32(T).u32(0).u32(42).bytes(body).toArray();
    }

    private static byte[] ipfix() {
        Bytes sets = Bytes.network()
                .u16(2).u16(4 + 4 + 5 * 4 + 4).u16(400).u16(5).u16(8).u16(4).u16(0x8000 | 100).u16(6).u32(9).u16(82).u16(65535).u16(1).u16(8)
                .u16(152).u16(8)
                .u16(3).u16(4 + 6 + 2 * 4 + 2).u16(401).u16(2).u16(1).u16(149).u16(4).u16(160).u16(8).u16(0)
                .u16(400).u16(4 + 4 + 6 + 4 + 8 + 8 + 4 + 6 + 3 + 300 + 8 + 8).u32(0xC0000201).zeros(6).u8(3).bytes("abc".getBytes(StandardCharsets.US_ASCII))
                .u64(5000).u64(T * 1000).u32(0xC0000202).zeros(6).u8(255).u16(300).zeros(300).u64(7000).u64(T * 1000)
                .u16(401).u16(4 + 12).u32(7).u64(T * 1000);
        byte[] body = sets.toArray();
        return Bytes.network().u16(10).u16(16 + body.length).u32(T).u32(0).u32(7).bytes(body).toArray();
    }

    private static byte[] encoded(int version) {
        ExportEncoder encoder = new ExportEncoder(version, 1, 400, T * 1000 - 5000);
        FlowRecord f = new FlowRecord();
        for (int i = 0; i < 6; i++) {
            f.clear();
            if (i % 3 == 2) {
                f.source(IpAddress.parse("2001:db8::" + i)).destination(IpAddress.parse("2001:db8::ff"));
            } else {
                f.sourceV4(0x0A000000 + i).destinationV4(0x0A0000FF);
            }
            f.bytes = 100 + i;
            f.packets = 1;
            f.startMicros = T * 1_000_000L;
            f.endMicros = f.startMicros + 1000;
            encoder.add(f, T * 1000);
        }
        encoder.flush();
        ByteBuffer d = encoder.datagram();
        byte[] b = new byte[d.limit()];
        d.get(0, b);
        return b;
    }

    /** The header's count and length fields and every set's id and length, as fields to set to extremes. */
    private static FuzzSeeds.Seed datagramSeed(String name, byte[] d) {
        List<int[]> fields = new ArrayList<>();
        fields.add(new int[] { 0, 2 });
        fields.add(new int[] { 2, 2 });
        ByteBuffer b = ByteBuffer.wrap(d);
        int version = b.getShort(0);
        if (version != 5) {
            for (int p = version == 9 ? 20 : 16; p + 4 <= d.length && b.getShort(p + 2) >= 4;) {
                fields.add(new int[] { p, 2 });
                fields.add(new int[] { p + 2, 2 });
                fields.add(new int[] { p + 6, 2 });
                p += b.getShort(p + 2) & 0xFFFF;
            }
        }
        return new FuzzSeeds.Seed(name, d, fields);
    }

    private static List<FuzzSeeds.Seed> captureSeeds() {
        PcapFile pcap = PcapFile.ethernet();
        int i = 0;
        for (byte[] d : List.of(v5(), v9(), ipfix(), encoded(9), encoded(10))) {
            byte[] frame = Frames.ethernet(0x0800, Frames.ipv4(Frames.v4(192, 0, 2, 1 + i % 2), Frames.v4(192, 0, 2, 9), 17,
                    Frames.udp(50_000, 2055 + i % 2, d)));
            pcap.packet(T + i, 0, frame);
            pcap.packet(T + i, 1, Frames.ethernet(0x0800, Frames.ipv4(Frames.v4(10, 0, 0, 1), Frames.v4(10, 0, 0, 2), 17,
                    Frames.udp(1234, 53, new byte[12]))));
            i++;
        }
        byte[] bytes = pcap.toArray();
        List<int[]> fields = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int p = 24; p + 16 <= bytes.length;) {
            int captured = b.getInt(p + 8);
            fields.add(new int[] { p + 8, 4 });
            fields.add(new int[] { p + 16 + 14 + 2, 2 }); // IP total length
            fields.add(new int[] { p + 16 + 14 + 20 + 4, 2 }); // UDP length
            fields.add(new int[] { p + 16 + 14 + 20 + 8 + 2, 2 }); // export count or length
            fields.add(new int[] { p + 16 + 14 + 20 + 8 + 22, 2 }); // a set length
            p += 16 + captured;
        }
        return List.of(new FuzzSeeds.Seed("export capture", bytes, fields));
    }

    private static FuzzSeeds.Seed textSeed(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<int[]> fields = new ArrayList<>();
        for (int p = 0; p < bytes.length - 4; p += 37) {
            fields.add(new int[] { p, p % 2 == 0 ? 2 : 4 });
        }
        return new FuzzSeeds.Seed(name, bytes, fields);
    }

    private static final String TSV = """
            #separator \\x09
            #set_separator\t,
            #empty_field\t(empty)
            #unset_field\t-
            #path\tconn
            #fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tduration\torig_pkts\torig_ip_bytes\tresp_pkts\tresp_ip_bytes
            #types\ttime\tstring\taddr\tport\taddr\tport\tenum\tinterval\tcount\tcount\tcount\tcount
            1521911721.255387\tC1\t10.164.94.120\t39681\t10.47.3.155\t3389\ttcp\t0.004266\t10\t730\t6\t342
            1521911722.5\tC2\t2001:db8::1\t-\t2001:db8::2\t-\ticmp\t-\t1\t64\t0\t0
            1521911723\tC3\t10.0.0.1\t53\t10.0.0.2\t5353\tudp\t(empty)\t1\t76\t1\t90
            """;

    private static final String JSON = """
            {"ts":1517422326.539915,"uid":"C1","id.orig_h":"10.55.100.100","id.orig_p":61843,"id.resp_h":"205.204.101.182","id.resp_p":80,"proto":"tcp","duration":1.5,"orig_pkts":10,"orig_ip_bytes":1131,"resp_pkts":4,"resp_ip_bytes":508}
            {"ts":"2018-01-31T18:12:06.539915Z","id.orig_h":"10.0.0.1","id.resp_h":"10.0.0.2","proto":"udp","orig_ip_bytes":null}
            {"ts":1,"id.orig_h":"2001:db8::1","id.resp_h":"2001:db8::2","orig_pkts":3,"orig_ip_bytes":300,"duration":0.25}
            """;

    // ------------------------------------------------------------------ the runs

    @Test
    void netflowV5Datagrams() throws Exception {
        datagrams(List.of(datagramSeed("v5", v5())), 11);
    }

    @Test
    void netflowV9Datagrams() throws Exception {
        datagrams(List.of(datagramSeed("v9", v9()), datagramSeed("v9 encoded", encoded(9))), 12);
    }

    @Test
    void ipfixDatagrams() throws Exception {
        datagrams(List.of(datagramSeed("ipfix", ipfix()), datagramSeed("ipfix encoded", encoded(10))), 13);
    }

    @Test
    void exportCaptures() throws Exception {
        files(new ExportCaptureReader(), captureSeeds(), 14, "byte \\d+");
    }

    @Test
    void zeekTsv() throws Exception {
        files(new ZeekTsvReader(), List.of(textSeed("tsv", TSV)), 15, "line \\d+");
    }

    @Test
    void zeekJson() throws Exception {
        files(new ZeekJsonReader(), List.of(textSeed("json", JSON)), 16, "line \\d+");
    }

    /** One decoder for all inputs, as in the collector: what one datagram leaves behind meets the next. */
    private static void datagrams(List<FuzzSeeds.Seed> seeds, long baseSeed) throws Exception {
        long[] flows = { 0 };
        ExportDecoder decoder = new ExportDecoder(f -> check(f, flows), 5_000_000L);
        for (FuzzSeeds.Seed s : seeds) {
            assertEquals(null, decoder.decode(0, IpAddress.V4_MAPPED_PREFIX | 1, ByteBuffer.wrap(s.bytes()), 0, s.bytes().length,
                    T * 1_000_000L), s.name());
        }
        assertTrue(flows[0] > 0);
        long[] problems = { 0 };
        run(seeds, baseSeed, INPUTS_PER_FORMAT, (bytes, i) -> {
            // a few exporters and, as time passes, held sets expire
            String problem = decoder.decode(0, IpAddress.V4_MAPPED_PREFIX | (i % 5), ByteBuffer.wrap(bytes), 0, bytes.length,
                    (T + i / 1000) * 1_000_000L);
            if (problem != null) {
                problems[0]++;
            }
        });
        decoder.finish();
        System.out.printf("%s datagram fuzz: %d inputs, %d flows, %d with a problem, %d malformed, %d undecodable sets, %d templates%n",
                seeds.get(0).name(), INPUTS_PER_FORMAT, flows[0], problems[0], decoder.malformedDatagrams(), decoder.undecodableSets(),
                decoder.templates());
        assertTrue(problems[0] > INPUTS_PER_FORMAT / 20 && flows[0] > INPUTS_PER_FORMAT / 10, problems[0] + " problems, " + flows[0] + " flows");
        assertEquals(0, decoder.heldBytes());
    }

    private void files(FlowReader reader, List<FuzzSeeds.Seed> seeds, long baseSeed, String place) throws Exception {
        for (FuzzSeeds.Seed s : seeds) {
            ReadReport r = reader.read(new ByteArrayInputStream(s.bytes()), s.name(), f -> { }, Progress.NONE);
            assertEquals(List.of(), r.problems(), s.name());
            assertTrue(r.flowsRead() > 0, s.name());
        }
        long[] outcomes = new long[2];
        Path file = dir.resolve("fuzz.input");
        run(seeds, baseSeed, INPUTS_PER_FORMAT, (bytes, i) -> {
            long[] flows = { 0 };
            FlowSink sink = f -> check(f, flows);
            try {
                ReadReport report;
                if (i % 97 == 0 && reader instanceof CaptureReader capture) {
                    Files.write(file, bytes);
                    report = capture.read(file, sink, Progress.NONE);
                } else {
                    report = reader.read(new ByteArrayInputStream(bytes), "fuzz", sink, Progress.NONE);
                }
                assertEquals(flows[0], report.flowsRead());
                outcomes[0]++;
            } catch (FlowDataException e) {
                if (e.getClass() != FlowDataException.class || !e.place().matches(place)) {
                    throw new AssertionError("not the reader's own error: " + e, e);
                }
                outcomes[1]++;
            }
        });
        System.out.printf("%s fuzz: %d inputs, %d read (all or in part), %d ended in the reader's FlowDataException%n", reader.id(),
                INPUTS_PER_FORMAT, outcomes[0], outcomes[1]);
        assertEquals(INPUTS_PER_FORMAT, outcomes[0] + outcomes[1]);
        assertTrue(outcomes[0] > INPUTS_PER_FORMAT / 10, "too few inputs read");
    }

    interface Input {
        void accept(byte[] bytes, int index) throws Exception;
    }

    /** Mutated seeds, each input within the time bound of {@link CaptureFuzzTest}; the seed of a failing input is reported. */
    static void run(List<FuzzSeeds.Seed> seeds, long baseSeed, int inputs, Input input) throws Exception {
        AtomicLong current = new AtomicLong(-1);
        AtomicReference<byte[]> bytesNow = new AtomicReference<>(new byte[0]);
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "flow record fuzz");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?> run = worker.submit(() -> {
                for (int i = 0; i < inputs; i++) {
                    long seed = baseSeed * 1_000_003L + i;
                    Random random = new Random(seed);
                    FuzzSeeds.Seed s = seeds.get(random.nextInt(seeds.size()));
                    byte[] bytes = CaptureFuzzTest.mutate(s, random);
                    bytesNow.set(bytes);
                    current.set(seed);
                    try {
                        input.accept(bytes, i);
                    } catch (Throwable t) {
                        throw new AssertionError("input seed " + seed + " (" + s.name() + ", " + bytes.length + " bytes: "
                                + HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 400)) + "): " + t, t);
                    }
                }
                return null;
            });
            try {
                CaptureFuzzTest.waitWithBound(run, current);
            } catch (TimeoutException e) {
                fail("input seed " + current.get() + " did not end within " + CaptureFuzzTest.BOUND_SECONDS + " s: "
                        + HexFormat.of().formatHex(bytesNow.get(), 0, Math.min(bytesNow.get().length, 400)));
            }
        } finally {
            worker.shutdownNow();
        }
    }

    private static void check(FlowRecord f, long[] flows) {
        String problem = f.problem();
        if (problem != null) {
            throw new AssertionError("a flow the store refuses: " + problem + ": " + f);
        }
        flows[0]++;
    }
}
