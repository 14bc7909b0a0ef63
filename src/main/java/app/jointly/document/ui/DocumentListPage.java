package app.jointly.document.ui;

import app.jointly.document.DocumentChanged;
import app.jointly.document.DocumentCreated;
import app.jointly.document.DocumentFiles;
import app.jointly.document.DocumentService;
import app.jointly.document.DocumentSummary;
import app.jointly.identity.CurrentUser;
import app.jointly.shared.Ids;
import app.jointly.shared.JointlyException;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.ui.LiveUpdates;
import app.jointly.ui.MainLayout;
import app.jointly.ui.WorkspaceTabs;
import app.jointly.workspace.WorkspaceAccess;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The documents of a workspace (the "Documents" tab), with a way to start a new one for members who may edit. */
@Route(value = "workspaces/:workspaceId/documents", layout = MainLayout.class)
@PageTitle("Documents")
@PermitAll
@CssImport("./styles/document.css")
class DocumentListPage extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final DocumentService documents;
    private final DocumentFiles files;
    private final WorkspaceAccess workspaces;
    private final CurrentUser currentUser;
    private volatile WorkspaceId workspace;
    /** Kept across re-renders (a new document re-renders the list) so the import's result stays on screen. */
    private WordImportPanel importPanel;

    DocumentListPage(DocumentService documents, DocumentFiles files, WorkspaceAccess workspaces,
                     CurrentUser currentUser, LiveUpdates live) {
        this.documents = documents;
        this.files = files;
        this.workspaces = workspaces;
        this.currentUser = currentUser;
        addClassName("jointly-page");
        live.subscribe(this, DocumentCreated.class, e -> e.workspaceId().equals(workspace), e -> render());
        live.subscribe(this, DocumentChanged.class, e -> e.workspaceId().equals(workspace), e -> render());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("workspaceId").orElse("");
        try {
            if (!Ids.isValid(id)) {
                throw new app.jointly.shared.NotFoundException("No such workspace.");
            }
            workspace = new WorkspaceId(id);
            importPanel = null;
            render();
        } catch (app.jointly.shared.NotFoundException e) {
            event.rerouteToError(NotFoundException.class, "No such workspace.");
        }
    }

    private void render() {
        UserId me = currentUser.require().id();
        List<DocumentSummary> list;
        try {
            list = documents.list(workspace, me);
        } catch (JointlyException e) {
            removeAll();
            add(new Paragraph("You are no longer a member of this workspace."));
            return;
        }
        removeAll();
        add(new WorkspaceTabs(workspace.value(), "documents"));
        boolean canEdit = workspaces.membership(workspace, me).map(m -> m.role().canEdit()).orElse(false);
        if (canEdit) {
            Anchor create = new Anchor("workspaces/" + workspace.value() + "/documents/new", "+ New document");
            create.addClassName("jointly-new-document");
            if (importPanel == null) {
                importPanel = new WordImportPanel(files, workspace, me);
            }
            add(create, importPanel);
        }
        if (list.isEmpty()) {
            add(new Paragraph("No documents yet."));
            return;
        }
        UnorderedList items = new UnorderedList();
        items.addClassName("jointly-document-list");
        for (DocumentSummary summary : list) {
            Anchor link = new Anchor("workspaces/" + workspace.value() + "/documents/" + summary.id().value(),
                    summary.title());
            Span kind = new Span(summary.kind().label());
            kind.addClassName("jointly-kind");
            Span updated = new Span(summary.updatedAt() == null ? "" : "changed " + WHEN.format(summary.updatedAt()));
            updated.addClassName("jointly-version");
            items.add(new ListItem(link, kind, updated));
        }
        add(items);
    }
}
