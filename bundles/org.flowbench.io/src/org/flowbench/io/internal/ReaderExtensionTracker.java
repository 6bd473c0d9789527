package org.flowbench.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.flowbench.io.FlowFormats;
import org.flowbench.io.FlowReader;
import org.flowbench.model.internal.PluginXml;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;

/**
 * Adds to {@link FlowFormats} the readers that resolved bundles contribute in their plugin.xml
 * (and their fragments' fragment.xml), and removes them when a bundle goes, as the analysis registry
 * does for analyses: the Equinox extension registry does not run on Apache Felix. Kept apart from
 * FlowFormats so that it can be used without OSGi on the class path.
 */
public final class ReaderExtensionTracker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ReaderExtensionTracker.class.getName());

    private final BundleTracker<List<FlowReader>> tracker;

    private ReaderExtensionTracker(BundleContext context, FlowFormats formats) {
        // every resolved state, STOPPING too: a stopping bundle keeps its readers (as the analysis registry does)
        tracker = new BundleTracker<>(context, Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING, null) {
            @Override
            public List<FlowReader> addingBundle(Bundle bundle, BundleEvent event) {
                List<FlowReader> added = addReaders(bundle, formats);
                return added.isEmpty() ? null : added;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, List<FlowReader> added) {
                added.forEach(formats::removeReader);
            }
        };
    }

    /** Starts tracking; close the result to stop. */
    public static AutoCloseable open(BundleContext context, FlowFormats formats) {
        ReaderExtensionTracker t = new ReaderExtensionTracker(context, formats);
        t.tracker.open();
        return t;
    }

    @Override
    public void close() {
        tracker.close();
    }

    private static List<FlowReader> addReaders(Bundle bundle, FlowFormats formats) {
        if (bundle.getHeaders("").get("Fragment-Host") != null) {
            return List.of(); // a fragment's fragment.xml is read with its host
        }
        List<FlowReader> added = new ArrayList<>();
        for (URL xml : PluginXml.files(bundle.getEntry("plugin.xml"), bundle.findEntries("/", "fragment.xml", false))) {
            try (InputStream in = xml.openStream()) {
                for (ContributedReader r : ReaderExtensions.read(in, bundle.getSymbolicName(), bundle::loadClass)) {
                    if (formats.reader(r.id()).isPresent()) {
                        LOG.log(Level.WARNING, "reader id " + r.id() + " of " + bundle.getSymbolicName() + " is already taken; ignored");
                        continue;
                    }
                    formats.addReader(r);
                    added.add(r);
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.ERROR, "readers of " + bundle.getSymbolicName() + " not read: " + e.getMessage(), e);
            }
        }
        return added;
    }
}
