package org.flowbench.io.internal.pcap;

import java.nio.ByteBuffer;

import org.flowbench.io.ReadReport;

/**
 * What a capture parser gives its packets to: {@link PacketFlows} makes flows of them,
 * {@link ExportPackets} decodes the flow export datagrams they carry.
 */
abstract class Packets {

    /** Frames given so far. */
    long frames;
    /** Flows made, known at the end. */
    long flows;

    /**
     * @param b             the window holding the frame
     * @param at            the frame's first captured byte in {@code b}
     * @param captured      the captured bytes
     * @param length        the frame's length on the wire (original length)
     * @param micros        its time
     * @param inputPosition the input read up to the end of the frame's record
     */
    abstract void packet(ByteBuffer b, int at, int captured, long length, long micros, int linkType, long inputPosition);

    /** Input read without packets (e.g. skipped blocks): hands over for progress now and then. */
    abstract void idle(long inputPosition);

    /** Ends the last flows and gives them to the output. */
    abstract void finish(long inputPosition);

    /** Adds the counters to the report. */
    abstract void count(ReadReport.Builder report);
}
