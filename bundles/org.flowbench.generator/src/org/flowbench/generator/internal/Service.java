package org.flowbench.generator.internal;

import org.flowbench.generator.internal.OfficeNetwork.Role;
import org.flowbench.model.Protocols;

/**
 * One kind of session of the office: who starts it, whom it reaches, and how large and long its two
 * flows are. Byte counts and durations are log-normal, given by their median and the standard
 * deviation {@code sigma} of their logarithm: most sessions are small, a few very large.
 */
final class Service {

    /** Who opens the session. */
    enum Initiator {
        CLIENT, MAIL_SERVER
    }

    final String name;
    final int protocol;
    final int port;
    final double share;
    final Initiator initiator;
    /** The internal servers reached when the peer is not external. */
    final Role role;
    /** The chance that the peer is an external host instead of a server of {@link #role}. */
    final double externalShare;
    /** Whether sessions to external hosts may run over IPv6. */
    final boolean ipv6;
    final double requestLogMedian;
    final double requestSigma;
    final double responseLogMedian;
    final double responseSigma;
    /** Mean bytes per packet, by which packets follow from bytes. */
    final int requestPacketBytes;
    final int responsePacketBytes;
    /**
     * NaN for single-packet exchanges (DNS, NTP), whose flows last no time and carry at most one
     * packet of {@link #requestPacketBytes} or {@link #responsePacketBytes}.
     */
    final double durationLogMedian;
    final double durationSigma;

    private final double requestMedian;
    private final double responseMedian;

    Service(String name, int protocol, int port, double share, Initiator initiator, Role role, double externalShare,
            boolean ipv6, double requestMedian, double requestSigma, double responseMedian, double responseSigma,
            int requestPacketBytes, int responsePacketBytes, double durationMedianSeconds, double durationSigma) {
        this.name = name;
        this.protocol = protocol;
        this.port = port;
        this.share = share;
        this.initiator = initiator;
        this.role = role;
        this.externalShare = externalShare;
        this.ipv6 = ipv6;
        this.requestMedian = requestMedian;
        this.requestLogMedian = StrictMath.log(requestMedian);
        this.requestSigma = requestSigma;
        this.responseMedian = responseMedian;
        this.responseLogMedian = StrictMath.log(responseMedian);
        this.responseSigma = responseSigma;
        this.requestPacketBytes = requestPacketBytes;
        this.responsePacketBytes = responsePacketBytes;
        this.durationLogMedian = durationMedianSeconds > 0 ? StrictMath.log(durationMedianSeconds * 1e6) : Double.NaN;
        this.durationSigma = durationSigma;
    }

    boolean isSinglePacket() {
        return Double.isNaN(durationLogMedian);
    }

    boolean isTcp() {
        return protocol == Protocols.TCP;
    }

    /** @return the expected bytes of request plus response: a log-normal's mean is median * e^(sigma^2 / 2) */
    double meanSessionBytes() {
        return requestMedian * StrictMath.exp(requestSigma * requestSigma / 2)
                + responseMedian * StrictMath.exp(responseSigma * responseSigma / 2);
    }
}
