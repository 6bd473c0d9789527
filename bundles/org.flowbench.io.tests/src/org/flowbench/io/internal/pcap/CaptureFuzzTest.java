package org.flowbench.io.internal.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.flowbench.io.ReadReport;
import org.flowbench.model.FlowDataException;
import org.flowbench.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated captures, 100,000 per format: bit flips, overwritten bytes, truncation, inserted and
 * deleted bytes, and the length, count and version fields set to extremes (0, 1, the largest
 * values, off by a few). Every input must end, within a time bound, in data or in the reader's own
 * {@link FlowDataException}: never another exception, a hang or an OutOfMemoryError. Every flow it
 * gives must be one the store accepts. Deterministic: the seed of each input is reported on failure.
 */
class CaptureFuzzTest {

    private static final int INPUTS_PER_FORMAT = 100_000;
    /** Far beyond the few microseconds one input takes: only a hang reaches it. */
    static final long BOUND_SECONDS = 20;
    /** Every so many inputs also go through a file, to test the channel input too. */
    private static final int THROUGH_A_FILE_EVERY = 97;
    private static final long[] EXTREMES = { 0, 1, 2, 3, 4, 11, 12, 13, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0xFFFF, 0x7FFF_FFFFL, 0x8000_0000L,
            0xFFFF_FFFFL, 0xFFFF_FFFEL, 262_144, 262_145, 16 << 20 };

    @TempDir
    Path dir;

    @Test
    void pcap() throws Exception {
        fuzz(new PcapReader(), FuzzSeeds.pcap(), 1);
    }

    @Test
    void pcapng() throws Exception {
        fuzz(new PcapngReader(), FuzzSeeds.pcapng(), 2);
    }

    private void fuzz(CaptureReader reader, List<FuzzSeeds.Seed> seeds, long baseSeed) throws Exception {
        // the seeds themselves are good
        for (FuzzSeeds.Seed s : seeds) {
            ReadReport r = Reading.stream(reader, s.bytes()).report();
            assertEquals(List.of(), r.problems(), s.name());
            assertTrue(r.flowsRead() > 0, s.name());
        }
        long[] outcomes = new long[2]; // data, reader's error
        Path file = dir.resolve("fuzz.cap");
        FlowRecordFuzzTest.run(seeds, baseSeed, INPUTS_PER_FORMAT, (bytes, i) -> {
            try {
                long[] flows = { 0 };
                ReadReport report;
                if (i % THROUGH_A_FILE_EVERY == 0) {
                    Files.write(file, bytes);
                    report = reader.read(file, f -> check(f, flows), Progress.NONE);
                } else {
                    report = reader.read(new ByteArrayInputStream(bytes), "fuzz", f -> check(f, flows), Progress.NONE);
                }
                assertEquals(flows[0], report.flowsRead());
                outcomes[0]++;
            } catch (FlowDataException e) {
                if (e.getClass() != FlowDataException.class || !e.place().matches("byte \\d+")) {
                    throw new AssertionError("not the reader's own error: " + e, e);
                }
                outcomes[1]++;
            }
        });
        System.out.printf("%s fuzz: %d inputs, %d read (all or in part), %d ended in the reader's FlowDataException%n", reader.id(),
                INPUTS_PER_FORMAT, outcomes[0], outcomes[1]);
        assertEquals(INPUTS_PER_FORMAT, outcomes[0] + outcomes[1]);
        // the mutations must reach both outcomes often, or they test little
        assertTrue(outcomes[0] > INPUTS_PER_FORMAT / 10 && outcomes[1] > INPUTS_PER_FORMAT / 20, Arrays.toString(outcomes));
    }

    private static void check(org.flowbench.model.FlowRecord f, long[] flows) {
        String problem = f.problem();
        if (problem != null) {
            throw new AssertionError("a flow the store refuses: " + problem + ": " + f);
        }
        flows[0]++;
    }

    /** Waits for the run; a TimeoutException when one input takes longer than the bound. */
    static void waitWithBound(Future<?> run, AtomicLong current) throws Exception {
        long seen = -2;
        long since = System.nanoTime();
        while (true) {
            try {
                run.get(1, TimeUnit.SECONDS);
                return;
            } catch (TimeoutException e) {
                long now = current.get();
                if (now != seen) {
                    seen = now;
                    since = System.nanoTime();
                } else if (System.nanoTime() - since > TimeUnit.SECONDS.toNanos(BOUND_SECONDS)) {
                    throw e;
                }
            }
        }
    }

    static byte[] mutate(FuzzSeeds.Seed seed, Random random) {
        byte[] b = seed.bytes().clone();
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            switch (random.nextInt(7)) {
                case 0 -> { // bit flips
                    for (int k = 1 + random.nextInt(8); k > 0 && b.length > 0; k--) {
                        b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> { // bytes overwritten
                    for (int k = 1 + random.nextInt(4); k > 0 && b.length > 0; k--) {
                        b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                    }
                }
                case 2 -> b = Arrays.copyOf(b, random.nextInt(b.length + 1)); // cut short
                case 3, 4 -> b = extreme(b, seed, random); // a length or count field set to an extreme
                case 5 -> { // bytes inserted
                    int at = random.nextInt(b.length + 1);
                    byte[] extra = new byte[1 + random.nextInt(16)];
                    random.nextBytes(extra);
                    b = Bytes.concat(Arrays.copyOf(b, at), extra, Arrays.copyOfRange(b, at, b.length));
                }
                default -> { // bytes deleted
                    if (b.length > 1) {
                        int at = random.nextInt(b.length);
                        int n = 1 + random.nextInt(Math.min(32, b.length - at));
                        b = Bytes.concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, at + n, b.length));
                    }
                }
            }
        }
        return b;
    }

    private static byte[] extreme(byte[] b, FuzzSeeds.Seed seed, Random random) {
        int[] field = seed.fields().get(random.nextInt(seed.fields().size()));
        int at = field[0];
        int width = field[1];
        if (at + width > b.length) {
            return b;
        }
        ByteBuffer buffer = ByteBuffer.wrap(b).order(random.nextBoolean() ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        long value = random.nextInt(4) == 0 ? (width == 2 ? buffer.getShort(at) : buffer.getInt(at)) + random.nextInt(9) - 4
                : EXTREMES[random.nextInt(EXTREMES.length)];
        if (width == 2) {
            buffer.putShort(at, (short) value);
        } else {
            buffer.putInt(at, (int) value);
        }
        return b;
    }
}
