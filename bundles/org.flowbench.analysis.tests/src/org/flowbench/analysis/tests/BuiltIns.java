package org.flowbench.analysis.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.flowbench.analysis.AnalysisDescriptor;
import org.flowbench.analysis.AnalysisRegistry;
import org.flowbench.analysis.internal.AnalysisExtensions;
import org.flowbench.analysis.internal.AnalysisRegistryImpl;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The built-in analyses exactly as the bundle declares them in its plugin.xml, in a registry made
 * without Declarative Services, so that computation tests do not depend on the service runtime.
 */
public final class BuiltIns {

    private static AnalysisRegistryImpl registry;

    private BuiltIns() {
    }

    public static synchronized AnalysisRegistry registry() {
        if (registry == null) {
            Bundle host = FrameworkUtil.getBundle(AnalysisRegistryImpl.class);
            AnalysisRegistryImpl r = new AnalysisRegistryImpl();
            try (InputStream in = host.getEntry("plugin.xml").openStream()) {
                for (AnalysisExtensions.Contribution c : AnalysisExtensions.read(in, host.getSymbolicName(), host::loadClass)) {
                    r.add(c.descriptor(), c.analysis(), host);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            registry = r;
        }
        return registry;
    }

    public static AnalysisDescriptor descriptor(String id) {
        return registry().descriptor(id).orElseThrow();
    }
}
