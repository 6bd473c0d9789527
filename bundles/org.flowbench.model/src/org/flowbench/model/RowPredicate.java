package org.flowbench.model;

/** A filter bound to one store's dictionary, asked row by row inside an analysis loop. */
@FunctionalInterface
public interface RowPredicate {

    /** Lets every row through; analyses skip the test when they see it. */
    RowPredicate ALL = (segment, row) -> true;

    boolean test(FlowSegment segment, int row);
}
