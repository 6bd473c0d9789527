package org.flowbench.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.FlowbenchUi;
import org.flowbench.ui.datasets.Dataset;
import org.flowbench.ui.jobs.AnalysisJobs;
import org.flowbench.ui.selection.SelectionService;
import org.flowbench.ui.selection.TrafficSelection;
import org.flowbench.ui.views.UpdatingView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Rehearses the open views' work once per session, in the background, when the first large
 * dataset is shown: every view computes what it would show for a few typical selections (an hour's
 * share of the data, filters of every kind) and drops it. The JIT compiles code once it has run
 * often enough; without a rehearsal that happens during the user's first selections, which then
 * take longer while the compiler competes with the views and the UI thread for the cores. A
 * selection change cancels the rehearsal, and a view with work of its own interrupts it; it goes
 * on where it stopped after a quiet second.
 */
@Component(immediate = true)
public final class ViewRehearsal {

    /** Smaller datasets are quick anyway, and have too few segments to get the scans compiled. */
    static final long MIN_FLOWS = 1_000_000;
    /** Every kind of filter, each predicate class of the scan loops among them. */
    static final List<String> FILTERS = List.of("", "net 192.168.0.0/16", "port 80", "icmp", "not udp",
            "src portrange 1024-65535 and dst port 123", "host 192.0.2.1 or dst net 172.16.0.0/12");
    static final int SELECTIONS = 2 * FILTERS.size();
    /** A rehearsed time range is this share of the data's span: an hour of a day. */
    private static final int PARTS = 24;
    private static final long QUIET_MILLIS = 1000;

    private final SelectionService selection;
    private final Consumer<TrafficSelection> listener = this::selected;
    private final Job job = new Job("Preparing the views") {
        @Override
        protected IStatus run(IProgressMonitor monitor) {
            return rehearse(monitor);
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == FlowbenchUi.VIEW_REHEARSAL_JOB_FAMILY;
        }
    };
    private volatile boolean done;
    /** The dataset being rehearsed, and how many of its samples every view has rehearsed; the job's. */
    private Dataset rehearsing;
    private int rehearsed;

    @Activate
    public ViewRehearsal(@Reference SelectionService selection) {
        this.selection = selection;
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        AnalysisJobs.add(job); // never beside the views' own analyses
        selection.addListener(listener);
        selected(selection.current());
    }

    @Deactivate
    void stop() {
        selection.removeListener(listener);
        job.cancel();
    }

    private void selected(TrafficSelection s) {
        if (done) {
            return;
        }
        job.cancel();
        if (s.dataset() != null && s.dataset().snapshot().size() >= MIN_FLOWS) {
            job.schedule(QUIET_MILLIS);
        }
    }

    private IStatus rehearse(IProgressMonitor monitor) {
        Dataset dataset = selection.current().dataset();
        if (dataset == null || dataset.snapshot().size() < MIN_FLOWS || !PlatformUI.isWorkbenchRunning()) {
            return Status.CANCEL_STATUS;
        }
        if (dataset != rehearsing) {
            rehearsing = dataset;
            rehearsed = 0;
        }
        rehearsed = rehearse(openViews(), dataset, rehearsed, monitor);
        done = rehearsed == SELECTIONS;
        if (done) {
            return Status.OK_STATUS;
        }
        if (!monitor.isCanceled()) {
            job.schedule(QUIET_MILLIS); // a view had work of its own: on from here when it is done
        }
        return Status.CANCEL_STATUS;
    }

    /**
     * Rehearses the samples from {@code from} on, until the end, a cancellation, or a view that has
     * work of its own to show (the rehearsal gives way to it at once).
     *
     * @return how many samples every view has rehearsed, counting those before {@code from}
     */
    static int rehearse(List<UpdatingView> views, Dataset dataset, int from, IProgressMonitor monitor) {
        List<TrafficSelection> samples = samples(dataset);
        monitor.beginTask("Preparing the views", (samples.size() - from) * views.size());
        for (int i = from; i < samples.size(); i++) {
            for (UpdatingView v : views) {
                if (monitor.isCanceled() || !views.stream().allMatch(UpdatingView::isUpToDate)) {
                    return i;
                }
                try {
                    v.rehearse(samples.get(i), monitor);
                } catch (CancellationException e) {
                    return i; // how the views' work stops when canceled
                }
                monitor.worked(1);
            }
            if (monitor.isCanceled()) {
                return i; // a view may have stopped in the middle of this sample
            }
        }
        return samples.size();
    }

    /**
     * @return the rehearsed selections: each a 24th of the data's span (an hour of a day), spread
     *         over it, with every filter twice
     */
    static List<TrafficSelection> samples(Dataset dataset) {
        TimeRange span = dataset.snapshot().timeSpan();
        if (span == null) {
            return List.of();
        }
        long length = Math.max(1, span.lengthMicros() / PARTS);
        TrafficSelection all = TrafficSelection.of(dataset);
        List<TrafficSelection> samples = new ArrayList<>();
        for (int i = 0; i < SELECTIONS; i++) {
            int k = (7 * i + 5) % PARTS; // 7 is prime to 24: the ranges differ
            TimeRange range = new TimeRange(span.startMicros() + k * length, span.startMicros() + (k + 1) * length);
            samples.add(all.withTimeRange(range).withFilter(FlowFilter.parse(FILTERS.get(i % FILTERS.size()))));
        }
        return samples;
    }

    private static List<UpdatingView> openViews() {
        List<UpdatingView> views = new ArrayList<>();
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> {
            for (IWorkbenchWindow w : PlatformUI.getWorkbench().getWorkbenchWindows()) {
                for (IWorkbenchPage p : w.getPages()) {
                    for (IViewReference r : p.getViewReferences()) {
                        if (r.getView(false) instanceof UpdatingView u) {
                            views.add(u);
                        }
                    }
                }
            }
        });
        return views;
    }
}
