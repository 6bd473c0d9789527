package org.flowbench.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.flowbench.analysis.AnalysisRegistry;
import org.flowbench.io.FlowFormats;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Runs the command line against the live services of the test runtime and keeps what it printed. */
final class Cli {

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int status = FlowbenchCli.run(new CliContext(service(AnalysisRegistry.class), service(FlowFormats.class), o, e, false), args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    static <S> S service(Class<S> type) {
        BundleContext context = FrameworkUtil.getBundle(Cli.class).getBundleContext();
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            S s = tracker.waitForService(20_000);
            if (s == null) {
                throw new AssertionError("no " + type.getName() + " service in the test runtime");
            }
            return s;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Copies a file of the fragment's data/ folder to {@code dir}. */
    static Path data(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = open(name)) {
            Files.copy(in, target);
        }
        return target;
    }

    static String text(String name) throws IOException {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The host's findEntries also looks into this fragment, where the data lives. */
    private static InputStream open(String name) throws IOException {
        var found = FrameworkUtil.getBundle(Cli.class).findEntries("data", name, false);
        if (found == null || !found.hasMoreElements()) {
            throw new IOException("no data/" + name + " in the test fragment");
        }
        return found.nextElement().openStream();
    }
}
