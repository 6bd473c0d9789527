package org.flowbench.ui.views;

import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.flowbench.analysis.AnalysisResult;
import org.flowbench.analysis.ResultGrid;
import org.flowbench.ui.UiTesting;
import org.flowbench.ui.selection.TrafficSelection;

/** The smallest analysis view: the top talkers as text, for testing the base class. */
public final class TopTalkersTextView extends AnalysisView {

    private Text text;

    @Override
    protected String analysisId() {
        return "top-talkers";
    }

    @Override
    protected TrafficSelection.Own own() {
        return TrafficSelection.Own.SOURCE_HOST;
    }

    @Override
    protected void createContent(Composite parent) {
        text = new Text(parent, SWT.MULTI | SWT.READ_ONLY);
    }

    @Override
    protected void show(AnalysisResult result, TrafficSelection selection) {
        text.setText(String.join("\n", ResultGrid.of(result).rows().stream().map(r -> String.join(" ", r)).toList()));
    }

    /** Opens the view in the active page and waits until it shows the active dataset. */
    public static TopTalkersTextView open() throws PartInitException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        TopTalkersTextView view = (TopTalkersTextView) page.showView("org.flowbench.ui.tests.topTalkersText");
        UiTesting.until(view::isUpToDate, Duration.ofSeconds(20));
        return view;
    }

    public void close() {
        getSite().getPage().hideView(this);
    }

    public String text() {
        return text.getText();
    }
}
