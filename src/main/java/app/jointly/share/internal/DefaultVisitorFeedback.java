package app.jointly.share.internal;

import app.jointly.document.DocumentService;
import app.jointly.document.DocumentView;
import app.jointly.share.ShareLimits;
import app.jointly.share.VisitorComment;
import app.jointly.share.VisitorFeedback;
import app.jointly.share.VisitorFeedbackChanged;
import app.jointly.shared.DocumentId;
import app.jointly.shared.Ids;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.UserId;
import app.jointly.workspace.WorkspaceAccess;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Visitor feedback is read by members of the document's workspace and moderated by its editors. */
@Service
class DefaultVisitorFeedback implements VisitorFeedback {

    private final DocumentService documents;
    private final WorkspaceAccess access;
    private final VisitorCommentStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DefaultVisitorFeedback(DocumentService documents, WorkspaceAccess access, VisitorCommentStore store,
                           ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.access = access;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<VisitorComment> list(DocumentId document, UserId by) {
        documents.get(document, by);
        return store.byDocument(document);
    }

    @Override
    public VisitorComment setHidden(String commentId, boolean hidden, UserId by) {
        return change(commentId, new Update().set("hidden", hidden), by);
    }

    @Override
    public VisitorComment approveLinks(String commentId, UserId by) {
        return change(commentId, new Update().set("linksApproved", true), by);
    }

    @Override
    public VisitorComment answer(String commentId, String answer, UserId by) {
        String text = VisitorCommentRules.multiLine(answer, "answer", ShareLimits.MAX_ANSWER);
        return change(commentId, VisitorCommentStore.answer(text, clock.instant()), by);
    }

    private VisitorComment change(String commentId, Update update, UserId by) {
        Ids.requireValid(commentId, "comment id");
        VisitorComment comment = store.byId(commentId).orElseThrow(VisitorFeedbackNotFound::new);
        DocumentView document;
        try {
            document = documents.get(comment.documentId(), by);
        } catch (NotFoundException e) {
            throw new VisitorFeedbackNotFound();
        }
        access.requireEditor(document.workspaceId(), by);
        store.set(commentId, update);
        events.publishEvent(new VisitorFeedbackChanged(comment.documentId(), commentId));
        return store.byId(commentId).orElseThrow(VisitorFeedbackNotFound::new);
    }

    /** The same answer for a comment that does not exist and one in another workspace. */
    static final class VisitorFeedbackNotFound extends NotFoundException {
        VisitorFeedbackNotFound() {
            super("comment-not-found", "No such comment.");
        }
    }
}
