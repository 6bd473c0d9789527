package org.flowbench.ui.charts.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.flowbench.analysis.AnalysisDescriptor;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.AnalysisRegistry;
import org.flowbench.analysis.AnalysisResult;
import org.flowbench.analysis.ParameterDescriptor;
import org.flowbench.analysis.Ranking;
import org.flowbench.analysis.ResultGrid;
import org.flowbench.analysis.TimeSeries;
import org.flowbench.ui.charts.ChartsUi;
import org.flowbench.ui.charts.ExportableChart;
import org.flowbench.ui.charts.RankingChart;
import org.flowbench.ui.charts.TimeSeriesChart;
import org.flowbench.ui.selection.TrafficSelection;
import org.flowbench.ui.views.AnalysisView;

/**
 * Shows any installed analysis, chosen from a list, by the kind of its result: a time series as a
 * chart over time, a ranking as bars, tables and findings as a table. Its settings form is made
 * from the analysis's parameter descriptors. So an analysis that a plugin contributes appears in
 * the workbench with no UI code of its own.
 */
public final class AnalysisResultView extends AnalysisView implements ExportableChart {

    public static final String ID = ChartsUi.ANALYSIS_VIEW_ID;
    private static final String MEMENTO_ANALYSIS = "analysis";
    /** Time series buckets asked for: about one per pixel, 1000 before the chart has a size. */
    private static final int MIN_RESOLUTION = 100;
    private static final int DEFAULT_RESOLUTION = 1000;

    private final Runnable registryListener = () -> PlatformUI.getWorkbench().getDisplay().asyncExec(this::fillChoices);
    private AnalysisRegistry registry;
    private volatile String analysisId = "top-talkers";
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private List<AnalysisDescriptor> choices = List.of();
    private Combo chooser;
    private Composite settings;
    private Label description;
    private Composite pages;
    private StackLayout pageLayout;
    private TimeSeriesChart timeChart;
    private RankingChart rankingChart;
    private TableViewer table;
    private Composite tableHolder;
    private Chart shownChart;
    /** The time chart's plot width, for the jobs, which may not ask the widget. */
    private volatile int plotWidth;

    @Override
    public void init(IViewSite site, IMemento memento) throws PartInitException {
        super.init(site, memento);
        if (memento != null && memento.getString(MEMENTO_ANALYSIS) != null) {
            analysisId = memento.getString(MEMENTO_ANALYSIS);
        }
    }

    @Override
    public void saveState(IMemento memento) {
        super.saveState(memento);
        memento.putString(MEMENTO_ANALYSIS, analysisId);
    }

    @Override
    protected String analysisId() {
        return analysisId;
    }

