package org.flowbench.geo.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.flowbench.analysis.AnalysisRegistry;
import org.flowbench.geo.GeoIp;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The services Declarative Services publishes in the test runtime. */
public final class LiveGeoIp {

    private LiveGeoIp() {
    }

    public static GeoIp get() {
        return service(GeoIp.class);
    }

    public static AnalysisRegistry registry() {
        return service(AnalysisRegistry.class);
    }

    private static <T> T service(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(LiveGeoIp.class).getBundleContext(), type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(10_000);
            assertNotNull(service, "Declarative Services did not publish " + type.getSimpleName());
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }
}
