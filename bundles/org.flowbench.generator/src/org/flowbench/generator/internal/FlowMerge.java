package org.flowbench.generator.internal;

import org.flowbench.model.FlowRecord;

/**
 * Merges sources that each give their flows in start order into one stream in start order. Equal
 * starts go to the source listed first, so the result does not depend on anything but the inputs.
 * Each source's next start is kept, and asked again only after that source gave a flow; a linear
 * scan over them is enough for the handful of sources there are.
 */
public final class FlowMerge implements FlowSource {

    private final FlowSource[] sources;
    private final long[] starts;
    private final boolean[] live;
    private int liveCount;

    public FlowMerge(FlowSource... sources) {
        this.sources = sources.clone();
        this.starts = new long[sources.length];
        this.live = new boolean[sources.length];
        for (int i = 0; i < sources.length; i++) {
            refresh(i);
        }
    }

    private void refresh(int i) {
        boolean wasLive = live[i];
        live[i] = sources[i].hasNext();
        if (live[i]) {
            starts[i] = sources[i].nextStart();
        }
        liveCount += (live[i] ? 1 : 0) - (wasLive ? 1 : 0);
    }

    private int earliest() {
        int best = -1;
        for (int i = 0; i < starts.length; i++) {
            if (live[i] && (best < 0 || starts[i] < starts[best])) {
                best = i;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("no flows left");
        }
        return best;
    }

    @Override
    public boolean hasNext() {
        return liveCount > 0;
    }

    @Override
    public long nextStart() {
        return starts[earliest()];
    }

    @Override
    public void next(FlowRecord into) {
        int i = earliest();
        sources[i].next(into);
        refresh(i);
    }
}
