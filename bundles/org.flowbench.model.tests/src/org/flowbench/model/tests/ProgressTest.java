package org.flowbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.EOFException;
import java.util.concurrent.CancellationException;

import org.flowbench.model.FlowDataException;
import org.flowbench.model.Progress;
import org.junit.jupiter.api.Test;

/** The small contracts around long work: progress, cancellation, and the data exception. */
class ProgressTest {

    @Test
    void noneIsNeverCanceled() {
        Progress.NONE.begin("work", -1);
        Progress.NONE.worked(Long.MAX_VALUE);
        assertFalse(Progress.NONE.isCanceled());
        Progress.NONE.checkCanceled();
    }

    @Test
    void checkCanceledThrowsOnceCanceled() {
        boolean[] canceled = { false };
        Progress p = Progress.canceledWhen(() -> canceled[0]);
        p.checkCanceled();
        canceled[0] = true;
        assertThrows(CancellationException.class, p::checkCanceled);
    }

    @Test
    void dataExceptionNamesSourcePlaceAndProblem() {
        FlowDataException e = new FlowDataException("capture.csv", "line 12", "no such protocol 'xyz'", 11);
        assertEquals("capture.csv, line 12: no such protocol 'xyz'", e.getMessage());
        assertEquals("capture.csv", e.source());
        assertEquals("line 12", e.place());
        assertEquals("no such protocol 'xyz'", e.problem());
        assertEquals(11, e.flowsRead());
        assertNull(e.getCause());
        EOFException cause = new EOFException();
        assertSame(cause, new FlowDataException("f", "byte 3", "cut", 0, cause).getCause());
    }
}
