package org.flowbench.generator.internal;

/** TCP header flag bits as flow records OR them together. */
public final class TcpFlags {

    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;

    /** A connection that was opened, carried data and was closed. */
    public static final int COMPLETE = SYN | ACK | PSH | FIN;
    /** A connection that was opened, carried data and was reset. */
    public static final int RESET = SYN | ACK | PSH | RST;
    /** A connection still open when the exporter's active timeout cut the flow. */
    public static final int OPEN = SYN | ACK | PSH;

    private TcpFlags() {
    }
}
