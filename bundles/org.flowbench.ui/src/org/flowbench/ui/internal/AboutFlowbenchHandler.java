package org.flowbench.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the About Flowbench dialog. */
public final class AboutFlowbenchHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        new AboutFlowbenchDialog(HandlerUtil.getActiveShell(event), new FlowbenchInstallation()).open();
        return null;
    }
}
