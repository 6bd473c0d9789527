package org.flowbench.benchmark;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.GeneratorSettings;
import org.flowbench.generator.TrafficGenerator;
import org.flowbench.io.internal.netflow.ExportEncoder;
import org.flowbench.io.internal.pcap.ExportCaptureReader;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSink;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.FlowStore;
import org.flowbench.model.IpAddress;
import org.flowbench.model.Progress;

/**
 * The flow export side of releng/scripts/flow-benchmark.sh.
 * <ul>
 * <li>{@code write}: generated flows as NetFlow v9 or IPFIX datagrams into a pcap file, and the
 * same datagrams optionally sent to a collector (nfcapd) at a rate, so both tools get the same
 * flows; prints the ground truth (flows, bytes, top 10 sources by bytes).</li>
 * <li>{@code read}: decoding that file in one process, no start-up: datagrams to flows aggregated
 * by source on one core, and into a flow store as {@code flowbench analyze} does (fastest of 3).</li>
 * </ul>
 */
public final class ExportBenchmark {

    private static final int RUNS = 3;

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("write")) {
            write(args);
        } else if (args.length == 2 && args[0].equals("read")) {
            read(Path.of(args[1]));
        } else {
            System.err.println("usage: ExportBenchmark write VERSION FLOWS FILE.pcap [HOST:PORT RATE] | read FILE.pcap");
            System.exit(2);
        }
    }

    private static void write(String[] args) throws Exception {
        int version = Integer.parseInt(args[1]);
        long total = Long.parseLong(args[2]);
        Path out = Path.of(args[3]);
        InetSocketAddress target = args.length > 4 ? new InetSocketAddress(InetAddress.getByName(args[4].split(":")[0]),
                Integer.parseInt(args[4].split(":")[1])) : null;
        long rate = args.length > 5 ? Long.parseLong(args[5]) : 0;
        FlowStore distinct = new FlowStore();
        Instant start = Instant.parse("2026-01-05T00:00:00Z");
        // the default scenario: Zipf-skewed hosts as in real traffic (and ../shared/bench/peers/gen_pcap.py)
        TrafficGenerator.generate(new GeneratorSettings(GeneratorSettings.DEFAULT_SCENARIO, Math.min(total, 2_000_000), 1, start, Duration.ofHours(24),
                EnumSet.noneOf(AnomalyKind.class)), distinct, Progress.NONE);
        FlowSnapshot source = distinct.snapshot();
        ExportEncoder encoder = new ExportEncoder(version, 1, 1400, start.toEpochMilli() - 3_600_000L);
        Map<IpAddress, long[]> bySource = new HashMap<>();
        FlowRecord f = new FlowRecord();
        long bytes = 0;
        long datagrams = 0;
        ByteBuffer record = ByteBuffer.allocate(16 + 14 + 20 + 8 + 65_536).order(ByteOrder.LITTLE_ENDIAN);
        long t0 = System.nanoTime();
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20);
                DatagramChannel channel = target == null ? null : DatagramChannel.open()) {
            if (channel != null) {
                channel.setOption(java.net.StandardSocketOptions.SO_SNDBUF, 8 << 20);
                channel.connect(target);
            }
            ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
            header.putInt(0xA1B2C3D4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65_535).putInt(1);
            file.write(header.array());
            for (long i = 0; i <= total; i++) {
                boolean last = i == total;
                boolean full;
                if (last) {
                    full = encoder.flush();
                } else {
                    source.read(i % source.size(), f);
                    // times move on with the copy, so that repeated flows are new flows of a later day
                    long shift = (i / source.size()) * 86_400_000_000L;
                    f.startMicros += shift;
                    f.endMicros += shift;
                    bytes += f.bytes;
                    bySource.computeIfAbsent(f.source(), k -> new long[1])[0] += f.bytes;
                    full = encoder.add(f, f.endMicros / 1000 + 1000);
                }
                if (full) {
                    ByteBuffer d = encoder.datagram();
                    frame(record, d, f.endMicros);
                    file.write(record.array(), 0, record.limit());
                    datagrams++;
                    if (channel != null) {
                        channel.write(d);
                        d.position(0);
                        if (rate > 0) {
                            long due = t0 + (long) (i * 1e9 / rate);
                            long ahead = due - System.nanoTime();
                            if (ahead > 200_000) {
                                LockSupport.parkNanos(ahead);
                            }
                        }
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<Map.Entry<IpAddress, long[]>> top = new ArrayList<>(bySource.entrySet());
        top.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Long.compare(b.getValue()[0], a.getValue()[0])
                : a.getKey().toString().compareTo(b.getKey().toString()));
        System.out.printf(Locale.ROOT, "written flows=%d bytes=%d datagrams=%d file_bytes=%d seconds=%.1f%n", total, bytes, datagrams,
                Files.size(out), seconds);
        for (int k = 0; k < Math.min(10, top.size()); k++) {
            System.out.println("top " + top.get(k).getKey() + " " + top.get(k).getValue()[0]);
        }
    }

    /** A pcap record: Ethernet, IPv4 from 192.0.2.1 to 192.0.2.9, UDP 50000 to 2055, the datagram. */
    private static void frame(ByteBuffer r, ByteBuffer datagram, long micros) {
        int payload = datagram.limit();
        int frame = 14 + 20 + 8 + payload;
        r.clear();
        r.order(ByteOrder.LITTLE_ENDIAN).putInt((int) (micros / 1_000_000)).putInt((int) (micros % 1_000_000)).putInt(frame).putInt(frame);
        r.order(ByteOrder.BIG_ENDIAN).putLong(0x0200_0000_0001_0200L).putInt(0x0000_0002).putShort((short) 0x0800);
        r.put((byte) 0x45).put((byte) 0).putShort((short) (20 + 8 + payload)).putInt(0).put((byte) 64).put((byte) 17).putShort((short) 0)
                .putInt(0xC000_0201).putInt(0xC000_0209);
        r.putShort((short) 50_000).putShort((short) 2055).putShort((short) (8 + payload)).putShort((short) 0);
        r.put(datagram.duplicate().position(0));
        r.flip();
    }

    /**
     * Bytes by source in an open-addressing table of one long array, each slot the address's two
     * halves and its bytes side by side, so a flow costs one cache line: what "top talkers" needs,
     * nothing allocated per flow. The address :: (all zero) marks an empty slot and is kept apart.
     */
    private static final class BySource implements FlowSink {
        long[] slots = new long[3 << 16];
        int size;
        long flows;
        long zeroBytes;
        boolean zeroSeen;

        @Override
        public void accept(FlowRecord f) {
            flows++;
            long high = f.sourceHigh;
            long low = f.sourceLow;
            if ((high | low) == 0) {
                zeroSeen = true;
                zeroBytes += f.bytes;
                return;
            }
            long[] t = slots;
            int mask = t.length / 3 - 1;
            int i = (int) (((low ^ high) * 0x9E37_79B9_7F4A_7C15L) >>> 40) & mask;
            while (true) {
                int at = i * 3;
                long h = t[at];
                long l = t[at + 1];
                if (h == high && l == low) {
                    t[at + 2] += f.bytes;
                    return;
                }
                if ((h | l) == 0) {
                    t[at] = high;
                    t[at + 1] = low;
                    t[at + 2] = f.bytes;
                    if (++size * 2 > mask + 1) {
                        grow();
                    }
                    return;
                }
                i = (i + 1) & mask;
            }
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            int mask = slots.length / 3 - 1;
            for (int k = 0; k < old.length; k += 3) {
                if ((old[k] | old[k + 1]) != 0) {
                    int i = (int) (((old[k + 1] ^ old[k]) * 0x9E37_79B9_7F4A_7C15L) >>> 40) & mask;
                    while ((slots[i * 3] | slots[i * 3 + 1]) != 0) {
                        i = (i + 1) & mask;
                    }
                    System.arraycopy(old, k, slots, i * 3, 3);
                }
            }
        }

        String top(int n) {
            List<long[]> rows = new ArrayList<>();
            for (int k = 0; k < slots.length; k += 3) {
                if ((slots[k] | slots[k + 1]) != 0) {
                    rows.add(new long[] { slots[k], slots[k + 1], slots[k + 2] });
                }
            }
            if (zeroSeen) {
                rows.add(new long[] { 0, 0, zeroBytes });
            }
            rows.sort((a, b) -> a[2] != b[2] ? Long.compare(b[2], a[2])
                    : IpAddress.of(a[0], a[1]).toString().compareTo(IpAddress.of(b[0], b[1]).toString()));
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < Math.min(n, rows.size()); k++) {
                long[] r = rows.get(k);
                sb.append("top ").append(IpAddress.of(r[0], r[1])).append(' ').append(r[2]).append('\n');
            }
            return sb.toString();
        }
    }

    private static void read(Path file) throws Exception {
        ExportCaptureReader reader = new ExportCaptureReader();
        long size = Files.size(file);
        double best = Double.MAX_VALUE;
        BySource result = null;
        for (int i = 0; i <= RUNS; i++) {
            System.gc();
            BySource agg = new BySource();
            long t0 = System.nanoTime();
            reader.read(file, agg, Progress.NONE, false);
            double s = (System.nanoTime() - t0) / 1e9;
            if (i > 0 && s < best) {
                best = s;
                result = agg;
            }
        }
        System.out.printf(Locale.ROOT, "decode-aggregate-one-core wall_s=%.3f flows=%d mflows_per_s=%.1f mbps=%.0f%n", best, result.flows,
                result.flows / best / 1e6, size / best / 1e6);
        double bestStore = Double.MAX_VALUE;
        long stored = 0;
        for (int i = 0; i <= RUNS; i++) {
            System.gc();
            FlowStore store = new FlowStore();
            long t0 = System.nanoTime();
            reader.read(file, store, Progress.NONE, true);
            double s = (System.nanoTime() - t0) / 1e9;
            if (i > 0 && s < bestStore) {
                bestStore = s;
                stored = store.size();
            }
        }
        System.out.printf(Locale.ROOT, "decode-into-store-two-threads wall_s=%.3f flows=%d mflows_per_s=%.1f%n", bestStore, stored,
                stored / bestStore / 1e6);
        System.out.print(result.top(10));
    }
}
