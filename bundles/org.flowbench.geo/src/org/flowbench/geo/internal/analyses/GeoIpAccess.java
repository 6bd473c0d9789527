package org.flowbench.geo.internal.analyses;

import java.util.function.Function;

import org.flowbench.geo.GeoIp;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Gives analyses created from plugin.xml (by a no-argument constructor, so without injection) the
 * GeoIP service for the length of one computation.
 */
final class GeoIpAccess {

    private GeoIpAccess() {
    }

    static <T> T with(Function<GeoIp, T> work) {
        Bundle bundle = FrameworkUtil.getBundle(GeoIpAccess.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        ServiceReference<GeoIp> ref = context == null ? null : context.getServiceReference(GeoIp.class);
        GeoIp geo = ref == null ? null : context.getService(ref);
        if (geo == null) {
            throw new IllegalStateException("the GeoIP service (bundle org.flowbench.geo) is not running");
        }
        try {
            return work.apply(geo);
        } finally {
            context.ungetService(ref);
        }
    }
}
