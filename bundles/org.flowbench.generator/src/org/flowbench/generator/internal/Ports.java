package org.flowbench.generator.internal;

import java.util.SplittableRandom;

/** Port numbers the generator uses. */
public final class Ports {

    /** The start of the IANA dynamic range, which clients take their source ports from. */
    public static final int FIRST_EPHEMERAL = 49152;

    private Ports() {
    }

    /** @return a port in 49152..65535 */
    public static int ephemeral(SplittableRandom random) {
        return FIRST_EPHEMERAL + random.nextInt(65536 - FIRST_EPHEMERAL);
    }
}
