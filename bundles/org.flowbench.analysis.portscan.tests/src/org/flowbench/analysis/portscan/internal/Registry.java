package org.flowbench.analysis.portscan.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.flowbench.analysis.AnalysisRegistry;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The analysis registry of the running framework: the detector is reached as users reach it. */
final class Registry {

    private Registry() {
    }

    /** The tracker stays open for the test run: the registry is needed until the framework stops. */
    static AnalysisRegistry get() {
        var tracker = new ServiceTracker<AnalysisRegistry, AnalysisRegistry>(FrameworkUtil.getBundle(Registry.class).getBundleContext(),
                AnalysisRegistry.class, null);
        tracker.open();
        AnalysisRegistry registry;
        try {
            registry = tracker.waitForService(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        assertNotNull(registry, "Declarative Services did not publish the analysis registry");
        return registry;
    }
}
