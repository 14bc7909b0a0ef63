package app.jointly.document.ui;

import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentLimits;
import app.jointly.document.DocumentService;
import app.jointly.document.DocumentView;
import app.jointly.document.NewSection;
import app.jointly.identity.CurrentUser;
import app.jointly.shared.Ids;
import app.jointly.shared.JointlyException;
import app.jointly.shared.WorkspaceId;
import app.jointly.ui.MainLayout;
import app.jointly.ui.WorkspaceTabs;
import app.jointly.workspace.WorkspaceAccess;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** Creates a document in a workspace (for members who may edit), then opens it. */
@Route(value = "workspaces/:workspaceId/documents/new", layout = MainLayout.class)
@PageTitle("New document")
@PermitAll
@CssImport("./styles/document.css")
class NewDocumentPage extends Div implements BeforeEnterObserver {

    private final DocumentService documents;
    private final WorkspaceAccess workspaces;
    private final CurrentUser currentUser;
    private final TextField title = new TextField("Title");
    private final Select<DocumentKind> kind = new Select<>();
    private final TextField firstSection = new TextField("First section (optional)");
    private WorkspaceId workspace;

    NewDocumentPage(DocumentService documents, WorkspaceAccess workspaces, CurrentUser currentUser) {
        this.documents = documents;
        this.workspaces = workspaces;
        this.currentUser = currentUser;
        addClassName("jointly-document-page");
        title.setMaxLength(DocumentLimits.MAX_TITLE);
        title.setRequired(true);
        title.setWidthFull();
        title.setPlaceholder("Master Agreement 2026–2029");
        kind.setLabel("Kind");
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(DocumentKind::label);
        kind.setValue(DocumentKind.CONTRACT);
        firstSection.setMaxLength(DocumentLimits.MAX_HEADING);
        firstSection.setWidthFull();
        firstSection.setPlaceholder("Article 1: Recognition");
        Button create = new Button("Create", click -> create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickShortcut(Key.ENTER);
        Div form = new Div(new H1("New document"), title, kind, firstSection, new HorizontalLayout(create));
        form.addClassName("jointly-document");
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("workspaceId").orElse("");
        try {
            if (!Ids.isValid(id)) {
                throw new app.jointly.shared.NotFoundException("No such workspace.");
            }
            workspace = new WorkspaceId(id);
            workspaces.requireEditor(workspace, currentUser.require().id());
            getChildren().findFirst().ifPresent(form -> ((Div) form).addComponentAsFirst(
                    new WorkspaceTabs(id, "documents")));
            title.focus();
        } catch (app.jointly.shared.NotFoundException e) {
            event.rerouteToError(NotFoundException.class, "No such workspace.");
        } catch (JointlyException e) {
            Feedback.refused(e, () -> { });
        }
    }

    private void create() {
        try {
            List<NewSection> sections = firstSection.getValue().isBlank() ? List.of()
                    : List.of(new NewSection(firstSection.getValue(), ""));
            DocumentView created = documents.create(workspace, title.getValue(), kind.getValue(), sections,
                    currentUser.require().id());
            getUI().ifPresent(ui -> ui.navigate("workspaces/" + workspace.value() + "/documents/"
                    + created.id().value()));
        } catch (JointlyException e) {
            Feedback.refused(e, () -> { });
        }
    }
}
