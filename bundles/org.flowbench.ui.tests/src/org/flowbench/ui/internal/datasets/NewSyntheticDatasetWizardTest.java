package org.flowbench.ui.internal.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.GeneratorSettings;
import org.flowbench.ui.UiTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wizard's page turns what is typed into generator settings, and says what is wrong. */
class NewSyntheticDatasetWizardTest {

    private WizardDialog dialog;
    private NewSyntheticDatasetWizard.SettingsPage page;

    @BeforeEach
    void open() {
        NewSyntheticDatasetWizard wizard = new NewSyntheticDatasetWizard(UiTesting.datasets());
        dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        page = (NewSyntheticDatasetWizard.SettingsPage) wizard.getPages()[0];
    }

    @AfterEach
    void close() {
        dialog.close();
    }

    private java.util.List<Text> texts() {
        java.util.List<Text> out = new java.util.ArrayList<>();
        collect((Composite) page.getControl(), Text.class, out);
        return out;
    }

    private static <T extends Control> void collect(Composite parent, Class<T> type, java.util.List<T> out) {
        for (Control c : parent.getChildren()) {
            if (type.isInstance(c)) {
                out.add(type.cast(c));
            }
            if (c instanceof Composite inner) {
                collect(inner, type, out);
            }
        }
    }

    @Test
    void theDefaultsAreAnOfficeDayOfAMillionFlowsWithEveryAnomaly() {
        GeneratorSettings s = page.settings();
        assertEquals(new GeneratorSettings("office-day", 1_000_000, 1, Instant.parse("2026-01-05T00:00:00Z"), Duration.ofHours(24),
                EnumSet.allOf(AnomalyKind.class)), s);
        assertTrue(page.isPageComplete());
    }

    @Test
    void typedValuesBecomeTheSettings() {
        java.util.List<Text> t = texts(); // flows, duration, start, seed
        t.get(0).setText("250k");
        t.get(1).setText("6h");
        t.get(2).setText("2026-02-02T06:00:00Z");
        t.get(3).setText("42");
        java.util.List<Button> checks = new java.util.ArrayList<>();
        collect((Composite) page.getControl(), Button.class, checks);
        checks.get(1).setSelection(false); // the volumetric burst off
        checks.get(1).notifyListeners(org.eclipse.swt.SWT.Selection, null);
        java.util.List<Combo> combos = new java.util.ArrayList<>();
        collect((Composite) page.getControl(), Combo.class, combos);
        combos.get(0).select(combos.get(0).indexOf(combos.get(0).getItems()[0]));
        GeneratorSettings s = page.settings();
        assertNotNull(s);
        assertEquals(250_000, s.flows());
        assertEquals(Duration.ofHours(6), s.duration());
        assertEquals(Instant.parse("2026-02-02T06:00:00Z"), s.start());
        assertEquals(42, s.seed());
        assertEquals(EnumSet.of(AnomalyKind.PORT_SCAN, AnomalyKind.SLOW_EXFILTRATION), s.anomalies());
    }

    @Test
    void mistakesAreShownAndBlockFinish() {
        java.util.List<Text> t = texts();
        t.get(0).setText("lots");
        assertFalse(page.isPageComplete());
        assertTrue(page.getErrorMessage().contains("'lots'"), page.getErrorMessage());
        t.get(0).setText("1000");
        t.get(1).setText("soon");
        assertFalse(page.isPageComplete());
        assertTrue(page.getErrorMessage().contains("soon"), page.getErrorMessage());
        t.get(1).setText("1h"); // too short for the three anomalies (they need over five hours)
        assertFalse(page.isPageComplete());
        assertTrue(page.getErrorMessage().contains("too short"), page.getErrorMessage());
        t.get(1).setText("6h");
        assertTrue(page.isPageComplete());
        assertNull(page.getErrorMessage());
    }
}
