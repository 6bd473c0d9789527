package org.flowbench.ide.driver.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.views.IViewCategory;
import org.eclipse.ui.views.IViewDescriptor;
import org.flowbench.ui.charts.ChartsUi;
import org.flowbench.ui.datasets.Dataset;
import org.flowbench.ui.datasets.DatasetManager;
import org.flowbench.ui.views.UpdatingView;

/**
 * What IdeInstallIT does inside the IDE, as a user would with the mouse: puts the file given in
 * {@code flowbench.ide.driver.file} into a workspace project, selects it in the Project Explorer,
 * opens the explorer's context menu and chooses "Open in Flowbench", waits until the Flowbench
 * view shows the file, saves a screenshot and closes the IDE. What it saw goes, line by line, to
 * {@code result.txt} in the folder {@code flowbench.ide.driver.out}; the test judges it.
 */
public final class IdeDriver implements IStartup {

    private static final long TIMEOUT_MILLIS = 120_000;

    @Override
    public void earlyStartup() {
        String out = System.getProperty("flowbench.ide.driver.out");
        if (out == null) {
            return;
        }
        List<String> report = new ArrayList<>();
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        try {
            IFile file = workspaceFile(Path.of(System.getProperty("flowbench.ide.driver.file")));
            report.add("file: " + file.getFullPath());
            report.addAll(ui(display, IdeDriver::showViewCategories));
            report.add(ui(display, () -> chooseFromContextMenu(file)));
            awaitViewUpToDate(display);
            report.add(ui(display, IdeDriver::shownDataset));
            report.add(ui(display, () -> screenshot(display, Path.of(out, "ide.png"))));
        } catch (Throwable t) {
            report.add("error: " + t);
        } finally {
            try {
                Files.write(Path.of(out, "result.txt"), report);
            } catch (Exception e) {
                e.printStackTrace();
            }
            display.asyncExec(workbench::close);
        }
    }

    private static IFile workspaceFile(Path data) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("traffic");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile(data.getFileName().toString());
        try (InputStream in = Files.newInputStream(data)) {
            file.create(in, true, null);
        }
        return file;
    }

    /** @return per view category of Window > Show View that has Flowbench views: "category: NAME: VIEW, VIEW" */
    private static List<String> showViewCategories() {
        List<String> lines = new ArrayList<>();
        for (IViewCategory c : PlatformUI.getWorkbench().getViewRegistry().getCategories()) {
            List<String> flowbench = Arrays.stream(c.getViews()).map(IViewDescriptor::getId).filter(id -> id.startsWith("org.flowbench."))
                    .toList();
            if (!flowbench.isEmpty()) {
                lines.add("category: " + c.getLabel() + ": " + Arrays.stream(c.getViews()).map(IViewDescriptor::getLabel).sorted()
                        .collect(Collectors.joining(", ")));
            }
        }
        return lines;
    }

    /** @return "menu: ITEM | ITEM | ..." as the explorer's context menu showed for the file */
    private static String chooseFromContextMenu(IFile file) throws Exception {
        // room for the views in the screenshot: an IDE user's window, not the default 1024 x 768
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1440, 900);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CommonNavigator explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
        explorer.getCommonViewer().refresh();
        explorer.selectReveal(new StructuredSelection(file));
        explorer.getCommonViewer().getTree().setFocus();
        Menu menu = explorer.getCommonViewer().getTree().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> labels = new ArrayList<>();
        MenuItem open = null;
        for (MenuItem item : menu.getItems()) {
            String label = item.getText().replace("&", "").replaceAll("\t.*", "");
            if (!label.isEmpty()) {
                labels.add(label);
            }
            if (label.equals("Open in Flowbench")) {
                open = item;
            }
        }
        if (open != null) {
            open.notifyListeners(SWT.Selection, new Event());
        }
        menu.notifyListeners(SWT.Hide, new Event());
        return "menu: " + String.join(" | ", labels);
    }

    /** Until the file is read and the Traffic over time view shows it; off the UI thread. */
    private static void awaitViewUpToDate(Display display) throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            boolean ready = ui(display, () -> {
                IViewPart view = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                        .findView(ChartsUi.TRAFFIC_OVER_TIME_VIEW_ID);
                return view instanceof UpdatingView u && u.isUpToDate()
                        && PlatformUI.getWorkbench().getService(DatasetManager.class).active().isPresent()
                        && Job.getJobManager().find(DatasetManager.JOB_FAMILY).length == 0;
            });
            if (ready) {
                Thread.sleep(1000); // one more second for the chart to paint
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the Traffic over time view did not show a dataset within 2 minutes");
    }

    /** @return "dataset: NAME, N flows, view: ID" of the active dataset and the view that shows it */
    private static String shownDataset() {
        Dataset active = PlatformUI.getWorkbench().getService(DatasetManager.class).active().orElseThrow();
        IViewPart view = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findView(ChartsUi.TRAFFIC_OVER_TIME_VIEW_ID);
        return "dataset: " + active.name() + ", " + active.snapshot().size() + " flows, view: " + view.getViewSite().getId();
    }

    /** @return "screenshot: PATH" of the IDE's window, as on the screen */
    private static String screenshot(Display display, Path png) {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader saver = new ImageLoader();
            saver.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            saver.save(png.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        return "screenshot: " + png;
    }

    /** Runs on the UI thread and hands back the value or the failure. */
    private static <T> T ui(Display display, Callable<T> task) throws Exception {
        AtomicReference<T> value = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                value.set(task.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return value.get();
    }
}
