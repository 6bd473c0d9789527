package org.flowbench.ui.datasets;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.flowbench.generator.GeneratorSettings;
import org.flowbench.generator.GroundTruth;
import org.flowbench.io.ReadReport;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.model.FlowStore;

/**
 * A set of flows open in the workbench: read from a file or generated, with what is known about
 * where it came from (the read report with any skipped records, or the generator's settings and
 * the ground truth of its anomalies).
 */
public final class Dataset {

    private static final AtomicLong IDS = new AtomicLong();

    private final String id = "dataset-" + IDS.incrementAndGet();
    private final String name;
    private final FlowStore store;
    private final Path file;
    private final ReadReport report;
    private final GeneratorSettings settings;
    private final GroundTruth truth;
    /** Summed once, where the dataset is made (in a job): the Datasets view shows it on the UI thread. */
    private final long totalBytes;
    /** Where a live dataset's flows arrive from (a collector), null for a file or the generator. */
    private final String live;

    private Dataset(String name, FlowStore store, Path file, ReadReport report, GeneratorSettings settings, GroundTruth truth) {
        this(name, store, file, report, settings, truth, null);
    }

    private Dataset(String name, FlowStore store, Path file, ReadReport report, GeneratorSettings settings, GroundTruth truth, String live) {
        this.name = Objects.requireNonNull(name);
        this.store = Objects.requireNonNull(store);
        this.file = file;
        this.report = report;
        this.settings = settings;
        this.truth = truth;
        this.totalBytes = store.snapshot().totalBytes();
        this.live = live;
    }

    public static Dataset fromFile(Path file, FlowStore store, ReadReport report) {
        return new Dataset(file.getFileName().toString(), store, file, report, null, null);
    }

    public static Dataset generated(GeneratorSettings settings, FlowStore store, GroundTruth truth) {
        return new Dataset(describe(settings), store, null, null, settings, truth);
    }

    /**
     * A dataset that grows while flows arrive, e.g. from a collector: its store is filled on another
     * thread, views compute on snapshots of it.
     *
     * @param source where the flows come from, e.g. "NetFlow/IPFIX collector on /127.0.0.1:2055"
     */
    public static Dataset live(String name, FlowStore store, String source) {
        return new Dataset(name, store, null, null, null, null, Objects.requireNonNull(source));
    }

    /** @return whether flows are still being added (a live dataset) */
    public boolean isLive() {
        return live != null;
    }

    /** @return e.g. "office-day, 1,000,000 flows, seed 1" */
    public static String describe(GeneratorSettings s) {
        return String.format(java.util.Locale.ROOT, "%s, %,d flows, seed %d", s.scenarioId(), s.flows(), s.seed());
    }

    /** @return an id unique in this session, for views that remember which dataset they show */
    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public FlowStore store() {
        return store;
    }

    /** @return the bytes of all flows */
    public long totalBytes() {
        return live != null ? store.snapshot().totalBytes() : totalBytes;
    }

    public FlowSnapshot snapshot() {
        return store.snapshot();
    }

    /** @return the file the flows were read from, empty for generated datasets */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** @return what the reader reported (skipped records, counters), empty for generated datasets */
    public Optional<ReadReport> report() {
        return Optional.ofNullable(report);
    }

    /** @return how the flows were generated, empty for datasets read from files */
    public Optional<GeneratorSettings> settings() {
        return Optional.ofNullable(settings);
    }

    /** @return the generator's labelled anomalies, empty for datasets read from files */
    public Optional<GroundTruth> groundTruth() {
        return Optional.ofNullable(truth);
    }

    /** @return where the flows came from, for the Datasets view */
    public String source() {
        return live != null ? live : file != null ? file.toString() : "generated: " + describe(settings);
    }

    @Override
    public String toString() {
        return name;
    }
}
