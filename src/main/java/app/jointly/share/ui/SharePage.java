package app.jointly.share.ui;

import app.jointly.document.DocumentService;
import app.jointly.document.DocumentView;
import app.jointly.identity.CurrentUser;
import app.jointly.share.ShareLinks;
import app.jointly.share.VisitorComment;
import app.jointly.share.VisitorFeedback;
import app.jointly.share.VisitorFeedbackChanged;
import app.jointly.shared.JointlyException;
import app.jointly.shared.UserId;
import app.jointly.ui.LiveUpdates;
import app.jointly.ui.MainLayout;
import app.jointly.workspace.WorkspaceAccess;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A document's presentation links and the feedback visitors left through them. Members see both; members who can
 * edit make and revoke links and hide, answer and approve feedback.
 */
@Route(value = "workspaces/:workspaceId/documents/:documentId/share", layout = MainLayout.class)
@PermitAll
@com.vaadin.flow.component.dependency.CssImport("./styles/present.css")
class SharePage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DocumentService documents;
    private final WorkspaceAccess access;
    private final ShareLinks links;
    private final VisitorFeedback feedback;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Div comments = new Div();
    private volatile DocumentView document;
    private ShareLinksPanel linksPanel;
    private boolean canEdit;

    SharePage(DocumentService documents, WorkspaceAccess access, ShareLinks links, VisitorFeedback feedback,
              CurrentUser currentUser, Clock clock, LiveUpdates live) {
        this.documents = documents;
        this.access = access;
        this.links = links;
        this.feedback = feedback;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("jointly-share-page");
        live.subscribe(this, VisitorFeedbackChanged.class,
                e -> document != null && document.id().equals(e.documentId()), e -> showComments());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String workspaceId = event.getRouteParameters().get("workspaceId").orElse("");
        String documentId = event.getRouteParameters().get("documentId").orElse("");
        if (!open(workspaceId, documentId)) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such document.");
        }
    }

    /** False when the caller may not read the document or it is not in that workspace ("not found"). */
    boolean open(String workspaceId, String documentId) {
        Optional<DocumentView> found = documents.findIn(workspaceId, documentId, me());
        if (found.isEmpty()) {
            return false;
        }
        document = found.get();
        canEdit = access.membership(document.workspaceId(), me()).map(m -> m.role().canEdit()).orElse(false);
        removeAll();
        String documentPath = "workspaces/" + workspaceId + "/documents/" + documentId;
        linksPanel = new ShareLinksPanel(canEdit, clock, baseUrl(),
                request -> act(() -> links.create(document.id(), request, me())),
                link -> {
                    act(() -> {
                        links.revoke(link.id(), me());
                        return null;
                    });
                    showLinks();
                });
        comments.addClassName("jointly-visitor-comments");
        add(new Anchor(documentPath, "Back to the document"), new H1("Share “" + document.title() + "”"),
                linksPanel, new H2("Visitor feedback"), comments);
        showLinks();
        showComments();
        return true;
    }

    @Override
    public String getPageTitle() {
        return document == null ? "Share" : "Share " + document.title();
    }

    private void showLinks() {
        linksPanel.showLinks(links.list(document.id(), me()));
    }

    private void showComments() {
        comments.removeAll();
        List<VisitorComment> all = feedback.list(document.id(), me());
        if (all.isEmpty()) {
            comments.add(new Paragraph("No visitor feedback yet."));
        }
        VisitorCommentCard.Actions actions = new VisitorCommentCard.Actions() {
            @Override
            public void hide(VisitorComment comment, boolean hidden) {
                act(() -> feedback.setHidden(comment.id(), hidden, me()));
                showComments();
            }

            @Override
            public void approveLinks(VisitorComment comment) {
                act(() -> feedback.approveLinks(comment.id(), me()));
                showComments();
            }

            @Override
            public void answer(VisitorComment comment, String answer) {
                act(() -> feedback.answer(comment.id(), answer, me()));
                showComments();
            }
        };
        // Hidden comments go last, so the list reads as the feedback worth reading.
        all.stream().filter(c -> !c.hidden()).forEach(c -> comments.add(new VisitorCommentCard(c, canEdit, actions)));
        all.stream().filter(VisitorComment::hidden).forEach(c -> comments.add(new VisitorCommentCard(c, canEdit, actions)));
    }

    /** Runs a change; a refusal is shown to the member and answered with null. */
    private <T> T act(Supplier<T> action) {
        try {
            T result = action.get();
            showLinks();
            return result;
        } catch (JointlyException e) {
            Notification n = Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.ERROR);
            return null;
        }
    }

    private static String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent() instanceof VaadinServletRequest r ? r : null;
        return request == null ? ""
                : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).build().toUriString();
    }

    private UserId me() {
        return currentUser.require().id();
    }
}
