package org.flowbench.generator.internal;

import java.util.List;

import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.AnomalyLabel;
import org.flowbench.model.FlowRecord;
import org.flowbench.model.IpAddress;
import org.flowbench.model.TimeRange;

/**
 * The flows of one anomaly, in start order, inside its window. It knows how many flows it will
 * make before it makes them (for progress) and counts their bytes as it goes (for the label).
 */
abstract class AnomalySource implements FlowSource {

    final TimeRange window;
    private long emitted;
    private long bytes;

    AnomalySource(TimeRange window) {
        this.window = window;
    }

    abstract AnomalyKind kind();

    /** @return how many flows the anomaly makes in all */
    abstract long plannedFlows();

    abstract List<IpAddress> sources();

    abstract List<IpAddress> destinations();

    /** @return one line naming the hosts, with the bytes and flows made */
    abstract String describe(long flows, long bytes);

    /** Fills in the flow {@code index} (0-based). */
    abstract void make(long index, FlowRecord into);

    /** @return the start of flow {@code index}; called once per flow, in order */
    abstract long startOf(long index);

    private long nextStart;
    private boolean nextStartKnown;

    @Override
    public final boolean hasNext() {
        return emitted < plannedFlows();
    }

    @Override
    public final long nextStart() {
        if (!nextStartKnown) {
            nextStart = startOf(emitted);
            nextStartKnown = true;
        }
        return nextStart;
    }

    @Override
    public final void next(FlowRecord into) {
        if (!hasNext()) {
            throw new IllegalStateException("all " + plannedFlows() + " flows made");
        }
        long start = nextStart();
        into.clear();
        into.startMicros = start;
        make(emitted, into);
        bytes += into.bytes;
        emitted++;
        nextStartKnown = false;
    }

    /** @return the ground truth; complete once every flow was made */
    AnomalyLabel label() {
        return new AnomalyLabel(kind(), window, sources(), destinations(), emitted, bytes, describe(emitted, bytes));
    }
}
