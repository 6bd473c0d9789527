package org.flowbench.ui.benchmark.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time of this process's threads by kind (their names without numbers), from Linux's
 * /proc: it sees the JVM's own threads too (JIT compilers, garbage collector), which the Java
 * management interface hides.
 */
final class ThreadCpu {

    /** Linux counts thread CPU time in ticks of 10 ms (USER_HZ 100). */
    private static final long MILLIS_PER_TICK = 10;

    private ThreadCpu() {
    }

    /** @return CPU ms by kind of thread so far */
    static Map<String, Long> byKind() {
        Map<String, Long> cpu = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    // pid (name) state ... ; the name may hold spaces and parentheses, so split after its last ')'
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                    cpu.merge(name.replaceAll("[0-9]+", "#").strip(), ticks * MILLIS_PER_TICK, Long::sum);
                } catch (IOException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cpu;
    }

    /** @return lines of CPU ms by kind of thread since {@code before}, most first (threads that ended meanwhile are missed) */
    static List<String> since(Map<String, Long> before) {
        Map<String, Long> now = byKind();
        return now.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "  %6d  %s", e.getValue(), e.getKey())).toList();
    }
}
