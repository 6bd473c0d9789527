package org.flowbench.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.flowbench.analysis.AnalysisResult;
import org.flowbench.analysis.ResultGrid;
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

    public String text() {
        return text.getText();
    }
}
