package org.flowbench.analysis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.flowbench.analysis.Analysis;
import org.flowbench.analysis.AnalysisDescriptor;
import org.flowbench.analysis.AnalysisProperties;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.AnalysisRegistry;
import org.flowbench.analysis.AnalysisResult;
import org.flowbench.analysis.ParameterDescriptor;
import org.flowbench.analysis.ResultKind;
import org.flowbench.model.Progress;
import org.flowbench.model.internal.PluginXml;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.util.tracker.BundleTracker;

/**
 * Collects every analysis: those contributed through the extension point (read from the plugin.xml
 * of each resolved bundle) and those registered as OSGi services. Both become the same kind of
 * entry: a descriptor known at once, a computation made when first run.
 */
@Component(service = AnalysisRegistry.class, immediate = true)
public final class AnalysisRegistryImpl implements AnalysisRegistry {

    private static final System.Logger LOG = System.getLogger(AnalysisRegistryImpl.class.getName());

    /** An installed analysis. */
    private record Entry(AnalysisDescriptor descriptor, Supplier<Analysis> analysis, Object owner) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final SharedResults shared = new SharedResults();
    private final BundleContext context;
    private final BundleTracker<List<String>> extensions;

    /** For use without OSGi (tests, the benchmark): add contributions with {@link #add}. */
    public AnalysisRegistryImpl() {
        context = null;
        extensions = null;
    }

    @Activate
    public AnalysisRegistryImpl(BundleContext bundleContext) {
        this.context = bundleContext;
        // every resolved state, STOPPING too: a bundle that stops stays resolved and keeps its
        // plugin.xml contributions, instead of dropping them while it stops and adding them again
        extensions = new BundleTracker<>(bundleContext, Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING, null) {
            @Override
            public List<String> addingBundle(Bundle bundle, BundleEvent event) {
                List<String> ids = addExtensions(bundle);
                return ids.isEmpty() ? null : ids;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, List<String> ids) {
                ids.forEach(id -> removeContribution(id, bundle));
            }
        };
        extensions.open();
    }

    @Deactivate
    void deactivate() {
        if (extensions != null) {
            extensions.close();
        }
    }