    @Override
    protected void createContent(Composite parent) {
        registry = PlatformUI.getWorkbench().getService(AnalysisRegistry.class);
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(root);
        Composite bar = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText("&Analysis:");
        chooser = new Combo(bar, SWT.READ_ONLY);
        chooser.addListener(SWT.Selection, e -> choose(choices.get(chooser.getSelectionIndex()).id()));
        settings = new Composite(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(settings);
        description = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(description);
        pages = new Composite(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(pages);
        pageLayout = new StackLayout();
        pages.setLayout(pageLayout);
        timeChart = new TimeSeriesChart(pages, SWT.NONE);
        timeChart.setColors(PreferenceWatch.seriesColor(), PreferenceWatch.markColor());
        timeChart.getChart().getPlotArea().getControl().addListener(SWT.Resize, e -> plotWidth = timeChart.plotWidth());
        rankingChart = new RankingChart(pages, SWT.NONE, RankingChart.Style.BARS);
        rankingChart.setPickable(false);
        rankingChart.setColors(PreferenceWatch.seriesColor(), PreferenceWatch.markColor());
        tableHolder = new Composite(pages, SWT.NONE);
        registry.addListener(registryListener);
        fillChoices();
    }

    /** Lists the installed analyses; plugins may add or remove some at any time. UI thread. */
    private void fillChoices() {
        if (chooser == null || chooser.isDisposed()) {
            return;
        }
        choices = registry.analyses();
        chooser.setItems(choices.stream().map(d -> d.name() + "  (" + d.id() + ")").toArray(String[]::new));
        int index = choices.stream().map(AnalysisDescriptor::id).toList().indexOf(analysisId);
        if (index < 0 && !choices.isEmpty()) {
            index = 0;
            analysisId = choices.get(0).id();
        }
        if (index >= 0) {
            chooser.select(index);
            showSettings(choices.get(index));
        }
        chooser.getParent().getParent().layout(true, true);
    }

    /** Shows another analysis. UI thread. */
    public void choose(String id) {
        if (!id.equals(analysisId)) {
            analysisId = id;
            parameters.clear();
            registry.descriptor(id).ifPresent(this::showSettings);
            int index = choices.stream().map(AnalysisDescriptor::id).toList().indexOf(id);
            if (index >= 0) {
                chooser.select(index);
            }
            refresh();
        }
    }

    /** Builds the settings form of the analysis from its parameter descriptors. */
    private void showSettings(AnalysisDescriptor d) {
        for (Control c : settings.getChildren()) {
            c.dispose();
        }
        GridLayoutFactory.fillDefaults().numColumns(Math.max(1, 2 * d.parameters().size())).applyTo(settings);
        for (ParameterDescriptor p : d.parameters()) {
            Label label = new Label(settings, SWT.NONE);
            label.setText(p.name() + ":");
            label.setToolTipText(p.description());
            String value = parameters.getOrDefault(p.id(), p.defaultValue() == null ? "" : p.defaultValue());
            switch (p.type()) {
            case CHOICE -> {
                Combo c = new Combo(settings, SWT.READ_ONLY);
                c.setItems(p.choices().toArray(String[]::new));
                c.select(Math.max(0, p.choices().indexOf(value)));
                c.setToolTipText(p.description());
                c.addListener(SWT.Selection, e -> setParameter(p, c.getText()));
            }
            case BOOLEAN -> {
                Button b = new Button(settings, SWT.CHECK);
                b.setSelection(Boolean.parseBoolean(value));
                b.setToolTipText(p.description());
                b.addListener(SWT.Selection, e -> setParameter(p, Boolean.toString(b.getSelection())));
            }
            default -> {
                Text t = new Text(settings, SWT.BORDER);
                t.setText(value);
                t.setMessage(p.type().name().toLowerCase(java.util.Locale.ROOT));
                t.setToolTipText(p.description() + " (Enter applies)");
                GridDataFactory.swtDefaults().hint(90, SWT.DEFAULT).applyTo(t);
                t.addListener(SWT.DefaultSelection, e -> setParameter(p, t.getText().trim()));
            }
            }
        }
        description.setText(d.description());
        settings.getParent().getParent().layout(true, true);
    }

    /** Sets a setting of the shown analysis, as the form does, and runs it again. UI thread. */
    public void setParameter(String id, String value) {
        registry.descriptor(analysisId).flatMap(d -> d.parameter(id)).ifPresent(p -> setParameter(p, value));
    }

    private void setParameter(ParameterDescriptor p, String value) {
        try {
            if (value.isEmpty()) {
                parameters.remove(p.id());
            } else {
                parameters.put(p.id(), p.check(value));
            }
            refresh();
        } catch (IllegalArgumentException e) {
            showMessage(e.getMessage());
        }
    }

    /** @return the ids of the analyses offered, in the order shown */
    public List<String> choices() {
        return choices.stream().map(AnalysisDescriptor::id).toList();
    }

    @Override
    protected AnalysisQuery query(AnalysisQuery base) {
        int width = plotWidth;
        AnalysisQuery q = base.withResolution(width > 0 ? Math.max(MIN_RESOLUTION, width) : DEFAULT_RESOLUTION);
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            q = q.withParameter(e.getKey(), e.getValue());
        }
        return q;
    }

    @Override
    protected void show(AnalysisResult result, TrafficSelection selection) {
        switch (result) {
        case TimeSeries ts -> {
            timeChart.setValueAxis(ts.title(), ValueFormats.of(ts.unit()));
            timeChart.setTimeSeries(ts);
            show(timeChart.getChart());
        }
        case Ranking r -> {
            rankingChart.setRanking(r, ValueFormats.of(r.metrics().get(0).unit()));
            show(rankingChart.getChart());
        }
        default -> showTable(ResultGrid.of(result));
        }
    }

    private void show(Chart chart) {
        shownChart = chart;
        pageLayout.topControl = chart.getParent() == pages ? chart : chart.getParent();
        pages.layout();
    }

    private void showTable(ResultGrid grid) {
        shownChart = null;
        for (Control c : tableHolder.getChildren()) {
            c.dispose();
        }
        TableColumnLayout layout = new TableColumnLayout();
        tableHolder.setLayout(layout);
        table = new TableViewer(tableHolder, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.VIRTUAL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        for (int c = 0; c < grid.header().size(); c++) {
            int column = c;
            TableViewerColumn col = new TableViewerColumn(table, grid.numeric()[c] ? SWT.RIGHT : SWT.LEFT);
            col.getColumn().setText(grid.header().get(c));
            col.setLabelProvider(new ColumnLabelProvider() {
                @Override
                @SuppressWarnings("unchecked")
                public String getText(Object element) {
                    return ((List<String>) element).get(column);
                }
            });
            layout.setColumnData(col.getColumn(), new ColumnWeightData(grid.numeric()[c] ? 2 : 4, 60));
        }
        table.setInput(grid.rows());
        pageLayout.topControl = tableHolder;
        pages.layout(true, true);
    }

    /** @return the rows shown when the result is a table or findings, else empty (for tests) */
    @SuppressWarnings("unchecked")
    public List<List<String>> tableRows() {
        return pageLayout.topControl == tableHolder && table != null ? (List<List<String>>) table.getInput() : List.of();
    }

    public TimeSeriesChart timeChart() {
        return timeChart;
    }

    public RankingChart rankingChart() {
        return rankingChart;
    }

    @Override
    public Chart exportChart() {
        return shownChart;
    }

    @Override
    public String exportName() {
        return analysisId;
    }

    @Override
    public void dispose() {
        if (registry != null) {
            registry.removeListener(registryListener);
        }
        super.dispose();
    }
}
