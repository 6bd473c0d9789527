package org.flowbench.generator.tests;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import org.flowbench.generator.GeneratorSettings;
import org.flowbench.generator.GroundTruth;
import org.flowbench.generator.TrafficGenerator;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.FlowSink;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.FlowStore;
import org.flowbench.model.IpAddress;
import org.flowbench.model.Progress;

/** Helpers the generator tests share: running the generator and reading what it made. */
final class Flows {

    private Flows() {
    }

    /** The generated flows in a store, with the ground truth. */
    record Run(FlowStore store, GroundTruth truth) {

        FlowSnapshot snapshot() {
            return store.snapshot();
        }

        /** Visits every flow in order, through one reused record. */
        void forEach(Consumer<FlowRecord> action) {
            Flows.forEach(store.snapshot(), action);
        }
    }

    static Run generate(GeneratorSettings settings) {
        FlowStore store = new FlowStore();
        GroundTruth truth = TrafficGenerator.generate(settings, store, Progress.NONE);
        return new Run(store, truth);
    }

    static void forEach(FlowSnapshot snapshot, Consumer<FlowRecord> action) {
        FlowRecord r = new FlowRecord();
        for (long i = 0; i < snapshot.size(); i++) {
            action.accept(snapshot.read(i, r));
        }
    }

    /** @return copies of every flow, in order */
    static List<FlowRecord> list(GeneratorSettings settings) {
        List<FlowRecord> all = new ArrayList<>();
        TrafficGenerator.generate(settings, f -> all.add(new FlowRecord().copyFrom(f)), Progress.NONE);
        return all;
    }

    /** A sink that hashes every field of every flow, in order, and keeps nothing else. */
    static final class DigestSink implements FlowSink {

        private final MessageDigest digest;
        private final ByteBuffer buffer = ByteBuffer.allocate(8 * 12);
        long count;

        DigestSink() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public void accept(FlowRecord f) {
            buffer.clear();
            buffer.putLong(f.startMicros).putLong(f.endMicros).putLong(f.sourceHigh).putLong(f.sourceLow)
                    .putLong(f.destinationHigh).putLong(f.destinationLow).putLong(f.sourcePort)
                    .putLong(f.destinationPort).putLong(f.protocol).putLong(f.tcpFlags).putLong(f.bytes)
                    .putLong(f.packets);
            digest.update(buffer.array());
            count++;
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    static String digest(GeneratorSettings settings) {
        DigestSink sink = new DigestSink();
        TrafficGenerator.generate(settings, sink, Progress.NONE);
        return sink.count + ":" + sink.hex();
    }

    static boolean isV4(FlowRecord f, boolean source) {
        return source ? IpAddress.isV4(f.sourceHigh, f.sourceLow) : IpAddress.isV4(f.destinationHigh, f.destinationLow);
    }

    /** @return the IPv4 address as an int; only for IPv4 */
    static int v4(long low) {
        return (int) low;
    }

    /** @return the IPv4 address in dotted form as an int */
    static int v4(String dotted) {
        return IpAddress.parse(dotted).v4();
    }

    /** @return whether the IPv4 address {@code a} lies in {@code network/length} */
    static boolean in(int a, int network, int length) {
        int mask = length == 0 ? 0 : -1 << (32 - length);
        return (a & mask) == network;
    }

    /** Least-squares slope of log(count) over log(rank) for ranks 1..ranks of counts sorted in descending order. */
    static double logLogSlope(long[] descendingCounts, int ranks) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int r = 1; r <= ranks; r++) {
            double x = Math.log(r);
            double y = Math.log(descendingCounts[r - 1]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (ranks * sxy - sx * sy) / (ranks * sxx - sx * sx);
    }
}
