package app.jointly.collab.ui;

import app.jointly.document.AgreedTextReleased;
import app.jointly.document.DocumentDirectory;
import app.jointly.document.SectionLocation;
import app.jointly.document.SectionTextReplaced;
import app.jointly.identity.CurrentUser;
import app.jointly.shared.Ids;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.SectionId;
import app.jointly.ui.LiveUpdates;
import app.jointly.ui.Notifications;
import app.jointly.ui.PassageCommentSlot;
import app.jointly.ui.MainLayout;
import app.jointly.ui.WorkspaceTabs;
import app.jointly.workspace.WorkspaceAccess;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
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
    private final ObjectProvider<PassageCommentSlot> passageComments;
    private String title = "Co-editing";
    private volatile SectionLocation shown;

    CoEditPage(DocumentDirectory directory, WorkspaceAccess access, CurrentUser currentUser, LiveUpdates live,
               ObjectProvider<PassageCommentSlot> passageComments) {
        this.passageComments = passageComments;
        this.directory = directory;
        this.access = access;
        this.currentUser = currentUser;
        addClassName("jointly-coedit-page");
        // a tentative agreement reached or reopened while the page is open: show the article's new state
        live.subscribe(this, SectionTextReplaced.class, e -> e.agreement() && shows(e.sectionId()),
                e -> refresh());
        live.subscribe(this, AgreedTextReleased.class, e -> shows(e.sectionId()), e -> refresh());
    }

    /** Runs on the publishing thread, hence the volatile location. */
    private boolean shows(SectionId section) {
        SectionLocation current = shown;
        return current != null && current.sectionId().equals(section);
    }

    private void refresh() {
        directory.locateSection(shown.sectionId()).filter(l -> l.locked() != shown.locked()).ifPresent(this::show);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String workspaceId = event.getRouteParameters().get("workspaceId").orElse("");
        String documentId = event.getRouteParameters().get("documentId").orElse("");
        String sectionId = event.getRouteParameters().get("sectionId").orElse("");
        if (!open(workspaceId, documentId, sectionId)) {
            event.rerouteToError(NotFoundException.class, "No such section.");
        }
    }

    /** Shows the section if the caller is a member of its workspace and the path matches; false: "not found". */
    boolean open(String workspaceId, String documentId, String sectionId) {
        Optional<SectionLocation> location = Ids.isValid(sectionId)
                ? directory.locateSection(new SectionId(sectionId)) : Optional.empty();
        boolean visible = location.isPresent()
                && location.get().workspaceId().value().equals(workspaceId)
                && location.get().documentId().value().equals(documentId)
                && access.membership(location.get().workspaceId(), currentUser.require().id()).isPresent();
        if (visible) {
            show(location.get());
        }
        return visible;
    }

    private void show(SectionLocation location) {
        removeAll();
        shown = location;
        title = location.heading();
        String documentPath = "workspaces/" + location.workspaceId().value() + "/documents/"
                + location.documentId().value();
        Anchor back = new Anchor(documentPath, "← Back to the document");
        H2 heading = new H2(location.heading());
        CollabEditor editor = new CollabEditor(location.sectionId());
        add(new WorkspaceTabs(location.workspaceId().value(), "documents"), back, heading, hint(location));
        passageComments.ifAvailable(slot -> add(commentButton(slot, location, editor)));
        add(editor);
    }

    /** Sends the editor's selection and version to the comments module, which maps it on the server. */
    private static Button commentButton(PassageCommentSlot slot, SectionLocation location, CollabEditor editor) {
        Button comment = new Button("Comment on the selection", e -> editor.selectionForComment(selection -> {
            if (selection.isEmpty()) {
                Notifications.error("Select the passage to comment on first (and let your typing be saved).");
                return;
            }
            CollabEditor.Selection s = selection.get();
            slot.open(location.documentId().value(), location.sectionId().value(), s.from(), s.to(), s.version());
        }));
        comment.addClassName("jointly-comment-selection");
        return comment;
    }

    /** For a locked article, says why it is read-only and where a change starts, in words and with a link. */
    private static Paragraph hint(SectionLocation location) {
        if (!location.locked()) {
            Paragraph hint = new Paragraph("Everyone here edits this section together; changes are saved as you "
                    + "type.");
            hint.addClassName("jointly-hint");
            return hint;
        }
        Paragraph notice = new Paragraph("This article is a tentative agreement: every party's lead signed its "
                + "text, so it is read-only here. To change it, draft a proposal for it at the ");
        notice.add(new Anchor("workspaces/" + location.workspaceId().value() + "/table", "bargaining table"),
                new Text("."));
        notice.addClassName("jointly-locked-notice");
        notice.getElement().setAttribute("role", "note");
        return notice;
    }

    @Override
    public String getPageTitle() {
        return title + " · Jointly";
    }
}
