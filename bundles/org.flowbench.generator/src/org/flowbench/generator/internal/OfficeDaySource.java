package org.flowbench.generator.internal;

import java.util.SplittableRandom;

import org.flowbench.model.FlowRecord;
import org.flowbench.model.Protocols;

/**
 * The flows of the office day in start order. Sessions start at the order statistics of the
 * diurnal curve; each session is a request flow from the initiator and a response flow back,
 * starting one round trip later, which waits in {@link PendingFlows} until its turn. With an odd
 * number of flows the last session goes unanswered.
 */
final class OfficeDaySource implements FlowSource {

    static final double IPV6_SHARE = 0.08;
    /** The largest flow: flows are capped here, as if a very long transfer were split by the exporter. */
    static final long MAX_FLOW_BYTES = 512L << 20;
    /** Flows last at most the exporter's active timeout, 5 minutes; such flows have no FIN. */
    static final long ACTIVE_TIMEOUT_MICROS = 300_000_000L;
    /** No flow is faster than 200 Mbit/s, so that large flows last long enough to carry their bytes. */
    static final double MAX_BYTES_PER_MICRO = 25.0;
    static final double RESET_SHARE = 0.03;
    static final int PING_BYTES = 84;

    private final OfficeNetwork network;
    private final OfficeServices services = new OfficeServices();
    private final SplittableRandom random;
    private final Gaussian gaussian;
    private final AscendingUniforms sessionTimes;
    private final DiurnalCurve.Clock clock;
    private final long lastMicros;
    private final long flows;
    private final long sessions;
    private final PendingFlows pending = new PendingFlows();
    private long emitted;
    private long sessionsMade;
    private long nextSessionStart;

    OfficeDaySource(OfficeNetwork network, DiurnalCurve curve, long startMicros, long lengthMicros, long flows,
            SplittableRandom random) {
        this.network = network;
        this.random = random;
        this.gaussian = new Gaussian(random);
        this.flows = flows;
        this.sessions = flows / 2 + flows % 2; // (flows + 1) / 2 without overflow
        this.sessionTimes = new AscendingUniforms(sessions, random);
        this.clock = curve.new Clock(startMicros, lengthMicros);
        this.lastMicros = startMicros + lengthMicros - 1;
        drawSessionStart();
    }

    private void drawSessionStart() {
        if (sessionTimes.hasNext()) {
            nextSessionStart = clock.timeAt(sessionTimes.next());
        }
    }

    private boolean sessionComesFirst() {
        return sessionsMade < sessions && (pending.isEmpty() || nextSessionStart < pending.earliestStart());
    }

    @Override
    public boolean hasNext() {
        return emitted < flows;
    }

    @Override
    public long nextStart() {
        return sessionComesFirst() ? nextSessionStart : pending.earliestStart();
    }

    @Override
    public void next(FlowRecord into) {
        if (emitted >= flows) {
            throw new IllegalStateException("all " + flows + " flows made");
        }
        if (sessionComesFirst()) {
            boolean answered = sessionsMade < sessions - 1 || flows % 2 == 0;
            makeSession(into, answered ? pending.obtain() : null);
            sessionsMade++;
            drawSessionStart();
        } else {
            pending.poll(into);
        }
        emitted++;
    }

