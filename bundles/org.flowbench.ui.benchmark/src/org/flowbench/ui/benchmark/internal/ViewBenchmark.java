package org.flowbench.ui.benchmark.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.views.IViewDescriptor;
import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.GeneratorSettings;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.FlowStoreFile;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.FlowbenchUi;
import org.flowbench.ui.datasets.Dataset;
import org.flowbench.ui.datasets.DatasetManager;
import org.flowbench.ui.selection.SelectionService;
import org.flowbench.ui.views.UpdatingView;

/**
 * The workbench with every Flowbench view open on a large dataset (10 M flows unless
 * {@code -flows N} says otherwise), timed the way a user feels it: from a new selection (a time
 * range, a filter, cleared again) to the moment every view shows its new data, and how long the
 * UI thread was ever busy at a stretch while generating, loading and updating. Prints a table and
 * exits. Started by releng/scripts/view-benchmark.sh.
 */
public final class ViewBenchmark implements IApplication {

    private static final long HOUR = 3_600_000_000L;

    private final List<String[]> rows = new ArrayList<>();
    /** Lines printed after the table. */
    private final List<String> notes = new ArrayList<>();
    private final Map<String, List<Long>> viewLatencies = new LinkedHashMap<>();
    /** The CPU time of the process during each selection change since the last summary. */
    private final List<Long> changeCpu = new ArrayList<>();
    /** Whether {@link #change} notes each view's time: for the one-hour selections, the target's case. */
    private boolean perView = true;
    /** With -profile: where the UI thread was during its long waits, per step. */
    private final List<String> profiles = new ArrayList<>();
    private UiThreadWatch watch;
    private boolean profile;
    private volatile int exitCode;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        long flows = 10_000_000;
        boolean profile = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-flows") && i + 1 < args.length) {
                flows = Long.parseLong(args[i + 1]);
            }
            profile |= args[i].equals("-profile");
        }
        long n = flows;
        boolean sampleStalls = profile;
        Display display = PlatformUI.createDisplay();
        try {
            PlatformUI.createAndRunWorkbench(display, new WorkbenchAdvisor() {
                @Override
                public String getInitialWindowPerspectiveId() {
                    return FlowbenchUi.PERSPECTIVE_ID;
                }

                @Override
                public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
                    configurer.setInitialSize(new org.eclipse.swt.graphics.Point(1600, 1000));
                    return new WorkbenchWindowAdvisor(configurer) {
                    };
                }

                @Override
                public void postStartup() {
                    Thread t = new Thread(() -> run(display, n, sampleStalls), "view benchmark");
                    t.setDaemon(true);
                    t.start();
                }
            });
        } finally {
            display.dispose();
        }
        return exitCode;
    }

    private void run(Display display, long flows, boolean profile) {
        this.profile = profile;
        try (UiThreadWatch watch = new UiThreadWatch(display, profile)) {
            this.watch = watch;
            DatasetManager datasets = PlatformUI.getWorkbench().getService(DatasetManager.class);
            SelectionService selection = PlatformUI.getWorkbench().getService(SelectionService.class);
            awaitPainted(display); // the workbench's own start-up work (styling, first paint) is not the views'
            watch.takeLongestMillis();
            watch.takeProfile(0);
            long opening = System.nanoTime();
            List<UpdatingView> views = openEveryFlowbenchView(display);
            awaitPainted(display);
            row("open every view, one by one (no dataset yet), and paint them", millis(opening), Double.NaN, Double.NaN, stall());
            System.out.printf(Locale.ROOT, "Flowbench view benchmark: %,d flows, %d views that update: %s%n%n", flows, views.size(),
                    String.join(", ", views.stream().map(v -> ((IViewPart) v).getTitle()).toList()));

            // freshly opened views load their classes and paint for the first time: measured apart
            GeneratorSettings small = GeneratorSettings.defaults().withFlows(10_000).withAnomalies(EnumSet.allOf(AnomalyKind.class));
            watch.takeLongestMillis();
            long t = System.nanoTime();
            long cpu = cpuNanos();
            Job warmUp = datasets.generate(small);
            warmUp.join();
            double warmedUp = millis(t);
            awaitViews(views);
            row("first data in the freshly opened views: 10000 flows", millis(t), warmedUp, cpuMillis(cpu), stall());

            GeneratorSettings settings = GeneratorSettings.defaults().withFlows(flows).withAnomalies(EnumSet.allOf(AnomalyKind.class));
            watch.takeLongestMillis();
            t = System.nanoTime();
            cpu = cpuNanos();
            Job generate = datasets.generate(settings);
            generate.join();
            double generated = millis(t);
            awaitViews(views);
            row("generate " + flows + " flows, then every view shows them", millis(t), generated, cpuMillis(cpu), stall());

            // once per session, on the first large dataset: as a user looks at the new data
            t = System.nanoTime();
            cpu = cpuNanos();
            Job.getJobManager().join(FlowbenchUi.VIEW_REHEARSAL_JOB_FAMILY, null);
            row("the views rehearse their work in the background (once per session)", millis(t), Double.NaN, cpuMillis(cpu),
                    stall());

            Dataset dataset = datasets.active().orElseThrow();
            TimeRange day = settings.timeRange();
            // every range and filter a different one, so that no view finds its answer kept from before
            List<Long> ranges = new ArrayList<>();
            Map<String, Long> threadCpu = ThreadCpu.byKind();
            java.time.Instant selectionsStart = java.time.Instant.now();
            for (int hour = 6; hour < 22; hour += 2) {
                TimeRange range = new TimeRange(day.startMicros() + hour * HOUR, day.startMicros() + (hour + 1) * HOUR);
                ranges.add(change(display, views, () -> selection.selectTimeRange(range)));
            }
            if (profile) {
                profiles.add("\nCPU ms of the process's threads during the 8 one-hour selections (" + selectionsStart + " to "
                        + java.time.Instant.now() + "), by kind of thread:");
                profiles.addAll(ThreadCpu.since(threadCpu));
            }
            summarize("select one hour (8 different hours)", ranges, stall());
            perView = false;
            List<Long> filters = new ArrayList<>();
            List<String> eachFilter = new ArrayList<>();
            for (String filter : new String[] { "port 443", "net 10.0.0.0/8", "udp", "not tcp", "dst port 53" }) {
                filters.add(change(display, views, () -> selection.selectFilter(FlowFilter.parse(filter))));
                eachFilter.add(String.format(Locale.ROOT, "%s %.0f ms", filter, filters.get(filters.size() - 1) / 1e6));
            }
            notes.add("filters within that hour, each: " + String.join(", ", eachFilter));
            summarize("filter within that hour (5 different filters)", filters, stall());
            List<Long> wholeDay = new ArrayList<>();
            wholeDay.add(change(display, views, () -> selection.selectFilter(FlowFilter.parse("tcp"))));
            wholeDay.add(change(display, views, () -> selection.selectTimeRange(TimeRange.ALL)));
            changeCpu.remove(0); // the filter's change, which only leads to the one measured
            summarize("filter all " + flows + " flows (tcp)", wholeDay.subList(1, 2), stall());
            summarize("clear: back to all flows", List.of(change(display, views, selection::clear)),
                    stall());

            Path file = Files.createTempFile("flowbench-view-benchmark", FlowStoreFile.EXTENSION);
            try {
                FlowStoreFile.write(dataset.snapshot(), file);
                watch.takeLongestMillis();
                t = System.nanoTime();
                cpu = cpuNanos();
                Job open = datasets.open(file);
                open.join();
                double loaded = millis(t);
                awaitViews(views);
                row("open the same flows from a .flows file, then every view shows them", millis(t), loaded, cpuMillis(cpu),
                        stall());
            } finally {
                Files.deleteIfExists(file);
            }
            print(flows);
            notes.forEach(System.out::println);
            printViewLatencies();
            profiles.forEach(System.out::println);
        } catch (Exception e) {
            e.printStackTrace();
            exitCode = 1;
        } finally {
            display.asyncExec(() -> PlatformUI.getWorkbench().close());
        }
    }

    /** Opens every Flowbench view, each in a task of its own as a user opens views one by one. */
    private static List<UpdatingView> openEveryFlowbenchView(Display display) {
        List<String> ids = new ArrayList<>();
        for (IViewDescriptor d : PlatformUI.getWorkbench().getViewRegistry().getViews()) {
            if (d.getId().startsWith("org.flowbench.")) {
                ids.add(d.getId());
            }
        }
        for (String id : ids) {
            display.syncExec(() -> {
                try {
                    page().showView(id, null, IWorkbenchPage.VIEW_CREATE);
                } catch (org.eclipse.ui.PartInitException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        List<UpdatingView> views = new ArrayList<>();
        display.syncExec(() -> {
            for (IViewReference ref : page().getViewReferences()) {
                if (ref.getView(true) instanceof UpdatingView u) {
                    views.add(u);
                }
            }
        });
        return views;
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
    }

    /** Waits until the UI thread has painted the views and has had nothing to do for a while. */
    private static void awaitPainted(Display display) throws InterruptedException {
        display.syncExec(() -> page().getWorkbenchWindow().getShell().update());
        for (int idle = 0; idle < 5;) {
            long t = System.nanoTime();
            display.syncExec(() -> {
            });
            idle = millis(t) < 5 ? idle + 1 : 0;
            Thread.sleep(100);
        }
    }

    /** @return nanoseconds from the change, made on the UI thread, to every view showing its new data */
    private long change(Display display, List<UpdatingView> views, Runnable selectionChange) throws InterruptedException {
        long[] started = new long[1];
        long cpu = cpuNanos();
        display.syncExec(() -> {
            started[0] = System.nanoTime();
            selectionChange.run();
        });
        List<UpdatingView> waiting = new ArrayList<>(views);
        long deadline = started[0] + 120_000_000_000L;
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            for (var it = waiting.iterator(); it.hasNext();) {
                UpdatingView v = it.next();
                if (v.isUpToDate()) {
                    if (perView) {
                        viewLatencies.computeIfAbsent(((IViewPart) v).getViewSite().getId(), t -> new ArrayList<>())
                                .add(System.nanoTime() - started[0]);
                    }
                    it.remove();
                }
            }
            Thread.sleep(0, 200_000);
        }
        awaitViews(views);
        long nanos = System.nanoTime() - started[0];
        changeCpu.add(cpuNanos() - cpu);
        return nanos;
    }

    /** Each view's median and worst time to its new data over the selection changes. */
    private void printViewLatencies() {
        System.out.println("\nper view, from selecting one hour to its new data (ms):");
        viewLatencies.forEach((view, nanos) -> {
            List<Long> sorted = nanos.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "  %-45s median %6.0f  worst %6.0f%n", view, sorted.get(sorted.size() / 2) / 1e6,
                    sorted.get(sorted.size() - 1) / 1e6);
        });
    }

    private static void awaitViews(List<UpdatingView> views) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!views.stream().allMatch(UpdatingView::isUpToDate)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("views not up to date after 2 minutes: " + String.join(", ",
                        views.stream().filter(v -> !v.isUpToDate()).map(v -> ((IViewPart) v).getTitle()).toList()));
            }
            Thread.sleep(0, 200_000);
        }
    }

    /** @return the longest wait of the UI thread since the last call, with the CPU time it used itself meanwhile */
    private String stall() {
        double millis = watch.takeLongestMillis();
        return String.format(Locale.ROOT, "%.0f (own CPU %.0f)", millis, watch.lastLongestCpuMillis());
    }

    private void summarize(String what, List<Long> nanos, String uiBlocked) {
        List<Long> sorted = nanos.stream().sorted().toList();
        List<Long> cpu = changeCpu.stream().sorted().toList();
        changeCpu.clear();
        String median = sorted.size() > 1 ? ": median" : "";
        row(what + median, sorted.get(sorted.size() / 2) / 1e6, Double.NaN, cpu.get(cpu.size() / 2) / 1e6, uiBlocked);
        if (sorted.size() > 1) {
            row(what + ": worst", sorted.get(sorted.size() - 1) / 1e6, Double.NaN, cpu.get(cpu.size() - 1) / 1e6, "");
        }
    }

    private static double millis(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    /** @return the CPU time of the whole process so far, on every thread (in steps of the kernel's clock tick) */
    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private static double cpuMillis(long since) {
        return (cpuNanos() - since) / 1e6;
    }

    private void row(String what, double totalMillis, double jobMillis, double cpuMillis, String uiBlocked) {
        if (profile) {
            List<String> hottest = watch.takeProfile(40);
            if (!hottest.isEmpty()) {
                profiles.add("\nmethods on the UI thread's stack while it was busy for over 50 ms, share of the samples: " + what);
                profiles.addAll(hottest);
            }
        }
        rows.add(new String[] { what, String.format(Locale.ROOT, "%.0f", totalMillis),
                Double.isNaN(jobMillis) ? "" : String.format(Locale.ROOT, "%.0f", jobMillis),
                Double.isNaN(cpuMillis) ? "" : String.format(Locale.ROOT, "%.0f", cpuMillis),
                uiBlocked });
    }

    private void print(long flows) {
        String[] header = { "step, until every view shows its new data", "ms", "of which the job ms", "CPU ms, all threads",
                "longest UI thread stall ms" };
        int[] w = new int[header.length];
        for (int c = 0; c < w.length; c++) {
            w[c] = header[c].length();
            for (String[] r : rows) {
                w[c] = Math.max(w[c], r[c].length());
            }
        }
        System.out.println(line(header, w));
        rows.forEach(r -> System.out.println(line(r, w)));
        System.out.printf(Locale.ROOT, "%ntargets: a selection change on %,d flows reaches every view within 200 ms; the UI thread never "
                + "stalls longer than 100 ms%n", flows);
    }

    private static String line(String[] cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String pad = " ".repeat(w[c] - cells[c].length());
            sb.append(c == 0 ? cells[c] + pad : "  " + pad + cells[c]);
        }
        return sb.toString();
    }

    @Override
    public void stop() {
        // the benchmark closes the workbench itself when it is done
    }
}
