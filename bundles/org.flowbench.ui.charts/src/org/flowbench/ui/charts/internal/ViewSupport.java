package org.flowbench.ui.charts.internal;

import java.util.function.Consumer;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.IStateListener;
import org.eclipse.core.commands.State;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.RadioState;

/** Small things the chart views share. */
final class ViewSupport {

    private ViewSupport() {
    }

    /** Shows the gestures in the status line while the pointer is over the plot or the plot has the focus. */
    static void gestureHint(IViewSite site, Control plot, String gestures) {
        IStatusLineManager status = site.getActionBars().getStatusLineManager();
        plot.addListener(SWT.MouseEnter, e -> status.setMessage(gestures));
        plot.addListener(SWT.FocusIn, e -> status.setMessage(gestures));
        plot.addListener(SWT.MouseExit, e -> status.setMessage(null));
        plot.addListener(SWT.FocusOut, e -> status.setMessage(null));
    }

    /**
     * Follows the radio state of a command (what its toolbar and menu items show as checked).
     *
     * @return the current value
     */
    static String followRadioState(IViewSite site, Control owner, String commandId, Consumer<String> onChange) {
        Command command = site.getService(ICommandService.class).getCommand(commandId);
        State state = command.getState(RadioState.STATE_ID);
        if (state == null) {
            return null;
        }
        IStateListener listener = (s, old) -> onChange.accept((String) s.getValue());
        state.addListener(listener);
        owner.addListener(SWT.Dispose, e -> state.removeListener(listener));
        return (String) state.getValue();
    }
}
