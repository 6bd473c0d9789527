package org.flowbench.cli.internal;

import java.util.function.Function;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The {@code flowbench} commands as an Equinox application ({@code org.flowbench.cli.application}),
 * so the packaged workbench runs them headless on its own bundles, plugins installed into it
 * included. Only loaded on Equinox: on Apache Felix the command line starts through
 * {@code FelixLauncher} and this class is never touched.
 */
public final class EquinoxCommandLine implements IApplication {

    /** Components activate while their bundles start; a short grace covers asynchronous ones. */
    private static final long SERVICE_WAIT_MILLIS = 10_000;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        BundleContext bundles = FrameworkUtil.getBundle(EquinoxCommandLine.class).getBundleContext();
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(bundles,
                bundles.createFilter("(&(objectClass=java.util.function.Function)(flowbench.cli=main))"), null);
        tracker.open();
        try {
            @SuppressWarnings("unchecked")
            Function<String[], Integer> commands = (Function<String[], Integer>) tracker.waitForService(SERVICE_WAIT_MILLIS);
            if (commands == null) {
                System.err.println("flowbench: the command-line service did not start (is Declarative Services running?)");
                return 1;
            }
            int status = commands.apply(args);
            System.out.flush();
            return status;
        } finally {
            tracker.close();
        }
    }

    @Override
    public void stop() {
        // a command runs to its end; nothing to interrupt
    }
}
