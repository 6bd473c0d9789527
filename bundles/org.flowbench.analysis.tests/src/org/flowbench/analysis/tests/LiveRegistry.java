package org.flowbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

import org.flowbench.analysis.AnalysisRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The registry that Declarative Services publishes in the test runtime. */
public final class LiveRegistry {

    /** The bundle with the analyses a third party would contribute. */
    public static final String EXTRA = "org.flowbench.analysis.extra.tests";

    private LiveRegistry() {
    }

    public static BundleContext context() {
        return FrameworkUtil.getBundle(LiveRegistry.class).getBundleContext();
    }

    public static AnalysisRegistry get() {
        ServiceTracker<AnalysisRegistry, AnalysisRegistry> tracker = new ServiceTracker<>(context(), AnalysisRegistry.class, null);
        tracker.open();
        try {
            AnalysisRegistry registry = tracker.waitForService(10_000);
            assertNotNull(registry, "Declarative Services did not publish the analysis registry");
            return registry;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    /** @return the extra bundle, installed in the test runtime */
    public static Bundle extraBundle() {
        for (Bundle b : context().getBundles()) {
            if (EXTRA.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError(EXTRA + " is not in the test runtime");
    }

    /**
     * Waits until the condition holds: services and bundle events reach the registry on other
     * threads. Fails after ten seconds; no test asserts how long anything takes.
     */
    public static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
