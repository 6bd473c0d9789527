package org.flowbench.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Starts the materialized product with its own start script, as a user would, on the X display
 * of the build (Xvfb in CI): the workbench window must appear, it is saved as a screenshot with
 * every view showing the default synthetic dataset of the first start; then the Traffic Map is
 * shown and maximized with the keyboard, as a user would (Window > Show View; Ctrl+M), and saved as
 * a second screenshot. Then Help > Install New Software... opens p2's install wizard, which is
 * given the freshly built update site folder and saved as a third screenshot. The workbench log
 * must hold no error.
 */
class ProductSmokeIT {

    /** A line of "xwininfo -root -tree": id, quoted name, class, then WIDTHxHEIGHT. */
    private static final Pattern WINDOW = Pattern.compile("^\\s*(0x[0-9a-f]+) \"([^\"]*)\": \\([^)]*\\)\\s+(\\d+)x(\\d+)");

    private final Path product = RunningProcess.directory("flowbench.product.dir");
    private final Path output = RunningProcess.directory("flowbench.output.dir");
    private final Path site = RunningProcess.directory("flowbench.site.dir");

    @Test
    void workbenchWindowOpensWithoutErrors() throws Exception {
        assertNotNull(System.getenv("DISPLAY"), "no X display: run the build under xvfb-run (README, .ci/run)");
        Path workspace = output.resolve("workspace");
        deleteRecursively(workspace);
        Path screenshot = output.resolve("workbench.png");
        Path mapShot = output.resolve("map.png");
        Files.deleteIfExists(screenshot);
        Files.deleteIfExists(mapShot);
        Path installShot = output.resolve("install.png");
        Files.deleteIfExists(installShot);

        try (RunningProcess workbench = new RunningProcess(
                List.of(product.resolve("flowbench-workbench").toString(), "-data", workspace.toString()), product,
                output.resolve("workbench.out"))) {
            String window = awaitWorkbenchWindow(workbench, Duration.ofSeconds(90));
            // the first start generates the default dataset (a million flows) and every view
            // computes its analysis of it: give them time before the picture
            Thread.sleep(15_000);
            run(List.of("import", "-window", window, screenshot.toString()));
            assertTrue(Files.size(screenshot) > 0, "empty screenshot");
            showMapMaximized(window);
            run(List.of("import", "-window", window, mapShot.toString()));
            assertTrue(Files.size(mapShot) > 0, "empty screenshot of the map");
            String wizard = openInstallWizard(workbench, window, site);
            run(List.of("import", "-window", wizard, installShot.toString()));
            assertTrue(Files.size(installShot) > 0, "empty screenshot of the install wizard");
            run(List.of("xdotool", "key", "--window", wizard, "Escape"));
            assertTrue(workbench.isAlive(), "the workbench ended by itself:\n" + workbench.output());
        }

        List<String> errors = loggedErrors(workspace.resolve(".metadata/.log"));
        assertEquals(List.of(), errors, "the workbench logged errors (see " + workspace.resolve(".metadata/.log") + ")");
    }

    /**
     * Does what a user would to see the map large: Window > Show View > Other..., types its name,
     * Enter, then Maximize Active View (Ctrl+M). The keys go to the focused window: without a
     * window manager (Xvfb) nothing gives the workbench the focus, so a click into the Datasets
     * view (the left column, empty below its rows) does first, and xdotool again after the dialog.
     */
    private static void showMapMaximized(String window) throws Exception {
        run(List.of("xdotool", "windowfocus", "--sync", window));
        run(List.of("xdotool", "mousemove", "100", "400", "click", "1"));
        Thread.sleep(1_000);
        for (String key : List.of("alt+w", "v", "o")) {
            run(List.of("xdotool", "key", key));
            Thread.sleep(1_000);
        }
        run(List.of("xdotool", "type", "--delay", "50", "Traffic Map"));
        Thread.sleep(2_000);
        run(List.of("xdotool", "key", "Return"));
        Thread.sleep(3_000);
        run(List.of("xdotool", "windowfocus", "--sync", window));
        run(List.of("xdotool", "key", "ctrl+m"));
        Thread.sleep(5_000); // the map draws again at its new size
    }

    /**
     * Help > Install New Software... (p2's menu entry, mnemonic S), then the site folder typed into
     * "Work with" and Enter, so that the wizard lists the site's categories.
     *
     * @return the X id of the wizard's window, titled "Install"
     */
    private static String openInstallWizard(RunningProcess workbench, String window, Path site) throws Exception {
        run(List.of("xdotool", "windowfocus", "--sync", window));
        run(List.of("xdotool", "key", "alt+h"));
        Thread.sleep(1_000);
        run(List.of("xdotool", "key", "s"));
        String wizard = awaitWindow(workbench, "Install", 400, 300, Duration.ofSeconds(30));
        run(List.of("xdotool", "windowfocus", "--sync", wizard));
        Thread.sleep(2_000);
        run(List.of("xdotool", "type", "--delay", "20", site.toUri().toString()));
        run(List.of("xdotool", "key", "Return"));
        Thread.sleep(8_000); // p2 loads the site and fills the tree
        return wizard;
    }

    /** @return the X id of the main workbench window, a window titled "Flowbench" of real size */
    private static String awaitWorkbenchWindow(RunningProcess workbench, Duration timeout) throws Exception {
        return awaitWindow(workbench, "Flowbench", 640, 480, timeout);
    }

    /** @return the X id of a window whose title starts with {@code title}, at least that large */
    private static String awaitWindow(RunningProcess workbench, String title, int width, int height, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!workbench.isAlive()) {
                fail("the workbench ended before its window appeared:\n" + workbench.output());
            }
            for (String line : run(List.of("xwininfo", "-root", "-tree")).split("\n")) {
                Matcher m = WINDOW.matcher(line);
                if (m.find() && m.group(2).startsWith(title) && Integer.parseInt(m.group(3)) >= width
                        && Integer.parseInt(m.group(4)) >= height) {
                    return m.group(1);
                }
            }
            Thread.sleep(500);
        }
        fail("no window '" + title + "' within " + timeout.toSeconds() + " s:\n" + workbench.output());
        return null;
    }

    /** Eclipse log entries of severity ERROR: "!ENTRY plugin 4 code date" and the message line after. */
    static List<String> loggedErrors(Path log) throws IOException {
        List<String> errors = new ArrayList<>();
        if (!Files.exists(log)) {
            return errors;
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String[] entry = lines.get(i).split(" ");
            if (entry.length > 2 && (entry[0].equals("!ENTRY") || entry[0].equals("!SUBENTRY")) && entry[entry[0].equals("!ENTRY") ? 2 : 3].equals("4")) {
                errors.add(lines.get(i) + (i + 1 < lines.size() ? " " + lines.get(i + 1) : ""));
            }
        }
        return errors;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
