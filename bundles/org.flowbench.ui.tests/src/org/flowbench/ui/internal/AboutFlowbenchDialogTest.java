package org.flowbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

class AboutFlowbenchDialogTest {

    private AboutFlowbenchDialog dialog;

    @AfterEach
    void close() {
        if (dialog != null) {
            dialog.close();
        }
    }

    private AboutFlowbenchDialog open() {
        dialog = new AboutFlowbenchDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                new FlowbenchInstallation());
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    @Test
    void showsTheVersionOfTheInstalledBundle() {
        Bundle ui = FrameworkUtil.getBundle(AboutFlowbenchDialog.class);
        String text = open().versionLabel().getText();
        // The build stamps a qualifier of the form vYYYYMMDD-HHMM into every bundle.
        assertTrue(Pattern.matches("Version \\d+\\.\\d+\\.\\d+ \\(build v\\d{8}-\\d{4}\\)", text), text);
        assertEquals("Version " + ui.getVersion().getMajor() + "." + ui.getVersion().getMinor() + "."
                + ui.getVersion().getMicro() + " (build " + ui.getVersion().getQualifier() + ")", text);
    }

    @Test
    void listsTheFlowbenchBundlesThatAreInstalled() {
        Table table = open().bundlesViewer().getTable();
        List<String> names = Stream.of(table.getItems()).map(i -> i.getText(0)).toList();
        List<String> expected = Stream.of(FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles())
                .map(Bundle::getSymbolicName).filter(n -> n.startsWith("org.flowbench.")).sorted().toList();
        assertEquals(expected, names);
        assertTrue(names.contains("org.flowbench.model"), names.toString());
        assertTrue(names.contains("org.flowbench.ui"), names.toString());
        TableItem ui = table.getItem(names.indexOf("org.flowbench.ui"));
        assertEquals("Active", ui.getText(2));
    }

    @Test
    void creditsTheThirdPartyComponents() {
        AboutFlowbenchDialog d = open();
        assertEquals("About Flowbench", d.getShell().getText());
        String credits = findText(d.getShell());
        assertTrue(credits.contains("Eclipse SWTChart"), credits);
        assertTrue(credits.contains("Apache Felix"), credits);
        assertTrue(credits.contains("IP Geolocation by DB-IP"), credits);
        assertTrue(credits.contains("Natural Earth"), credits);
    }

    private static String findText(org.eclipse.swt.widgets.Composite composite) {
        StringBuilder sb = new StringBuilder();
        for (org.eclipse.swt.widgets.Control c : composite.getChildren()) {
            if (c instanceof org.eclipse.swt.widgets.Text t) {
                sb.append(t.getText());
            } else if (c instanceof org.eclipse.swt.widgets.Composite inner) {
                sb.append(findText(inner));
            }
        }
        return sb.toString();
    }
}
