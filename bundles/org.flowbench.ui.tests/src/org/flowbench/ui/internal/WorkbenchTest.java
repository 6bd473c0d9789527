package org.flowbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.commands.Command;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.flowbench.ui.FlowbenchUi;
import org.junit.jupiter.api.Test;

/** The application opens its window on the Traffic Analysis perspective. */
class WorkbenchTest {

    @Test
    void windowOpensOnTheTrafficAnalysisPerspective() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "no workbench window");
        IPerspectiveDescriptor perspective = window.getActivePage().getPerspective();
        assertEquals(FlowbenchUi.PERSPECTIVE_ID, perspective.getId());
        assertEquals("Traffic Analysis", perspective.getLabel());
        assertFalse(window.getActivePage().isEditorAreaVisible(), "the perspective has no editor area");
    }

    @Test
    void theAboutCommandIsDefinedAndHandled() throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command about = commands.getCommand(FlowbenchUi.ABOUT_COMMAND_ID);
        assertTrue(about.isDefined());
        assertEquals("About Flowbench", about.getName());
        assertTrue(about.isHandled(), "About Flowbench has no handler");
    }

    @Test
    void theProductIsFlowbench() {
        assertEquals("Flowbench", org.eclipse.core.runtime.Platform.getProduct().getName());
        assertEquals("org.flowbench.ui.app.product", org.eclipse.core.runtime.Platform.getProduct().getId());
    }
}
