package org.flowbench.cli.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The Flowbench commands for the Apache Felix Gogo shell ({@code flowbench:version}, ...).
 * <p>
 * Gogo finds commands by the {@code osgi.command.*} service properties, so this bundle needs no
 * Gogo API. The component is immediate so that the shell and {@code scr:list} see it at once.
 */
@Component(service = FlowbenchCommands.class, immediate = true, property = {
        "osgi.command.scope=flowbench",
        "osgi.command.function=version" })
public final class FlowbenchCommands {

    private final BundleContext context;

    @Activate
    public FlowbenchCommands(BundleContext context) {
        this.context = context;
    }

    /** {@code flowbench:version}: the Flowbench release and build, the Java and the OSGi framework. */
    public String version() {
        Bundle self = context.getBundle();
        Bundle framework = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        return "Flowbench " + release(self.getVersion()) + " on Java " + System.getProperty("java.version") + ", "
                + framework.getSymbolicName() + " " + framework.getVersion();
    }

    /** @return "0.1.0 (build v20261128-1200)", or "0.1.0" without a build qualifier */
    static String release(Version v) {
        String release = v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
        return v.getQualifier().isEmpty() ? release : release + " (build " + v.getQualifier() + ")";
    }

    static FlowbenchCommands forBundleOf(Class<?> type) {
        return new FlowbenchCommands(FrameworkUtil.getBundle(type).getBundleContext());
    }
}
