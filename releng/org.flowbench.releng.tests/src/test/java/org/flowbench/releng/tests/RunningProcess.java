package org.flowbench.releng.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A started program whose merged output is collected (and copied to a file) while it runs. */
final class RunningProcess implements AutoCloseable {

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final Thread pump;

    RunningProcess(List<String> command, Path workingDirectory, Path outputCopy) throws IOException {
        Files.createDirectories(outputCopy.getParent());
        process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true).start();
        OutputStream copy = Files.newOutputStream(outputCopy);
        pump = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = process.getInputStream(); copy) {
                for (int n; (n = in.read(buffer)) > 0;) {
                    output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    copy.write(buffer, 0, n);
                }
            } catch (IOException e) {
                output.append("\n[output lost: ").append(e).append("]\n");
            }
        }, "output of " + command.get(0));
        pump.setDaemon(true);
        pump.start();
    }

    String output() {
        return output.toString();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    void send(String line) {
        try {
            OutputStream in = process.getOutputStream();
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the program: " + output(), e);
        }
    }

    /** @return whether the condition on the output held before the time ran out */
    boolean awaitOutput(Predicate<String> condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.test(output())) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.test(output());
    }

    /** @return the exit status, or null when the program did not end in time */
    Integer awaitExit(Duration timeout) throws InterruptedException {
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            pump.join(5_000);
            return process.exitValue();
        }
        return null;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
        }
        pump.join(5_000);
    }

    static Path directory(String systemProperty) {
        String value = System.getProperty(systemProperty);
        if (value == null) {
            throw new IllegalStateException("system property " + systemProperty + " is not set; run these tests through Maven");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }
}
