package org.flowbench.io.internal.pcap;

import static org.flowbench.io.internal.pcap.Frames.ethernet;
import static org.flowbench.io.internal.pcap.Frames.ipv4;
import static org.flowbench.io.internal.pcap.Frames.udp;
import static org.flowbench.io.internal.pcap.Frames.v4;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

import org.flowbench.io.ReadReport;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large file is parsed on a second thread while the calling thread fills the sink: the flows,
 * their order and the report are those of reading on one thread; progress, cancellation, a failing
 * sink and damage behave the same; the sink is only ever called on the calling thread.
 */
class SecondThreadTest {

    @TempDir
    static Path dir;
    private static Path large;
    private static long frames;

    /** Random traffic over 200 seconds, larger than {@link CaptureReader#PARALLEL_FROM_BYTES}. */
    @BeforeAll
    static void writeALargeCapture() throws IOException {
        large = dir.resolve("large.pcap");
        Random random = new Random(5);
        long seconds = 1_767_600_000L;
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(large), 1 << 20)) {
            out.write(PcapFile.ethernet().toArray());
            long written = 24;
            while (written < CaptureReader.PARALLEL_FROM_BYTES + (4 << 20)) {
                seconds += random.nextInt(50) == 0 ? 1 : 0;
                byte[] frame = ethernet(0x0800, ipv4(v4(10, 0, random.nextInt(8), random.nextInt(200)), v4(10, 1, 0, random.nextInt(50)), 17,
                        udp(1000 + random.nextInt(20), 53, new byte[random.nextInt(64)])));
                byte[] record = new Bytes(ByteOrder.LITTLE_ENDIAN).u32(seconds).u32(random.nextInt(1_000_000)).u32(frame.length)
                        .u32(frame.length + random.nextInt(1000)).bytes(frame).toArray();
                out.write(record);
                written += record.length;
                frames++;
            }
        }
    }

    private static List<FlowRecord> read(boolean secondThread, ReadReport[] report) throws IOException {
        List<FlowRecord> flows = new ArrayList<>();
        Thread caller = Thread.currentThread();
        report[0] = new PcapReader().read(large, f -> {
            if (Thread.currentThread() != caller) {
                throw new AssertionError("the sink was called on " + Thread.currentThread().getName());
            }
            flows.add(new FlowRecord().copyFrom(f));
        }, Progress.NONE, secondThread);
        return flows;
    }

    @Test
    void bothWaysGiveTheSameFlowsInTheSameOrder() throws IOException {
        ReadReport[] alone = new ReadReport[1];
        ReadReport[] paired = new ReadReport[1];
        List<FlowRecord> a = read(false, alone);
        List<FlowRecord> b = read(true, paired);
        assertEquals(frames, alone[0].counter(PacketFlows.FRAMES));
        assertTrue(a.size() > 10_000, "flows " + a.size());
        assertEquals(a, b);
        assertEquals(alone[0], paired[0]);
    }

    @Test
    void progressIsReportedOnTheCallingThreadUpToTheFileSize() throws IOException {
        AtomicLong worked = new AtomicLong();
        AtomicLong total = new AtomicLong();
        Thread caller = Thread.currentThread();
        new PcapReader().read(large, f -> { }, new Progress() {
            @Override
            public void begin(String task, long totalWork) {
                total.set(totalWork);
            }

            @Override
            public void worked(long work) {
                assertEquals(caller, Thread.currentThread());
                worked.addAndGet(work);
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        }, true);
        assertEquals(Files.size(large), total.get());
        assertEquals(Files.size(large), worked.get());
    }

    @Test
    void cancellationAndAFailingSinkStopBothThreads() throws Exception {
        Progress canceledSoon = new Progress() {
            private int asked;

            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long work) {
            }

            @Override
            public boolean isCanceled() {
                return ++asked > 2;
            }
        };
        assertThrows(CancellationException.class, () -> new PcapReader().read(large, f -> { }, canceledSoon, true));
        long[] taken = { 0 };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new PcapReader().read(large, f -> {
            if (++taken[0] == 50_000) {
                throw new IllegalStateException("sink full");
            }
        }, Progress.NONE, true));
        assertEquals("sink full", e.getMessage());
        // the parser threads end
        for (int i = 0; i < 50 && parserThreads() > 0; i++) {
            Thread.sleep(100);
        }
        assertEquals(0, parserThreads());
    }

    private static long parserThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("flowbench capture parser")).count();
    }

    @Test
    void damageFoundOnTheSecondThreadKeepsWhatCameBefore() throws IOException {
        Path cut = dir.resolve("cut.pcap");
        byte[] all = Files.readAllBytes(large);
        Files.write(cut, java.util.Arrays.copyOf(all, all.length - 7));
        ReadReport report = new PcapReader().read(cut, f -> { }, Progress.NONE, true);
        assertEquals(frames - 1, report.counter(PacketFlows.FRAMES));
        assertTrue(report.problems().get(0).problem().startsWith("the file ends in the middle of a packet"));
    }
}
