package org.flowbench.ui.internal.datasets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.flowbench.io.FlowFormats;
import org.flowbench.io.FlowReader;
import org.flowbench.ui.datasets.DatasetManager;

/**
 * File > Open: every format that has a reader is offered, from the reader registry. The format of
 * the chosen file is still found by its content, so the filter only helps finding files.
 */
public final class OpenDatasetHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        FlowFormats formats = PlatformUI.getWorkbench().getService(FlowFormats.class);
        FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.OPEN);
        dialog.setText("Open Capture or Flow File");
        List<String> names = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        Set<String> all = new LinkedHashSet<>();
        for (FlowReader r : formats.readers()) {
            List<String> globs = r.extensions().stream().flatMap(e -> java.util.stream.Stream.of("*." + e, "*." + e + ".gz")).toList();
            all.addAll(globs);
            names.add(r.name() + " (" + String.join(", ", globs) + ")");
            patterns.add(String.join(";", globs));
        }
        names.add(0, "Every known format");
        patterns.add(0, String.join(";", all));
        names.add("All files (*)");
        patterns.add("*");
        dialog.setFilterNames(names.toArray(String[]::new));
        dialog.setFilterExtensions(patterns.toArray(String[]::new));
        String chosen = dialog.open();
        if (chosen != null) {
            PlatformUI.getWorkbench().getService(DatasetManager.class).open(Path.of(chosen));
        }
        return null;
    }
}
