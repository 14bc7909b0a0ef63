package app.jointly.workspace.ui;

import app.jointly.identity.CurrentUser;
import app.jointly.ui.MainLayout;
import app.jointly.ui.Notifications;
import app.jointly.workspace.WorkspaceService;
import app.jointly.workspace.WorkspaceView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;

@Route(value = "", layout = MainLayout.class)
@PageTitle("Your workspaces")
@Menu(title = "Workspaces", order = 0)
@PermitAll
class WorkspacesView extends Div {

    private final WorkspaceService workspaces;
    private final CurrentUser currentUser;
    private final UnorderedList list = new UnorderedList();

    WorkspacesView(WorkspaceService workspaces, CurrentUser currentUser) {
        this.workspaces = workspaces;
        this.currentUser = currentUser;
        addClassName("jointly-page");
        list.addClassName("jointly-workspace-list");
        add(new H2("Workspaces"), list, createForm());
        refresh();
    }

    private Div createForm() {
        TextField name = new TextField("Name");
        name.setPlaceholder("e.g. Jeffco District and JCEA");
        name.setMaxLength(120);
        name.setRequired(true);
        TextField parties = new TextField("Parties (comma-separated)");
        parties.setValue("District, Union");
        parties.setMaxLength(400);
        Button create = new Button("Create workspace", e -> {
            List<String> partyNames = Arrays.stream(parties.getValue().split(","))
                    .map(String::strip).filter(p -> !p.isEmpty()).toList();
            if (Notifications.attempt(() -> {
                WorkspaceView created = workspaces.create(currentUser.require().id(), name.getValue(), partyNames);
                getUI().ifPresent(ui -> ui.navigate("workspaces/" + created.id().value()));
            })) {
                name.clear();
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(name, parties, create);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        Div form = new Div(new H2("New workspace"), row);
        form.addClassName("jointly-new-workspace");
        return form;
    }

    private void refresh() {
        list.removeAll();
        List<WorkspaceView> mine = workspaces.listFor(currentUser.require().id());
        if (mine.isEmpty()) {
            add(new Paragraph("You are not in any workspace yet. Create one below, or ask an owner to add you."));
        }
        for (WorkspaceView workspace : mine) {
            Anchor link = new Anchor("workspaces/" + workspace.id().value(), workspace.name());
            String parties = workspace.parties().stream().map(p -> p.name()).reduce((a, b) -> a + ", " + b)
                    .orElse("no parties yet");
            list.add(new ListItem(link, new Paragraph("Parties: " + parties)));
        }
    }
}
