package org.flowbench.ui.internal.datasets;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.flowbench.ui.datasets.DatasetManager;

/** File > Recent Files: the files opened last, newest first, with mnemonics 1-8. */
public final class RecentFilesMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        DatasetManager datasets = PlatformUI.getWorkbench().getService(DatasetManager.class);
        List<Path> recent = datasets.recentFiles();
        IContributionItem[] items = new IContributionItem[recent.size()];
        for (int i = 0; i < recent.size(); i++) {
            Path file = recent.get(i);
            Action open = new Action("&" + (i + 1) + " " + file.getFileName() + "  [" + file.getParent() + "]") {
                @Override
                public void run() {
                    datasets.open(file);
                }
            };
            open.setToolTipText(file.toString());
            items[i] = new ActionContributionItem(open);
        }
        return items;
    }
}
