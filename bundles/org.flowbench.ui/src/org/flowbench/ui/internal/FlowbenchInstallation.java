package org.flowbench.ui.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** What the About dialog reports: the Flowbench version and the Flowbench bundles installed. */
final class FlowbenchInstallation {

    /** One installed bundle whose symbolic name starts with {@code org.flowbench.}. */
    record InstalledBundle(String symbolicName, String version, String state) {
    }

    private final Bundle self;

    FlowbenchInstallation() {
        this(FrameworkUtil.getBundle(FlowbenchInstallation.class));
    }

    FlowbenchInstallation(Bundle self) {
        this.self = self;
    }

    /** @return the release, e.g. "0.1.0" */
    String release() {
        Version v = self.getVersion();
        return v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
    }

    /** @return the build qualifier, e.g. "v20261128-1200", or "" for a build without one */
    String build() {
        return self.getVersion().getQualifier();
    }

    List<InstalledBundle> flowbenchBundles() {
        BundleContext context = self.getBundleContext();
        Bundle[] all = context != null ? context.getBundles() : new Bundle[0];
        return Arrays.stream(all)
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.flowbench."))
                .sorted(Comparator.comparing(Bundle::getSymbolicName))
                .map(b -> new InstalledBundle(b.getSymbolicName(), b.getVersion().toString(), stateName(b.getState())))
                .toList();
    }

    static String stateName(int state) {
        return switch (state) {
        case Bundle.ACTIVE -> "Active";
        case Bundle.RESOLVED -> "Resolved";
        case Bundle.STARTING -> "Starting";
        case Bundle.STOPPING -> "Stopping";
        case Bundle.INSTALLED -> "Installed";
        case Bundle.UNINSTALLED -> "Uninstalled";
        default -> "Unknown (" + state + ")";
        };
    }
}
