package org.flowbench.io.internal.pcap;

/**
 * Damage after which a capture cannot be read on: the parser stops there, and what came before is
 * kept. Internal to the parsers, which turn it into a {@link org.flowbench.model.FlowDataException}.
 */
final class DamagedCapture extends Exception {

    private static final long serialVersionUID = 1L;

    final long offset;
    final String problem;

    DamagedCapture(long offset, String problem) {
        super(problem, null, false, false); // no stack trace: this is data, not a bug
        this.offset = offset;
        this.problem = problem;
    }
}
