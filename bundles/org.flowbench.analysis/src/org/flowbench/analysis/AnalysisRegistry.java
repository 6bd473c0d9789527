package org.flowbench.analysis;

import java.util.List;
import java.util.Optional;

import org.flowbench.model.Progress;

/**
 * Every analysis installed, whether contributed through the extension point or as an OSGi
 * service. Available as an OSGi service.
 */
public interface AnalysisRegistry {

    /** @return the descriptors of all analyses, ordered by name */
    List<AnalysisDescriptor> analyses();

    Optional<AnalysisDescriptor> descriptor(String id);

    /**
     * Runs the analysis with the given id.
     *
     * @throws IllegalArgumentException when there is no such analysis (the message lists the known
     *         ids) or the query's parameters do not suit it
     */
    AnalysisResult compute(String id, AnalysisQuery query, Progress progress);

    /** Tells the listener whenever analyses come or go (plugins installed or removed). */
    void addListener(Runnable listener);

    void removeListener(Runnable listener);
}
