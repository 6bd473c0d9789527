package org.flowbench.analysis.internal.builtin;

/** Destinations ranked by what they receive. */
public final class TopDestinations extends HostRanking {
    public TopDestinations() {
        super(false);
    }
}
