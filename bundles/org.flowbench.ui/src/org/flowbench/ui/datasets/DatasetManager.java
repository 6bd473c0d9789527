package org.flowbench.ui.datasets;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.flowbench.generator.GeneratorSettings;

/**
 * The datasets open in the workbench and which one the views show. Opening and generating run as
 * Eclipse Jobs with progress and cancel; the dataset is added (and made active) when the job ends
 * well. Available as an OSGi service.
 */
public interface DatasetManager {

    /** The job family of every load and generate job, for joining or canceling them all. */
    Object JOB_FAMILY = DatasetManager.class;

    List<Dataset> datasets();

    Optional<Dataset> active();

    /** Adds the dataset and makes it the active one. */
    void add(Dataset dataset);

    void setActive(Dataset dataset);

    /** Closes the dataset; another one becomes active when the active one is closed. */
    void close(Dataset dataset);

    /** @return the scheduled job that reads the file (format found by content) */
    Job open(Path file);

    /** @return the scheduled job that generates the flows */
    Job generate(GeneratorSettings settings);

    /**
     * Brings back the datasets of the last session (files are read again, generated datasets are
     * generated again from their settings); on the very first start, generates the default
     * synthetic dataset, so that every view shows data at once.
     *
     * @return the scheduled jobs
     */
    List<Job> restoreSession();

    /** @return the files opened last, newest first */
    List<Path> recentFiles();

    void addListener(DatasetListener listener);

    void removeListener(DatasetListener listener);
}
