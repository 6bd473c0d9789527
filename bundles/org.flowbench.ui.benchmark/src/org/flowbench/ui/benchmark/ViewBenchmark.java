package org.flowbench.ui.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
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
    private volatile int exitCode;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        long flows = 10_000_000;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("-flows")) {
                flows = Long.parseLong(args[i + 1]);
            }
        }
        long n = flows;
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
                    Thread t = new Thread(() -> run(display, n), "view benchmark");
                    t.setDaemon(true);
                    t.start();
                }
            });
        } finally {
            display.dispose();
        }
        return exitCode;
    }

    private void run(Display display, long flows) {
        try (UiThreadWatch watch = new UiThreadWatch(display)) {
            DatasetManager datasets = PlatformUI.getWorkbench().getService(DatasetManager.class);
            SelectionService selection = PlatformUI.getWorkbench().getService(SelectionService.class);
            List<UpdatingView> views = openEveryFlowbenchView(display);
            System.out.printf(Locale.ROOT, "Flowbench view benchmark: %,d flows, %d views that update: %s%n%n", flows, views.size(),
                    String.join(", ", views.stream().map(v -> ((IViewPart) v).getTitle()).toList()));

            GeneratorSettings settings = GeneratorSettings.defaults().withFlows(flows).withAnomalies(EnumSet.allOf(AnomalyKind.class));
            watch.takeLongestMillis();
            long t = System.nanoTime();
            Job generate = datasets.generate(settings);
            generate.join();
            double generated = millis(t);
            awaitViews(views);
            row("generate " + flows + " flows, then every view shows them", millis(t), generated, watch.takeLongestMillis());

            Dataset dataset = datasets.active().orElseThrow();
            TimeRange day = settings.timeRange();
            long[] latencies = new long[12];
            int k = 0;
            for (int hour = 7; hour < 19; hour += 3) {
                TimeRange range = new TimeRange(day.startMicros() + hour * HOUR, day.startMicros() + (hour + 1) * HOUR);
                latencies[k++] = change(display, views, () -> selection.selectTimeRange(range));
            }
            for (String filter : new String[] { "port 443", "net 10.0.0.0/8", "udp", "not tcp", "dst port 53" }) {
                latencies[k++] = change(display, views, () -> selection.selectFilter(FlowFilter.parse(filter)));
            }
            for (int i = 0; i < 3; i++) {
                latencies[k++] = change(display, views, selection::clear);
                if (i < 2) {
                    TimeRange range = new TimeRange(day.startMicros() + (9 + i) * HOUR, day.startMicros() + (10 + i) * HOUR);
                    change(display, views, () -> selection.selectTimeRange(range));
                }
            }
            Arrays.sort(latencies);
            row("selection change until every view shows new data: median", latencies[latencies.length / 2] / 1e6, Double.NaN,
                    watch.takeLongestMillis());
            row("selection change until every view shows new data: worst", latencies[latencies.length - 1] / 1e6, Double.NaN, Double.NaN);

            Path file = Files.createTempFile("flowbench-view-benchmark", FlowStoreFile.EXTENSION);
            try {
                FlowStoreFile.write(dataset.snapshot(), file);
                watch.takeLongestMillis();
                t = System.nanoTime();
                Job open = datasets.open(file);
                open.join();
                double loaded = millis(t);
                awaitViews(views);
                row("open the same flows from a .flows file, then every view shows them", millis(t), loaded, watch.takeLongestMillis());
            } finally {
                Files.deleteIfExists(file);
            }
            print(flows);
        } catch (Exception e) {
            e.printStackTrace();
            exitCode = 1;
        } finally {
            display.asyncExec(() -> PlatformUI.getWorkbench().close());
        }
    }

    private static List<UpdatingView> openEveryFlowbenchView(Display display) {
        List<UpdatingView> views = new ArrayList<>();
        display.syncExec(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            for (IViewDescriptor d : PlatformUI.getWorkbench().getViewRegistry().getViews()) {
                if (d.getId().startsWith("org.flowbench.")) {
                    try {
                        page.showView(d.getId(), null, IWorkbenchPage.VIEW_CREATE);
                    } catch (org.eclipse.ui.PartInitException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            for (IViewReference ref : page.getViewReferences()) {
                IViewPart part = ref.getView(true);
                if (part instanceof UpdatingView u) {
                    views.add(u);
                }
            }
        });
        return views;
    }

    /** @return nanoseconds from the change, made on the UI thread, to every view showing its new data */
    private static long change(Display display, List<UpdatingView> views, Runnable selectionChange) throws InterruptedException {
        long[] started = new long[1];
        display.syncExec(() -> {
            started[0] = System.nanoTime();
            selectionChange.run();
        });
        awaitViews(views);
        return System.nanoTime() - started[0];
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

    private static double millis(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private void row(String what, double totalMillis, double jobMillis, double uiBlockedMillis) {
        rows.add(new String[] { what, String.format(Locale.ROOT, "%.0f", totalMillis),
                Double.isNaN(jobMillis) ? "" : String.format(Locale.ROOT, "%.0f", jobMillis),
                Double.isNaN(uiBlockedMillis) ? "" : String.format(Locale.ROOT, "%.0f", uiBlockedMillis) });
    }

    private void print(long flows) {
        String[] header = { "step", "ms", "of which the job ms", "longest UI thread stall ms" };
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
