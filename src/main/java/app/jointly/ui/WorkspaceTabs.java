package app.jointly.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

/**
 * The navigation inside one workspace. It links by path so that this shell module knows no feature module;
 * each feature's view says which tab it is.
 */
public class WorkspaceTabs extends Nav {

    private static final String[][] TABS = {
            {"", "Overview"}, {"documents", "Documents"}, {"table", "Bargaining table"},
            {"votes", "Votes"}, {"decisions", "Decision log"}};

    public WorkspaceTabs(String workspaceId, String active) {
        addClassName("jointly-workspace-tabs");
        getElement().setAttribute("aria-label", "Workspace");
        for (String[] tab : TABS) {
            String path = "workspaces/" + workspaceId + (tab[0].isEmpty() ? "" : "/" + tab[0]);
            Anchor link = new Anchor(path, tab[1]);
            if (tab[0].equals(active)) {
                link.getElement().setAttribute("aria-current", "page");
                link.addClassName("active");
            }
            add(link);
        }
    }
}
