package org.flowbench.ui.internal.selection;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.flowbench.model.FlowFilter;
import org.flowbench.model.TimeRange;
import org.flowbench.ui.datasets.Dataset;
import org.flowbench.ui.datasets.DatasetListener;
import org.flowbench.ui.datasets.DatasetManager;
import org.flowbench.ui.selection.CountryFocus;
import org.flowbench.ui.selection.HostFocus;
import org.flowbench.ui.selection.SelectionService;
import org.flowbench.ui.selection.TrafficSelection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The shared selection. Changes go through the operation history (the same one the workbench's
 * Edit > Undo uses) as operations that swap the whole selection, so undo restores exactly what was
 * there. A new active dataset starts a fresh selection; the undo history of the old one is dropped.
 */
@Component(service = SelectionService.class)
public final class SelectionServiceImpl implements SelectionService {

    private final DatasetManager datasets;
    private final IOperationHistory history;
    private final IUndoContext context = new ObjectUndoContext(this, "Flowbench selection");
    private final List<Consumer<TrafficSelection>> listeners = new CopyOnWriteArrayList<>();
    private final DatasetListener datasetListener = this::datasetsChanged;
    private volatile TrafficSelection current;

    @Activate
    public SelectionServiceImpl(@Reference DatasetManager datasets) {
        this(datasets, OperationHistoryFactory.getOperationHistory());
    }

    SelectionServiceImpl(DatasetManager datasets, IOperationHistory history) {
        this.datasets = datasets;
        this.history = history;
        current = TrafficSelection.of(datasets.active().orElse(null));
        datasets.addListener(datasetListener);
    }

    @Deactivate
    void deactivate() {
        datasets.removeListener(datasetListener);
    }

    private void datasetsChanged(DatasetManager manager) {
        Dataset active = manager.active().orElse(null);
        if (active != current.dataset()) {
            history.dispose(context, true, true, false);
            set(TrafficSelection.of(active));
        }
    }

    @Override
    public TrafficSelection current() {
        return current;
    }

    @Override
    public IUndoContext undoContext() {
        return context;
    }

    @Override
    public void selectTimeRange(TimeRange range) {
        change("Select Time Range", current.withTimeRange(Objects.requireNonNull(range)));
    }

    @Override
    public void selectFilter(FlowFilter filter) {
        change("Filter", current.withFilter(Objects.requireNonNull(filter)));
    }

    @Override
    public void focus(HostFocus focus) {
        change(focus == null ? "Drop Host" : "Pick Host " + focus.host(), current.withFocus(focus));
    }

    @Override
    public void focusCountry(CountryFocus country) {
        change(country == null ? "Drop Country" : "Pick Country " + country.code(), current.withCountry(country));
    }

    @Override
    public void refresh() {
        set(current);
    }

    @Override
    public void clear() {
        change("Clear Selection", TrafficSelection.of(current.dataset()));
    }

    private void change(String label, TrafficSelection next) {
        if (next.equals(current)) {
            return;
        }
        SelectionChange op = new SelectionChange(label, current, next);
        op.addContext(context);
        try {
            history.execute(op, null, null);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e); // swapping a value cannot fail
        }
    }

    private void set(TrafficSelection selection) {
        current = selection;
        // a failing view is logged and must not keep the others from the new selection
        for (Consumer<TrafficSelection> l : listeners) {
            SafeRunner.run(() -> l.accept(selection));
        }
    }

    @Override
    public void addListener(Consumer<TrafficSelection> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Consumer<TrafficSelection> listener) {
        listeners.remove(listener);
    }

    /** Swaps the selection; undo swaps it back. */
    private final class SelectionChange extends AbstractOperation {
        private final TrafficSelection before;
        private final TrafficSelection after;

        SelectionChange(String label, TrafficSelection before, TrafficSelection after) {
            super(label);
            this.before = before;
            this.after = after;
        }

        @Override
        public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
            set(after);
            return Status.OK_STATUS;
        }

        @Override
        public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
            set(before);
            return Status.OK_STATUS;
        }

        @Override
        public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
            return execute(monitor, info);
        }

        @Override
        public boolean canUndo() {
            return current == after;
        }

        @Override
        public boolean canRedo() {
            return current == before;
        }
    }
}
