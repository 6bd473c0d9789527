package org.flowbench.analysis.internal.builtin;

/** Sources ranked by what they send. */
public final class TopTalkers extends HostRanking {
    public TopTalkers() {
        super(true);
    }
}