    private void makeSession(FlowRecord request, FlowRecord response) {
        Service service = services.pick(random);
        int client = network.clients.sample(random);
        boolean external = service.externalShare >= 1.0
                || (service.externalShare > 0 && random.nextDouble() < service.externalShare);
        boolean v6 = external && service.ipv6 && random.nextDouble() < IPV6_SHARE;

        if (v6) {
            request.sourceHigh = network.clientV6High[client];
            request.sourceLow = network.clientV6Low[client];
        } else if (service.initiator == Service.Initiator.MAIL_SERVER) {
            request.sourceV4(OfficeNetwork.MAIL_SERVER);
        } else {
            request.sourceV4(network.clientV4[client]);
        }
        if (external) {
            int host = network.externals.sample(random);
            if (v6) {
                request.destinationHigh = network.externalV6High[host];
                request.destinationLow = network.externalV6Low[host];
            } else {
                request.destinationV4(network.externalV4[host]);
            }
        } else {
            request.destinationV4(service.role == null ? network.anyServer(random) : network.server(service.role, random));
        }
        request.protocol = service.protocol;
        request.startMicros = nextSessionStart;
        long rtt = external ? externalRoundTrip() : 200 + random.nextInt(1300);

        if (service.protocol == Protocols.ICMP) {
            ping(request, response, rtt);
            return;
        }
        boolean tcp = service.isTcp();
        int header = (tcp ? 40 : 28) + (v6 ? 20 : 0);
        request.sourcePort = Ports.ephemeral(random);
        request.destinationPort = service.port;
        long requestBytes = logNormal(service.requestLogMedian, service.requestSigma);
        long responseBytes = logNormal(service.responseLogMedian, service.responseSigma);
        if (service.isSinglePacket()) {
            requestBytes = Math.min(requestBytes, service.requestPacketBytes);
            responseBytes = Math.min(responseBytes, service.responsePacketBytes);
        }
        // a TCP request carries at least SYN, ACK and FIN, its response SYN-ACK and FIN
        request.packets = Math.max(tcp ? 3 : 1, ceilDiv(requestBytes, service.requestPacketBytes));
        request.bytes = Math.max(requestBytes, request.packets * header);
        long responsePackets = Math.max(tcp ? 2 : 1, ceilDiv(responseBytes, service.responsePacketBytes));
        responseBytes = Math.max(responseBytes, responsePackets * header);

        long duration = 0;
        if (!service.isSinglePacket()) {
            double d = StrictMath.exp(service.durationLogMedian + service.durationSigma * gaussian.next());
            d = Math.max(d, Math.max(request.bytes, responseBytes) / MAX_BYTES_PER_MICRO);
            duration = (long) Math.min(d, ACTIVE_TIMEOUT_MICROS);
        }
        request.endMicros = request.startMicros + duration;
        int flags = 0;
        if (tcp) {
            flags = duration >= ACTIVE_TIMEOUT_MICROS ? TcpFlags.OPEN
                    : random.nextDouble() < RESET_SHARE ? TcpFlags.RESET : TcpFlags.COMPLETE;
        }
        request.tcpFlags = flags;
        if (response == null) {
            return;
        }
        reverse(request, response);
        response.startMicros = Math.min(request.startMicros + rtt, lastMicros);
        if (service.isSinglePacket()) {
            response.endMicros = response.startMicros;
        } else if (flags == TcpFlags.OPEN) {
            response.endMicros = response.startMicros + duration; // cut by the active timeout as well
        } else {
            response.endMicros = Math.max(response.startMicros, request.endMicros);
        }
        response.bytes = responseBytes;
        response.packets = responsePackets;
        response.tcpFlags = flags;
        pending.add(response);
    }

    /** 1 to 4 echo requests a second apart, each answered. */
    private void ping(FlowRecord request, FlowRecord response, long rtt) {
        int pings = 1 + random.nextInt(4);
        request.sourcePort = 0;
        request.destinationPort = 0;
        request.tcpFlags = 0;
        request.packets = pings;
        request.bytes = (long) pings * PING_BYTES;
        request.endMicros = request.startMicros + (pings - 1) * 1_000_000L;
        if (response == null) {
            return;
        }
        reverse(request, response);
        response.startMicros = Math.min(request.startMicros + rtt, lastMicros);
        response.endMicros = response.startMicros + (request.endMicros - request.startMicros);
        response.packets = pings;
        response.bytes = request.bytes;
        response.tcpFlags = 0;
        pending.add(response);
    }

    private static void reverse(FlowRecord request, FlowRecord response) {
        response.sourceHigh = request.destinationHigh;
        response.sourceLow = request.destinationLow;
        response.destinationHigh = request.sourceHigh;
        response.destinationLow = request.sourceLow;
        response.sourcePort = request.destinationPort;
        response.destinationPort = request.sourcePort;
        response.protocol = request.protocol;
    }

    /** Internet round trips: log-normal around 25 ms, between 4 and 300 ms. */
    private long externalRoundTrip() {
        double rtt = 25_000 * StrictMath.exp(0.6 * gaussian.next());
        return (long) Math.min(300_000, Math.max(4_000, rtt));
    }

    private long logNormal(double logMedian, double sigma) {
        double value = sigma == 0 ? StrictMath.exp(logMedian) : StrictMath.exp(logMedian + sigma * gaussian.next());
        return Math.max(1, Math.min(MAX_FLOW_BYTES, (long) value));
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
