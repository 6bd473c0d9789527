package org.flowbench.generator.internal;

import org.flowbench.model.FlowRecord;

/** A stream of generated flows, pulled one at a time into a record the caller owns. */
public interface FlowSource {

    boolean hasNext();

    /** @return the start of the flow that {@link #next} gives next; only when {@link #hasNext()} */
    long nextStart();

    /** Overwrites every field of {@code into} with the next flow. */
    void next(FlowRecord into);
}
