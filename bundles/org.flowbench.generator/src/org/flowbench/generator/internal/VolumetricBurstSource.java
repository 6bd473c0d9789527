package org.flowbench.generator.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.flowbench.generator.AnomalyKind;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.IpAddress;
import org.flowbench.model.Protocols;
import org.flowbench.model.TimeRange;

/**
 * An NTP reflection flood: many public hosts send {@value #PACKET_BYTES}-byte UDP packets from port
 * 123 to one internal server for the whole window. Each reflector sends at a steady rate from a
 * random moment in the first minute on, to one random port of the target, and the exporter cuts its
 * traffic into one flow per minute (a 60 s active timeout).
 * <p>
 * The flood is sized to stand out: {@value #FACTOR} times the bytes the scenario is expected to start
 * in its busiest minute, and at least {@value #MIN_BYTES_PER_MINUTE} bytes a minute, eight times the
 * largest single scenario flow, so that no minute of the scenario's own traffic comes near. The
 * number of reflectors grows with the flood so that each sends about
 * {@value #BYTES_PER_REFLECTOR_MINUTE} bytes a minute, between {@value #MIN_REFLECTORS} and
 * {@value #MAX_REFLECTORS} of them.
 */
final class VolumetricBurstSource extends AnomalySource {

    static final double FACTOR = 20;
    static final long MIN_BYTES_PER_MINUTE = 8 * OfficeDaySource.MAX_FLOW_BYTES;
    static final long BYTES_PER_REFLECTOR_MINUTE = 64L << 20;
    static final int MIN_REFLECTORS = 64;
    static final int MAX_REFLECTORS = 4096;
    static final int PACKET_BYTES = 468;
    static final int NTP_PORT = 123;
    static final long MINUTE = 60_000_000L;

    private final SplittableRandom random;
    private final int target;
    private final int[] reflectors;
    private final int[] targetPorts;
    /** Each reflector's first start after the window opens, ascending; {@link #order} says whose. */
    private final long[] offsets;
    private final int[] order;
    private final double bytesPerReflectorMinute;
    private final long flows;
    private long slot; // the minute of the window being emitted
    private int position; // the reflector within the minute, in the order of offsets

    VolumetricBurstSource(TimeRange window, HostPlan hosts, SplittableRandom random, double busiestMinuteBytes) {
        super(window);
        this.random = random;
        target = hosts.internalServer(random);
        double perMinute = Math.max(FACTOR * busiestMinuteBytes, MIN_BYTES_PER_MINUTE);
        int count = (int) Math.min(MAX_REFLECTORS, Math.max(MIN_REFLECTORS, Math.ceil(perMinute / BYTES_PER_REFLECTOR_MINUTE)));
        bytesPerReflectorMinute = perMinute / count;
        reflectors = new int[count];
        targetPorts = new int[count];
        Set<Integer> taken = new HashSet<>(); // asked only, never iterated
        long[] keyed = new long[count];
        for (int k = 0; k < count; k++) {
            int a;
            do {
                a = hosts.unusedExternal(random);
            } while (!taken.add(a) || a == target);
            reflectors[k] = a;
            targetPorts[k] = Ports.ephemeral(random);
            keyed[k] = random.nextLong(MINUTE) << 12 | k; // sorts by offset, then by reflector
        }
        Arrays.sort(keyed);
        offsets = new long[count];
        order = new int[count];
        long total = 0;
        for (int i = 0; i < count; i++) {
            offsets[i] = keyed[i] >>> 12;
            order[i] = (int) (keyed[i] & 0xFFF);
            // a reflector starting at offset o sends in minutes o, o + 1 min, ... while inside the window
            total += (window.lengthMicros() - offsets[i] + MINUTE - 1) / MINUTE;
        }
        flows = total;
    }

    @Override
    AnomalyKind kind() {
        return AnomalyKind.VOLUMETRIC_BURST;
    }

    @Override
    long plannedFlows() {
        return flows;
    }

    @Override
    List<IpAddress> sources() {
        return Arrays.stream(reflectors).mapToObj(IpAddress::ofV4).toList();
    }

    @Override
    List<IpAddress> destinations() {
        return List.of(IpAddress.ofV4(target));
    }

    @Override
    long startOf(long index) {
        // minute by minute, reflectors in the order of their offsets; the last minute is cut by the window's end
        long start = window.startMicros() + slot * MINUTE + offsets[position];
        if (start >= window.endMicros()) {
            slot++;
            position = 0;
            start = window.startMicros() + slot * MINUTE + offsets[0];
        }
        return start;
    }

    @Override
    void make(long index, FlowRecord f) {
        int k = order[position];
        f.endMicros = Math.min(f.startMicros + MINUTE, window.endMicros());
        double share = (double) (f.endMicros - f.startMicros) / MINUTE;
        double bytes = bytesPerReflectorMinute * share * (0.85 + 0.3 * random.nextDouble());
        f.packets = Math.max(1, Math.round(bytes / PACKET_BYTES));
        f.bytes = f.packets * PACKET_BYTES;
        f.sourceV4(reflectors[k]);
        f.destinationV4(target);
        f.protocol = Protocols.UDP;
        f.sourcePort = NTP_PORT;
        f.destinationPort = targetPorts[k];
        if (++position == order.length) {
            slot++;
            position = 0;
        }
    }

    @Override
    String describe(long flowCount, long bytes) {
        return reflectors.length + " hosts flooded " + Ipv4.format(target) + " with " + Amounts.bytes(bytes)
                + " of NTP replies (UDP from port 123) in " + flowCount + " flows over " + Amounts.duration(window);
    }
}
