package org.flowbench.model;

/** Where readers and generators put flows. */
public interface FlowSink {

    /**
     * Takes a copy of the flow; the record may be reused by the caller right after.
     */
    void accept(FlowRecord flow);
}
