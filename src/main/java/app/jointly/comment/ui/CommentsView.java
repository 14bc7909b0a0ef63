package app.jointly.comment.ui;

import app.jointly.comment.CommentActions;
import app.jointly.comment.CommentPosted;
import app.jointly.comment.CommentService;
import app.jointly.comment.CommentTarget;
import app.jointly.comment.CommentThread;
import app.jointly.comment.CommentThreadChanged;
import app.jointly.comment.CommentVisibility;
import app.jointly.comment.ReplyPosted;
import app.jointly.document.DocumentService;
import app.jointly.document.DocumentView;
import app.jointly.document.SectionView;
import app.jointly.identity.CurrentUser;
import app.jointly.shared.JointlyException;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.ui.LiveUpdates;
import app.jointly.ui.MainLayout;
import app.jointly.ui.WorkspaceTabs;
import app.jointly.workspace.Membership;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/**
 * A document's comments: the outline with each section's count of open threads, the list with its filters (open
 * or resolved, mine, mentioning me, one section), a form to comment on a passage, and every thread with its
 * actions. Refreshes when a thread of this document changes on any node.
 */
@Route(value = "workspaces/:workspaceId/documents/:documentId/comments", layout = MainLayout.class)
@PermitAll
class CommentsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CommentService comments;
    private final CommentActions actions;
    private final DocumentService documents;
    private final CurrentUser currentUser;
    private final LiveUpdates live;
    private final Nav outline = new Nav();
    private final Div threads = new Div();
    private final Select<ThreadFilter.Status> status = new Select<>();
    private final Checkbox mine = new Checkbox("Mine");
    private final Checkbox mentioningMe = new Checkbox("Mentioning me");
    private DocumentView document;
    private Membership member;
    private UserId me;
    private String section;
    private String title = "Comments";

    CommentsView(CommentService comments, CommentActions actions, DocumentService documents,
                 CurrentUser currentUser, LiveUpdates live) {
        this.comments = comments;
        this.actions = actions;
        this.documents = documents;
        this.currentUser = currentUser;
        this.live = live;
        addClassName("jointly-page");
        outline.getElement().setAttribute("aria-label", "Sections with open comments");
        threads.getElement().setAttribute("aria-live", "polite");
        status.setLabel("Show");
        status.setItems(ThreadFilter.Status.values());
        status.setItemLabelGenerator(ThreadFilter.Status::label);
        status.setValue(ThreadFilter.Status.OPEN);
        status.addValueChangeListener(e -> render());
        mine.addValueChangeListener(e -> render());
        mentioningMe.addValueChangeListener(e -> render());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String ws = event.getRouteParameters().get("workspaceId").orElse("");
        String id = event.getRouteParameters().get("documentId").orElse("");
        if (!open(ws, id)) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** @return false when the document is not there for this user (shown as not found) */
    boolean open(String workspaceId, String documentId) {
        me = currentUser.require().id();
        Optional<DocumentView> found = documents.findIn(workspaceId, documentId, me);
        if (found.isEmpty()) {
            return false;
        }
        document = found.get();
        try {
            member = comments.viewer(CommentTarget.Kind.SECTION, documentId, me);
        } catch (JointlyException e) {
            return false;
        }
        title = "Comments on " + document.title();
        removeAll();
        add(new WorkspaceTabs(workspaceId, "documents"), new H2(title),
                new Anchor("workspaces/" + workspaceId + "/documents/" + documentId, "Back to the document"),
                outline, new HorizontalLayout(status, mine, mentioningMe));
        if (member.role().canComment()) {
            add(new PassageCommentForm(comments, document, member, me, this::reload));
        }
        add(threads);
        render();
        live.subscribe(this, CommentPosted.class, e -> concerns(e.target(), e.visibility(), e.party()), e -> reload());
        live.subscribe(this, ReplyPosted.class, e -> concerns(e.target(), e.visibility(), e.party()), e -> render());
        live.subscribe(this, CommentThreadChanged.class, e -> concerns(e.target(), e.visibility(), e.party()),
                e -> render());
        return true;
    }

    private boolean concerns(CommentTarget target, CommentVisibility visibility, PartyId party) {
        return document.id().value().equals(target.documentId())
                && (visibility == CommentVisibility.WORKSPACE || party != null && member.inParty(party));
    }

    private void reload() {
        document = documents.get(document.id(), me);
        render();
    }

    void render() {
        List<CommentThread> all = comments.documentThreads(document.id(), me);
        outline.removeAll();
        Button everything = new Button("All sections (" + all.stream().filter(t -> !t.resolved()).count() + ")",
                e -> showSection(null));
        outline.add(everything);
        for (SectionView s : document.sections()) {
            long open = all.stream().filter(t -> !t.resolved() && s.id().value().equals(t.target().id())).count();
            Button button = new Button(s.heading() + " (" + open + ")", e -> showSection(s.id().value()));
            button.getElement().setAttribute("aria-label", s.heading() + ": " + open + " open comments");
            outline.add(button);
        }
        ThreadFilter filter = new ThreadFilter(status.getValue(), mine.getValue(), mentioningMe.getValue(), section);
        threads.removeAll();
        List<CommentThread> shown = all.stream().filter(t -> filter.test(t, me)).toList();
        if (shown.isEmpty()) {
            threads.add(new Paragraph("No comments to show."));
        }
        shown.forEach(t -> threads.add(new ThreadCard(t, actions, me, member.role().canComment(), this::render)));
    }

    private void showSection(String sectionId) {
        section = sectionId;
        render();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
