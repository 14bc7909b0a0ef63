package app.jointly.workspace.ui;

import app.jointly.shared.UserId;
import app.jointly.ui.Notifications;
import app.jointly.workspace.Party;
import app.jointly.workspace.WorkspaceService;
import app.jointly.workspace.WorkspaceView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** The sides at the table; owners add and rename them. */
class PartiesPanel {

    private final WorkspaceService workspaces;

    PartiesPanel(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    Component render(WorkspaceView workspace, UserId me, boolean owner) {
        UnorderedList list = new UnorderedList();
        for (Party party : workspace.parties()) {
            if (owner) {
                TextField name = new TextField();
                name.setValue(party.name());
                name.setMaxLength(60);
                name.setAriaLabel("Name of party " + party.name());
                Button save = new Button("Rename", e -> Notifications.attempt(() -> {
                    workspaces.renameParty(workspace.id(), me, party.id(), name.getValue());
                    Notifications.success("Party renamed.");
                }));
                list.add(new ListItem(new HorizontalLayout(name, save)));
            } else {
                list.add(new ListItem(party.name()));
            }
        }
        Div panel = new Div(list);
        if (owner) {
            TextField name = new TextField("New party");
            name.setPlaceholder("e.g. Board");
            name.setMaxLength(60);
            Button add = new Button("Add party", e -> Notifications.attempt(() -> {
                workspaces.addParty(workspace.id(), me, name.getValue());
                Notifications.success("Party added.");
            }));
            HorizontalLayout row = new HorizontalLayout(name, add);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            panel.add(row);
        }
        return panel;
    }
}
