package org.flowbench.analysis;

import java.util.concurrent.CancellationException;

import org.flowbench.model.Progress;

/**
 * The computation of an analysis. Contribute one in either way, the registry treats both alike:
 * <ul>
 * <li>through the extension point {@code org.flowbench.analysis.analyses} in plugin.xml (the
 * descriptor is written there; the class is loaded only when the analysis first runs);</li>
 * <li>as an OSGi service of this interface, described by service properties (see
 * {@link AnalysisProperties} for Declarative Services).</li>
 * </ul>
 * Implementations are stateless and thread-safe: one instance computes many queries, possibly at
 * the same time. The result is a function of the query alone: the registry hands one result to
 * every caller that asks the same query at about the same time (several views, the insights), so
 * callers treat results, their arrays included, as read-only.
 */
public interface Analysis {

    /**
     * @param descriptor this analysis's descriptor, for parameter defaults and titles
     * @throws CancellationException when progress reports cancellation
     * @throws IllegalArgumentException when a parameter is invalid (the message says which)
     */
    AnalysisResult compute(AnalysisDescriptor descriptor, AnalysisQuery query, Progress progress);
}
