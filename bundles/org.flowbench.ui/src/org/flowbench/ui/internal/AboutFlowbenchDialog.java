package org.flowbench.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Help > About Flowbench: version and build, runtime, installed Flowbench bundles, credits. */
final class AboutFlowbenchDialog extends Dialog {

    private final FlowbenchInstallation installation;
    private Label versionLabel;
    private TableViewer bundlesViewer;

    AboutFlowbenchDialog(Shell parent, FlowbenchInstallation installation) {
        super(parent);
        this.installation = installation;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About Flowbench");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), area);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(16, 8).applyTo(area);

        Label logo = new Label(area, SWT.NONE);
        logo.setImage(resources.create(ImageDescriptor.createFromURL(bundleEntry("icons/flowbench64.png"))));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(logo);

        Composite heading = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(heading);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        Label name = new Label(heading, SWT.NONE);
        name.setText("Flowbench");
        name.setFont(JFaceResources.getHeaderFont());
        versionLabel = new Label(heading, SWT.NONE);
        versionLabel.setText(versionText());
        new Label(heading, SWT.NONE).setText("Network traffic analysis workbench");
        new Label(heading, SWT.NONE).setText(runtimeText());

        Label bundlesTitle = new Label(area, SWT.NONE);
        bundlesTitle.setText("Installed Flowbench plug-ins:");
        GridDataFactory.swtDefaults().span(2, 1).applyTo(bundlesTitle);
        createBundlesTable(area);

        Text credits = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        credits.setText(creditsText());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(560, 150).applyTo(credits);
        return area;
    }

    private void createBundlesTable(Composite area) {
        Composite holder = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(560, 140).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        bundlesViewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        bundlesViewer.getTable().setHeaderVisible(true);
        bundlesViewer.setContentProvider(ArrayContentProvider.getInstance());
        addColumn(layout, "Plug-in", 5, FlowbenchInstallation.InstalledBundle::symbolicName);
        addColumn(layout, "Version", 4, FlowbenchInstallation.InstalledBundle::version);
        addColumn(layout, "State", 2, FlowbenchInstallation.InstalledBundle::state);
        bundlesViewer.setInput(installation.flowbenchBundles());
    }

    private void addColumn(TableColumnLayout layout, String title, int weight,
            java.util.function.Function<FlowbenchInstallation.InstalledBundle, String> text) {
        TableViewerColumn column = new TableViewerColumn(bundlesViewer, SWT.NONE);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((FlowbenchInstallation.InstalledBundle) element);
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    String versionText() {
        String build = installation.build();
        return "Version " + installation.release() + (build.isEmpty() ? "" : " (build " + build + ")");
    }

    private static String runtimeText() {
        Bundle platform = FrameworkUtil.getBundle(org.eclipse.ui.PlatformUI.class);
        return "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), Eclipse workbench "
                + (platform != null ? platform.getVersion() : "unknown");
    }

    private static String creditsText() {
        try (InputStream in = bundleEntry("about/credits.txt").openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "The credits could not be read: " + e.getMessage();
        }
    }

    private static URL bundleEntry(String path) {
        return FileLocator.find(FrameworkUtil.getBundle(AboutFlowbenchDialog.class), new Path(path));
    }

    /** For tests: the version line as shown. */
    Label versionLabel() {
        return versionLabel;
    }

    /** For tests: the bundles table. */
    TableViewer bundlesViewer() {
        return bundlesViewer;
    }
}
