package org.flowbench.cli.internal;

/** The exit statuses of {@code flowbench}, as README documents them. */
final class ExitCodes {

    /** The command did what it was asked. */
    static final int OK = 0;
    /** The command failed: unreadable input, an error in the analysis, a file that cannot be written. */
    static final int FAILED = 1;
    /** The command line itself is wrong (unknown option, missing value); usage is printed. */
    static final int USAGE = 2;
    /** The command completed, but part of the input was skipped; the problems are on standard error. */
    static final int PARTIAL = 3;

    private ExitCodes() {
    }
}