    private List<String> addExtensions(Bundle bundle) {
        if (bundle.getHeaders("").get("Fragment-Host") != null) {
            return List.of(); // a fragment's fragment.xml is read with its host
        }
        List<String> ids = new ArrayList<>();
        for (URL xml : PluginXml.files(bundle.getEntry("plugin.xml"), bundle.findEntries("/", "fragment.xml", false))) {
            try (InputStream in = xml.openStream()) {
                for (AnalysisExtensions.Contribution c : AnalysisExtensions.read(in, bundle.getSymbolicName(), bundle::loadClass)) {
                    if (add(c.descriptor(), c.analysis(), bundle)) {
                        ids.add(c.descriptor().id());
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.ERROR, "analyses of " + bundle.getSymbolicName() + " not read: " + e.getMessage(), e);
            }
        }
        return ids;
    }

    @Reference(service = Analysis.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addService(ServiceReference<Analysis> reference) {
        try {
            add(fromProperties(reference), new ServiceAnalysis(context, reference), reference);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.ERROR, "analysis service of " + reference.getBundle().getSymbolicName() + " not added: " + e.getMessage());
        }
    }

    void removeService(ServiceReference<Analysis> reference) {
        entries.values().removeIf(e -> {
            if (e.owner() == reference) {
                ((ServiceAnalysis) e.analysis()).release();
                return true;
            }
            return false;
        });
        fireChanged();
    }

    /** Gets the service object when the analysis first runs, and gives it back when it goes. */
    private static final class ServiceAnalysis implements Supplier<Analysis> {
        private final BundleContext context;
        private final ServiceReference<Analysis> reference;
        private Analysis service;

        ServiceAnalysis(BundleContext context, ServiceReference<Analysis> reference) {
            this.context = context;
            this.reference = reference;
        }

        @Override
        public synchronized Analysis get() {
            if (service == null) {
                service = context.getService(reference);
                if (service == null) {
                    throw new IllegalStateException("the analysis service of " + reference.getBundle().getSymbolicName() + " is gone");
                }
            }
            return service;
        }

        synchronized void release() {
            if (service != null) {
                service = null;
                context.ungetService(reference);
            }
        }
    }

    private static AnalysisDescriptor fromProperties(ServiceReference<?> ref) {
        String p = AnalysisProperties.PREFIX_;
        List<ParameterDescriptor> parameters = new ArrayList<>();
        Object raw = ref.getProperty(p + "parameters");
        if (raw instanceof String[] list) {
            for (String compact : list) {
                parameters.add(ParameterDescriptor.parse(compact));
            }
        } else if (raw instanceof String one) {
            parameters.add(ParameterDescriptor.parse(one));
        }
        return new AnalysisDescriptor(text(ref, p + "id"), text(ref, p + "name"), text(ref, p + "description"),
                ResultKind.fromId(text(ref, p + "resultKind")), parameters, ref.getBundle().getSymbolicName());
    }

    private static String text(ServiceReference<?> ref, String key) {
        Object v = ref.getProperty(key);
        if (!(v instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("service property " + key + " is missing");
        }
        return s;
    }

    /**
     * Adds an analysis; an id that is already taken keeps its first owner.
     *
     * @return whether it was added
     */
    public boolean add(AnalysisDescriptor descriptor, Supplier<Analysis> analysis, Object owner) {
        Entry previous = entries.putIfAbsent(descriptor.id(), new Entry(descriptor, analysis, owner));
        if (previous != null) {
            LOG.log(Level.WARNING, "analysis id " + descriptor.id() + " of " + descriptor.contributor() + " is already taken by "
                    + previous.descriptor().contributor() + "; ignored");
            return false;
        }
        fireChanged();
        return true;
    }

    private void removeContribution(String id, Object owner) {
        if (entries.computeIfPresent(id, (k, e) -> e.owner() == owner ? null : e) == null) {
            fireChanged();
        }
    }

    private void fireChanged() {
        shared.clear(); // an id may now stand for another analysis
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "analysis registry listener failed", e);
            }
        }
    }

    @Override
    public List<AnalysisDescriptor> analyses() {
        return entries.values().stream().map(Entry::descriptor).sorted(Comparator.comparing(AnalysisDescriptor::name)).toList();
    }

    @Override
    public Optional<AnalysisDescriptor> descriptor(String id) {
        return Optional.ofNullable(entries.get(id)).map(Entry::descriptor);
    }

    @Override
    public AnalysisResult compute(String id, AnalysisQuery query, Progress progress) {
        Entry e = entries.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no analysis '" + id + "'; installed: "
                    + String.join(", ", entries.keySet().stream().sorted().toList()));
        }
        for (String given : query.parameters().keySet()) {
            if (e.descriptor().parameter(given).isEmpty()) {
                throw new IllegalArgumentException(id + " has no parameter '" + given + "'"
                        + (e.descriptor().parameters().isEmpty() ? "" : "; it has: "
                                + String.join(", ", e.descriptor().parameters().stream().map(ParameterDescriptor::id).toList())));
            }
        }
        return shared.get(id, sameAnswer(query, e.descriptor()), progress, () -> {
            AnalysisResult result = e.analysis().get().compute(e.descriptor(), query, progress);
            if (result.kind() != e.descriptor().resultKind()) {
                throw new IllegalStateException(id + " promised a " + e.descriptor().resultKind().id() + " result and gave a " + result.kind().id());
            }
            return result;
        });
    }

    /**
     * @return the query as it matters to the analysis, so that queries that differ in what it does
     *         not use share a result: parameters left out are their defaults, and only a time
     *         series has a resolution and only other results a top N
     */
    static AnalysisQuery sameAnswer(AnalysisQuery query, AnalysisDescriptor descriptor) {
        AnalysisQuery q = query;
        for (ParameterDescriptor p : descriptor.parameters()) {
            if (p.defaultValue() != null && !q.parameters().containsKey(p.id())) {
                q = q.withParameter(p.id(), p.defaultValue());
            }
        }
        return descriptor.resultKind() == ResultKind.TIME_SERIES ? q.withTopN(AnalysisQuery.DEFAULT_TOP_N)
                : q.withResolution(AnalysisQuery.DEFAULT_RESOLUTION);
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
