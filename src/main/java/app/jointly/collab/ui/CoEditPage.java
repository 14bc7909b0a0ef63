package app.jointly.collab.ui;

import app.jointly.document.DocumentDirectory;
import app.jointly.document.SectionLocation;
import app.jointly.identity.CurrentUser;
import app.jointly.shared.Ids;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.SectionId;
import app.jointly.ui.MainLayout;
import app.jointly.ui.WorkspaceTabs;
import app.jointly.workspace.WorkspaceAccess;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * Co-editing one section of a document: everyone who opens it edits the same text live. Reached from the document
 * page; members only (others see "not found", as for any content outside their workspaces).
 */
@Route(value = "workspaces/:workspaceId/documents/:documentId/sections/:sectionId", layout = MainLayout.class)
@PermitAll
class CoEditPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DocumentDirectory directory;
    private final WorkspaceAccess access;
    private final CurrentUser currentUser;
    private String title = "Co-editing";

    CoEditPage(DocumentDirectory directory, WorkspaceAccess access, CurrentUser currentUser) {
        this.directory = directory;
        this.access = access;
        this.currentUser = currentUser;
        addClassName("jointly-coedit-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String workspaceId = event.getRouteParameters().get("workspaceId").orElse("");
        String documentId = event.getRouteParameters().get("documentId").orElse("");
        String sectionId = event.getRouteParameters().get("sectionId").orElse("");
        Optional<SectionLocation> location = Ids.isValid(sectionId)
                ? directory.locateSection(new SectionId(sectionId)) : Optional.empty();
        boolean visible = location.isPresent()
                && location.get().workspaceId().value().equals(workspaceId)
                && location.get().documentId().value().equals(documentId)
                && access.membership(location.get().workspaceId(), currentUser.require().id()).isPresent();
        if (!visible) {
            event.rerouteToError(NotFoundException.class, "No such section.");
            return;
        }
        show(location.get());
    }

    private void show(SectionLocation location) {
        removeAll();
        title = location.heading();
        String documentPath = "workspaces/" + location.workspaceId().value() + "/documents/"
                + location.documentId().value();
        Anchor back = new Anchor(documentPath, "← Back to the document");
        H2 heading = new H2(location.heading());
        Paragraph hint = new Paragraph("Everyone here edits this section together; changes are saved as you type.");
        hint.addClassName("jointly-hint");
        add(new WorkspaceTabs(location.workspaceId().value(), "documents"), back, heading, hint,
                new CollabEditor(location.sectionId()));
    }

    @Override
    public String getPageTitle() {
        return title + " · Jointly";
    }
}
