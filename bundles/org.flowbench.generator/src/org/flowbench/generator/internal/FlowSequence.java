package org.flowbench.generator.internal;

import org.flowbench.model.FlowRecord;

/** All flows of the first source, then all of the second, and so on: for sources not in time order. */
public final class FlowSequence implements FlowSource {

    private final FlowSource[] sources;
    private int current;

    public FlowSequence(FlowSource... sources) {
        this.sources = sources.clone();
    }

    private boolean advance() {
        while (current < sources.length && !sources[current].hasNext()) {
            current++;
        }
        return current < sources.length;
    }

    @Override
    public boolean hasNext() {
        return advance();
    }

    @Override
    public long nextStart() {
        if (!advance()) {
            throw new IllegalStateException("no flows left");
        }
        return sources[current].nextStart();
    }

    @Override
    public void next(FlowRecord into) {
        if (!advance()) {
            throw new IllegalStateException("no flows left");
        }
        sources[current].next(into);
    }
}
