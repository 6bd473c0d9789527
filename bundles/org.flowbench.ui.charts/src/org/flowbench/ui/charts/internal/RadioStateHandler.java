package org.flowbench.ui.charts.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.handlers.RadioState;

/**
 * Sets the radio state of a command (the metric of traffic over time, the level of the protocol
 * mix); the views follow the state, so its toolbar buttons and menu items stay checked as shown.
 */
public final class RadioStateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!HandlerUtil.matchesRadioState(event)) {
            HandlerUtil.updateRadioState(event.getCommand(), event.getParameter(RadioState.PARAMETER_ID));
        }
        return null;
    }
}
