package org.flowbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.util.tracker.ServiceTracker;

class FlowbenchCommandsTest {

    private final BundleContext context = FrameworkUtil.getBundle(FlowbenchCommandsTest.class).getBundleContext();

    /** Declarative Services publishes the commands with the properties the Gogo shell looks for. */
    @Test
    void isPublishedAsGogoCommands() throws Exception {
        ServiceTracker<FlowbenchCommands, FlowbenchCommands> tracker = new ServiceTracker<>(context, FlowbenchCommands.class, null);
        tracker.open();
        try {
            assertNotNull(tracker.waitForService(10_000), "Declarative Services did not publish the commands");
        } finally {
            tracker.close();
        }
        Collection<ServiceReference<FlowbenchCommands>> refs = context.getServiceReferences(FlowbenchCommands.class,
                "(&(osgi.command.scope=flowbench)(osgi.command.function=version))");
        assertEquals(1, refs.size());
    }

    @Test
    void versionNamesTheReleaseOfTheBundle() {
        Version v = context.getBundle().getVersion();
        String text = FlowbenchCommands.forBundleOf(FlowbenchCommands.class).version();
        assertTrue(text.startsWith("Flowbench " + v.getMajor() + "." + v.getMinor() + "." + v.getMicro() + " (build v"), text);
        assertTrue(text.contains("Java " + Runtime.version().feature()), text);
    }

    @Test
    void releaseIsPrintedWithAndWithoutQualifier() {
        assertEquals("1.2.3 (build v20261128-1200)", FlowbenchCommands.release(new Version(1, 2, 3, "v20261128-1200")));
        assertEquals("1.2.3", FlowbenchCommands.release(new Version(1, 2, 3)));
    }
}
