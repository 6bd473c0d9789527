package org.flowbench.ui.internal.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.ui.statushandlers.StatusManager;
import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.GeneratorSettings;
import org.flowbench.generator.GroundTruth;
import org.flowbench.generator.TrafficGenerator;
import org.flowbench.io.FlowFormats;
import org.flowbench.io.LoadedFlows;
import org.flowbench.model.FlowDataException;
import org.flowbench.model.FlowStore;
import org.flowbench.model.FlowStoreFile;
import org.flowbench.ui.FlowbenchUi;
import org.flowbench.ui.datasets.Dataset;
import org.flowbench.ui.datasets.DatasetListener;
import org.flowbench.ui.datasets.DatasetManager;
import org.flowbench.ui.jobs.ProgressAdapter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Keeps the open datasets, runs the jobs that open and generate them, and remembers them in the
 * preferences: recent files for the File menu, and the open datasets so that the next start
 * brings them back (a generated dataset is generated again from its settings: the same flows).
 */
@Component(service = DatasetManager.class)
public final class DatasetManagerImpl implements DatasetManager {

    private static final int RECENT_FILES = 8;

    private final FlowFormats formats;
    private final SessionMemory memory;
    private final List<Dataset> datasets = new CopyOnWriteArrayList<>();
    private final List<DatasetListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Dataset active;

    @Activate
    public DatasetManagerImpl(@Reference FlowFormats formats) {
        this(formats, new SessionMemory());
    }

    DatasetManagerImpl(FlowFormats formats, SessionMemory memory) {
        this.formats = formats;
        this.memory = memory;
    }

    @Override
    public List<Dataset> datasets() {
        return List.copyOf(datasets);
    }

    @Override
    public Optional<Dataset> active() {
        return Optional.ofNullable(active);
    }

    @Override
    public void add(Dataset dataset) {
        datasets.add(dataset);
        active = dataset;
        remember();
        fire();
    }

    @Override
    public void setActive(Dataset dataset) {
        if (!datasets.contains(dataset)) {
            throw new IllegalArgumentException(dataset + " is not open");
        }
        if (active != dataset) {
            active = dataset;
            fire();
        }
    }

    @Override
    public void close(Dataset dataset) {
        if (datasets.remove(dataset)) {
            if (active == dataset) {
                active = datasets.isEmpty() ? null : datasets.get(datasets.size() - 1);
            }
            remember();
            fire();
        }
    }

    @Override
    public Job open(Path file) {
        Job job = new DatasetJob("Opening " + file.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                ProgressAdapter progress = new ProgressAdapter(monitor);
                try {
                    LoadedFlows loaded = formats.load(file, progress);
                    add(Dataset.fromFile(file, loaded.store(), loaded.report()));
                    memory.addRecentFile(file, RECENT_FILES);
                    if (loaded.report().problemCount() > 0) {
                        return new Status(IStatus.WARNING, FlowbenchUi.PLUGIN_ID, file.getFileName() + ": "
                                + loaded.report().summary() + "\n" + firstProblems(loaded));
                    }
                    return Status.OK_STATUS;
                } catch (CancellationException e) {
                    return Status.CANCEL_STATUS;
                } catch (FlowStoreFile.DamagedFileException e) {
                    // keep what was intact, and say what was lost
                    add(Dataset.fromFile(file, e.partial(), null));
                    return new Status(IStatus.WARNING, FlowbenchUi.PLUGIN_ID, e.getMessage() + "\nKept the " + e.flowsRead()
                            + " flows read before it.");
                } catch (FlowDataException e) {
                    return new Status(IStatus.ERROR, FlowbenchUi.PLUGIN_ID, e.getMessage());
                } catch (Exception e) {
                    return new Status(IStatus.ERROR, FlowbenchUi.PLUGIN_ID, "Cannot open " + file + ": " + e.getMessage(), e);
                }
            }
        };
        job.schedule();
        return job;
    }

    private static String firstProblems(LoadedFlows loaded) {
        return loaded.report().problems().stream().limit(10).map(Throwable::getMessage).collect(Collectors.joining("\n"));
    }

    @Override
    public Job generate(GeneratorSettings settings) {
        Job job = new DatasetJob("Generating " + Dataset.describe(settings)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    FlowStore store = new FlowStore();
                    GroundTruth truth = TrafficGenerator.generate(settings, store, new ProgressAdapter(monitor));
                    add(Dataset.generated(settings, store, truth));
                    return Status.OK_STATUS;
                } catch (CancellationException e) {
                    return Status.CANCEL_STATUS;
                }
            }
        };
        job.schedule();
        return job;
    }

    @Override
    public List<Path> recentFiles() {
        return memory.recentFiles();
    }

    @Override
    public List<Job> restoreSession() {
        List<Job> jobs = new ArrayList<>();
        if (memory.isFirstStart()) {
            jobs.add(generate(defaultSettings()));
            memory.firstStartDone();
            return jobs;
        }
        for (String entry : memory.openDatasets()) {
            if (entry.startsWith("file:")) {
                Path file = Path.of(entry.substring(5));
                if (Files.isRegularFile(file)) {
                    jobs.add(open(file));
                }
            } else if (entry.startsWith("generated:")) {
                SessionMemory.settings(entry.substring(10)).ifPresent(s -> jobs.add(generate(s)));
            }
        }
        return jobs;
    }

    /** @return the dataset of the first start: a realistic office day with every kind of anomaly */
    public static GeneratorSettings defaultSettings() {
        return new GeneratorSettings(GeneratorSettings.DEFAULT_SCENARIO, 1_000_000, 1, Instant.parse("2026-01-05T00:00:00Z"),
                Duration.ofHours(24), EnumSet.allOf(AnomalyKind.class));
    }

    private void remember() {
        List<String> entries = new ArrayList<>();
        for (Dataset d : datasets) {
            d.file().ifPresent(f -> entries.add("file:" + f.toAbsolutePath()));
            d.settings().ifPresent(s -> entries.add("generated:" + SessionMemory.encode(s)));
        }
        memory.setOpenDatasets(entries);
    }

    private void fire() {
        // a failing listener is logged and must not fail the job that loaded the data, or the others
        for (DatasetListener l : listeners) {
            SafeRunner.run(() -> l.datasetsChanged(this));
        }
    }

    @Override
    public void addListener(DatasetListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(DatasetListener listener) {
        listeners.remove(listener);
    }

    /** Jobs of the dataset family, shown to the user with progress and cancel. */
    private abstract static class DatasetJob extends Job {
        DatasetJob(String name) {
            super(name);
            setUser(true);
            // the platform shows only the errors of finished jobs; data kept with losses is a
            // warning that the user must see too, as a dialog (besides the Datasets view's count)
            addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void done(IJobChangeEvent event) {
                    if (event.getResult().getSeverity() == IStatus.WARNING) {
                        StatusManager.getManager().handle(event.getResult(), StatusManager.SHOW | StatusManager.LOG);
                    }
                }
            });
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == JOB_FAMILY;
        }
    }
}
