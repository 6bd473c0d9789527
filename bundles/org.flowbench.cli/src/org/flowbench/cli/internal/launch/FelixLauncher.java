package org.flowbench.cli.internal.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The {@code flowbench} command: starts the headless Flowbench bundles on an embedded OSGi
 * framework (Apache Felix from the class path), runs one command through the command-line
 * service of org.flowbench.cli and exits with its status.
 * <p>
 * This class is started from the plain class path, outside any framework, and talks to the
 * bundles only through a service of a JDK type ({@code Function<String[], Integer>} with the
 * property {@code flowbench.cli=main}), so nothing needs to be shared between the two.
 * Bundles are installed by reference (no copying) into a throw-away cache.
 */
public final class FelixLauncher {

    /** Components activate while their bundles start; a short grace covers asynchronous ones. */
    private static final long SERVICE_WAIT_MILLIS = 5_000;

    private FelixLauncher() {
    }

    public static void main(String[] args) {
        String home = System.getProperty("flowbench.home");
        if (home == null) {
            System.err.println("flowbench: the start script must set -Dflowbench.home");
            System.exit(1);
        }
        int status;
        try {
            status = run(Path.of(home), args);
        } catch (Exception e) {
            System.err.println("flowbench: cannot start the runtime: " + e);
            status = 1;
        }
        System.out.flush();
        System.exit(status);
    }

    @SuppressWarnings("unchecked")
    static int run(Path home, String[] args) throws Exception {
        Path cache = Files.createTempDirectory("flowbench-felix-");
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put("felix.log.level", "1");
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        Framework framework = factory.newFramework(config);
        try {
            framework.init();
            BundleContext context = framework.getBundleContext();
            List<Bundle> installed = install(context, home.resolve("bundle"));
            framework.start();
            for (Bundle b : installed) {
                if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                    b.start();
                }
            }
            ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context,
                    context.createFilter("(&(objectClass=java.util.function.Function)(flowbench.cli=main))"), null);
            // all services: this class's own jar is on the class path too, so the framework would
            // otherwise hide a service whose other interface it could load from there
            tracker.open(true);
            Object service = tracker.waitForService(SERVICE_WAIT_MILLIS);
            if (service == null) {
                System.err.println("flowbench: the command-line service did not start; bundles in " + home.resolve("bundle")
                        + " may be missing");
                return 1;
            }
            return ((Function<String[], Integer>) service).apply(args);
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
            deleteRecursively(cache);
        }
    }

    /** Installs every bundle of the folder except the interactive shell, which would read standard input. */
    private static List<Bundle> install(BundleContext context, Path folder) throws IOException, BundleException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            jars = files.filter(p -> p.toString().endsWith(".jar") && !p.getFileName().toString().startsWith("org.apache.felix.gogo.shell"))
                    .sorted().toList();
        }
        List<Bundle> bundles = new java.util.ArrayList<>();
        for (Path jar : jars) {
            bundles.add(context.installBundle("reference:" + jar.toUri()));
        }
        return bundles;
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a left-over temporary cache is harmless
        }
    }
}
