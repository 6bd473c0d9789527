package org.flowbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.flowbench.ui.FlowbenchUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void filesOnTheCommandLineAreOpenedAndOptionsLeftAlone(@TempDir Path dir) throws Exception {
        Path capture = Files.write(dir.resolve("capture.pcap"), new byte[] { 1 });
        Path flows = Files.write(dir.resolve("flows.csv"), new byte[] { 1 });
        Path properties = Files.write(dir.resolve("test.properties"), new byte[] { 1 });
        String[] args = { capture.toString(), "-testproperties", properties.toString(), "-clearPersistedState",
                dir.resolve("missing.pcap").toString(), dir.toString(), flows.toString() };
        // the missing file is an option's value here; the folder is not a file
        assertEquals(List.of(capture.toAbsolutePath(), flows.toAbsolutePath()), FlowbenchWorkbenchAdvisor.fileArguments(args));
        assertEquals(List.of(), FlowbenchWorkbenchAdvisor.fileArguments(new String[] { dir.resolve("missing.pcap").toString() }));
    }
}
