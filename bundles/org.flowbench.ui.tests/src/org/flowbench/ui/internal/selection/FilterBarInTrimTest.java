package org.flowbench.ui.internal.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.e4.ui.model.application.ui.basic.MTrimBar;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimElement;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.flowbench.model.FlowFilter;
import org.flowbench.ui.selection.SelectionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The filter bar in the workbench window: shown whole (in a toolbar, GTK cut off the bottom of the
 * text field and the button), and typing a filter or pressing Clear changes the selection.
 */
class FilterBarInTrimTest {

    private final SelectionService selection = PlatformUI.getWorkbench().getService(SelectionService.class);
    private final Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();

    @AfterEach
    void clear() {
        selection.clear();
    }

    @Test
    void theFieldAndTheClearButtonAreShownWhole() {
        for (Control c : List.of(filterField(), clearButton())) {
            Point preferred = c.computeSize(SWT.DEFAULT, SWT.DEFAULT);
            assertTrue(c.getSize().y >= preferred.y, c + " is " + c.getSize().y + " px high, it needs " + preferred.y);
            // each container up to the window shows the whole height
            Rectangle r = c.getBounds();
            for (Composite parent = c.getParent(); parent != shell; parent = parent.getParent()) {
                Rectangle area = parent.getClientArea();
                assertTrue(r.y >= 0 && r.y + r.height <= area.height,
                        c + " at y " + r.y + ".." + (r.y + r.height) + " in " + parent + " of height " + area.height);
                Rectangle p = parent.getBounds();
                r = new Rectangle(p.x + r.x, p.y + r.y, r.width, r.height);
            }
        }
    }

    @Test
    void enterAppliesTheTypedFilterAndClearDropsIt() {
        Text field = filterField();
        field.setText("port 443");
        field.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(FlowFilter.parse("port 443"), selection.current().filter());

        clearButton().notifyListeners(SWT.Selection, new Event());
        assertEquals(FlowFilter.ALL, selection.current().filter());
        Display display = shell.getDisplay();
        while (display.readAndDispatch()) {
            // the bar follows the selection on the UI thread
        }
        assertEquals("", field.getText());
    }

    @Test
    void theAddOnPutsOneBarBeforeTheRightAlignedPartOfTheTrim() {
        EModelService models = PlatformUI.getWorkbench().getService(EModelService.class);
        MTrimBar bar = models.createModelElement(MTrimBar.class);
        for (String id : List.of("org.eclipse.ui.workbench.file", "PerspectiveSpacer", "SearchField", "PerspectiveSwitcher")) {
            MToolControl element = models.createModelElement(MToolControl.class);
            element.setElementId(id);
            bar.getChildren().add(element);
        }

        FilterBarAddon.addTo(bar, models);
        FilterBarAddon.addTo(bar, models); // a window restored from the last session has it already

        assertEquals(List.of("org.eclipse.ui.workbench.file", FilterBarAddon.ELEMENT_ID, "PerspectiveSpacer", "SearchField", "PerspectiveSwitcher"),
                bar.getChildren().stream().map(MTrimElement::getElementId).toList());
    }

    private Text filterField() {
        Text field = (Text) find(c -> c instanceof Text t && t.getMessage().startsWith("e.g. net"));
        assertNotNull(field, "no filter field in the window");
        return field;
    }

    private Button clearButton() {
        Button clear = (Button) find(c -> c instanceof Button b && "&Clear".equals(b.getText()));
        assertNotNull(clear, "no Clear button in the window");
        return clear;
    }

    private Control find(Predicate<Control> wanted) {
        List<Control> todo = new ArrayList<>(List.of(shell.getChildren()));
        while (!todo.isEmpty()) {
            Control c = todo.remove(0);
            if (wanted.test(c)) {
                return c;
            }
            if (c instanceof Composite composite) {
                todo.addAll(List.of(composite.getChildren()));
            }
        }
        return null;
    }
}
