package org.flowbench.ui.internal.datasets;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.flowbench.analysis.Counts;
import org.flowbench.analysis.Durations;
import org.flowbench.generator.AnomalyKind;
import org.flowbench.generator.GeneratorSettings;
import org.flowbench.generator.Scenario;
import org.flowbench.generator.Scenarios;
import org.flowbench.ui.datasets.DatasetManager;

/**
 * File > New Synthetic Dataset: scenario, number of flows, duration, start, seed and anomalies.
 * The same settings always give the same flows.
 */
public final class NewSyntheticDatasetWizard extends Wizard {

    private final DatasetManager datasets;
    private SettingsPage page;

    public NewSyntheticDatasetWizard(DatasetManager datasets) {
        this.datasets = datasets;
        setWindowTitle("New Synthetic Dataset");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        page = new SettingsPage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        GeneratorSettings settings = page.settings();
        if (settings == null) {
            return false;
        }
        datasets.generate(settings);
        return true;
    }

    /** The one page; checks every field as it is typed. */
    static final class SettingsPage extends WizardPage {
        private Combo scenario;
        private Text flows;
        private Text duration;
        private Text start;
        private Text seed;
        private final java.util.Map<AnomalyKind, Button> anomalies = new java.util.EnumMap<>(AnomalyKind.class);

        SettingsPage() {
            super("settings", "Synthetic traffic", null);
            setDescription("Generate flows of a scenario, with labelled anomalies if you like. The same seed gives the same flows.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
            label(c, "&Scenario:");
            scenario = new Combo(c, SWT.READ_ONLY);
            for (Scenario s : Scenarios.all()) {
                scenario.add(s.id() + " - " + s.name());
            }
            scenario.select(Math.max(0, Scenarios.all().stream().map(Scenario::id).toList().indexOf(GeneratorSettings.DEFAULT_SCENARIO)));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(scenario);
            flows = text(c, "&Flows (e.g. 1000000, 1M, 500k):", "1M");
            duration = text(c, "&Duration (e.g. 24h, 90m):", "24h");
            start = text(c, "S&tart (ISO-8601, UTC):", GeneratorSettings.DEFAULT_START.toString());
            seed = text(c, "S&eed:", "1");
            Group g = new Group(c, SWT.NONE);
            g.setText("Anomalies (each labelled with its time and hosts)");
            GridLayoutFactory.swtDefaults().applyTo(g);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(g);
            for (AnomalyKind k : AnomalyKind.values()) {
                Button b = new Button(g, SWT.CHECK);
                b.setText(k.displayName() + " (" + k.id() + ")");
                b.setSelection(true);
                b.addListener(SWT.Selection, e -> validate());
                anomalies.put(k, b);
            }
            scenario.addListener(SWT.Selection, e -> validate());
            setControl(c);
            validate();
        }

        private static void label(Composite c, String text) {
            new Label(c, SWT.NONE).setText(text);
        }

        private Text text(Composite c, String label, String value) {
            label(c, label);
            Text t = new Text(c, SWT.BORDER);
            t.setText(value);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(t);
            t.addListener(SWT.Modify, e -> validate());
            return t;
        }

        private void validate() {
            try {
                settings0();
                setErrorMessage(null);
                setPageComplete(true);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                setErrorMessage(e.getMessage());
                setPageComplete(false);
            }
        }

        GeneratorSettings settings() {
            try {
                return settings0();
            } catch (IllegalArgumentException | DateTimeParseException e) {
                setErrorMessage(e.getMessage());
                return null;
            }
        }

        private GeneratorSettings settings0() {
            String id = Scenarios.all().get(scenario.getSelectionIndex()).id();
            long n = Counts.parse(flows.getText());
            Duration d = Duration.of(Durations.parseMicros(duration.getText()), java.time.temporal.ChronoUnit.MICROS);
            Instant from;
            try {
                from = Instant.parse(start.getText().trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("start '" + start.getText() + "' is not an ISO-8601 instant such as 2026-01-05T00:00:00Z");
            }
            long s;
            try {
                s = Long.parseLong(seed.getText().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the seed must be a whole number");
            }
            Set<AnomalyKind> kinds = EnumSet.noneOf(AnomalyKind.class);
            anomalies.forEach((k, b) -> {
                if (b.getSelection()) {
                    kinds.add(k);
                }
            });
            return new GeneratorSettings(id, n, s, from, d, kinds);
        }
    }
}
