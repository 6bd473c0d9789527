package org.flowbench.generator.internal;

import java.util.SplittableRandom;

/** Where a scenario lets anomalies find their hosts, so that they fit its address plan (IPv4 as ints). */
public interface HostPlan {

    /** @return a host of the scenario's client networks */
    int internalClient(SplittableRandom random);

    /** @return a host of the scenario's server network */
    int internalServer(SplittableRandom random);

    /** @return a public address that the scenario's own flows do not use, as far as the scenario knows */
    int unusedExternal(SplittableRandom random);
}
