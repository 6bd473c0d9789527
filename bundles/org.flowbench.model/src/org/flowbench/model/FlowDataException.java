package org.flowbench.model;

import java.io.IOException;

/**
 * Input that is not what its format says, with the place: the file (or other source), where in it
 * (a byte offset, a line, a record), and what is wrong. Readers put every flow they could read
 * before the problem into their sink before they throw, so partial data is kept; {@link #flowsRead()}
 * says how many that were.
 */
public class FlowDataException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String place;
    private final String problem;
    private final long flowsRead;

    /**
     * @param source    the file name or other source, as the user knows it
     * @param place     where in it, e.g. "byte 4096" or "line 12"
     * @param problem   what is wrong there
     * @param flowsRead flows read and kept before the problem
     */
    public FlowDataException(String source, String place, String problem, long flowsRead) {
        this(source, place, problem, flowsRead, null);
    }

    public FlowDataException(String source, String place, String problem, long flowsRead, Throwable cause) {
        super(source + ", " + place + ": " + problem, cause);
        this.source = source;
        this.place = place;
        this.problem = problem;
        this.flowsRead = flowsRead;
    }

    public String source() {
        return source;
    }

    public String place() {
        return place;
    }

    /** @return what is wrong, without the source and the place */
    public String problem() {
        return problem;
    }

    public long flowsRead() {
        return flowsRead;
    }
}
