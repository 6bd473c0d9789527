package org.flowbench.ui.views;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.ViewPart;
import org.flowbench.analysis.AnalysisQuery;
import org.flowbench.analysis.AnalysisRegistry;
import org.flowbench.analysis.AnalysisResult;
import org.flowbench.model.FlowSnapshot;
import org.flowbench.ui.FlowbenchPreferences;
import org.flowbench.ui.FlowbenchUi;
import org.flowbench.ui.jobs.LatestJob;
import org.flowbench.ui.jobs.ProgressAdapter;
import org.flowbench.ui.selection.SelectionService;
import org.flowbench.ui.selection.TrafficSelection;

/**
 * A view that shows one analysis of the shared selection. Whenever the selection changes (a new
 * dataset, time range, filter or picked host), the analysis runs again in a background job,
 * canceling the previous run; the result is shown on the UI thread. Subclasses say which analysis
 * and how to show its result; this class does the threading, the "no dataset" message, and Undo
 * and Redo of selection changes (Ctrl+Z) while the view is active.
 */
public abstract class AnalysisView extends ViewPart implements UpdatingView {

    private final Consumer<TrafficSelection> selectionListener = s -> refresh();
    private SelectionService selection;
    private AnalysisRegistry analyses;
    private Composite stack;
    private StackLayout stackLayout;
    private Composite content;
    private Label message;
    private LatestJob work;
    private volatile AnalysisResult lastResult;
    private volatile TrafficSelection lastSelection;

    /** @return the id of the analysis this view shows */
    protected abstract String analysisId();

    /** @return what this view picks itself, so that its own pick does not narrow it */
    protected TrafficSelection.Own own() {
        return TrafficSelection.Own.NOTHING;
    }

    /**
     * @param base the query for a selection, with the top N from the preferences
     * @return the query to run: set resolution, parameters and so on here; any thread
     */
    protected AnalysisQuery query(AnalysisQuery base) {
        return base;
    }

    /** Creates the view's controls in {@code parent}. */
    protected abstract void createContent(Composite parent);

    /** Shows a result; called on the UI thread. */
    protected abstract void show(AnalysisResult result, TrafficSelection selection);

    @Override
    public final void createPartControl(Composite parent) {
        selection = PlatformUI.getWorkbench().getService(SelectionService.class);
        analyses = PlatformUI.getWorkbench().getService(AnalysisRegistry.class);
        stack = new Composite(parent, SWT.NONE);
        stackLayout = new StackLayout();
        stack.setLayout(stackLayout);
        content = new Composite(stack, SWT.NONE);
        content.setLayout(new org.eclipse.swt.layout.FillLayout());
        createContent(content);
        Composite messageHolder = new Composite(stack, SWT.NONE);
        messageHolder.setLayout(new GridLayout());
        message = new Label(messageHolder, SWT.WRAP | SWT.CENTER);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, true));
        // hidden jobs: nine views analyse at once after each selection
        work = new LatestJob(stack, FlowbenchUi.PLUGIN_ID, true, e -> showMessage(analysisId() + " failed: " + e.getMessage()));
        IActionBars bars = getViewSite().getActionBars();
        bars.setGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.UNDO.getId(),
                new UndoActionHandler(getSite(), selection.undoContext()));
        bars.setGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.REDO.getId(),
                new RedoActionHandler(getSite(), selection.undoContext()));
        selection.addListener(selectionListener);
        refresh();
    }

    /** The shared selection service. */
    protected SelectionService selection() {
        return selection;
    }

    /** Runs the analysis again for the current selection. Any thread. */
    public void refresh() {
        TrafficSelection current = selection.current();
        if (current.dataset() == null) {
            lastSelection = current;
            lastResult = null;
            work.now(() -> showMessage("No dataset is open. Generate one with File > New Synthetic Dataset, or open a capture "
                    + "or flow file with File > Open."));
            return;
        }
        AnalysisQuery query = queryFor(current);
        work.schedule(getPartName() + ": " + analysisId(), monitor -> {
            AnalysisResult result = analyses.compute(analysisId(), query, new ProgressAdapter(monitor));
            return () -> {
                lastSelection = current;
                lastResult = result;
                showContent();
                show(result, current);
            };
        });
    }

    /** @return the query of this view for a selection with a dataset */
    private AnalysisQuery queryFor(TrafficSelection s) {
        FlowSnapshot flows = s.dataset().snapshot();
        return query(AnalysisQuery.of(flows).withTimeRange(s.timeRangeFor(own())).withFilter(s.filterFor(own()))
                .withTopN(FlowbenchPreferences.topN()));
    }

    @Override
    public void rehearse(TrafficSelection s, IProgressMonitor monitor) {
        analyses.compute(analysisId(), queryFor(s), new ProgressAdapter(monitor));
    }

    private void showContent() {
        stackLayout.topControl = content;
        stack.layout();
    }

    /** Shows a message instead of the content, e.g. when there is nothing to show. UI thread. */
    protected void showMessage(String text) {
        // only what changed is laid out again: a deep layout of the stack also measured every
        // control of the hidden content, which on a new dataset nine views did at once
        if (!text.equals(message.getText())) {
            message.setText(text);
            message.getParent().layout(true);
        }
        if (stackLayout.topControl != message.getParent()) {
            stackLayout.topControl = message.getParent();
            stack.layout();
        }
    }

    @Override
    public boolean isUpToDate() {
        return work == null || work.isUpToDate();
    }

    /** @return the result shown, null when none */
    public AnalysisResult shownResult() {
        return lastResult;
    }

    /** @return the selection the shown result belongs to */
    public TrafficSelection shownSelection() {
        return lastSelection;
    }

    @Override
    public void setFocus() {
        stack.setFocus();
    }

    @Override
    public void dispose() {
        if (selection != null) {
            selection.removeListener(selectionListener);
        }
        if (work != null) {
            work.cancel();
        }
        super.dispose();
    }
}
