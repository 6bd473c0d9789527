package org.flowbench.releng.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A command run to its end, as a user runs it from a shell: what it printed on standard output
 * and standard error, and its exit status.
 */
record CommandRun(int status, String out, String err) {

    /**
     * @param dir     the working folder; the output is kept in files there
     * @param timeout the command is killed and the test fails after this
     */
    static CommandRun of(List<String> command, Path dir, Duration timeout) throws IOException, InterruptedException {
        Path out = dir.resolve("out-" + System.nanoTime());
        Path err = dir.resolve("err-" + System.nanoTime());
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within " + timeout.toSeconds() + " s");
        }
        return new CommandRun(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Copies an installation (a product, the Felix runtime) so that a test may change it; keeps file modes. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.sorted(Comparator.naturalOrder()).toList()) {
                if (p.toString().contains("felix-cache")) {
                    continue;
                }
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
