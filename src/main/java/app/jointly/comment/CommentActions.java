package app.jointly.comment;

import app.jointly.comment.CommentThreadChanged.Change;
import app.jointly.comment.internal.CommentBodies;
import app.jointly.comment.internal.CommentDocument;
import app.jointly.comment.internal.CommentRateLimiter;
import app.jointly.comment.internal.CommentStore;
import app.jointly.comment.internal.CommentTargets;
import app.jointly.comment.internal.CommentWriter;
import app.jointly.comment.internal.ThreadViews;
import app.jointly.shared.ConflictException;
import app.jointly.shared.ForbiddenException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Membership;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What people do in a thread: reply, resolve and reopen (anyone who may comment in it), edit and delete (the
 * comment's author only). A comment id is a thread's (its first comment) or a reply's; both work everywhere.
 */
@Service
public class CommentActions {

    private final CommentStore store;
    private final CommentTargets targets;
    private final CommentWriter writer;
    private final CommentBodies bodies;
    private final CommentRateLimiter rate;
    private final CommentService reader;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentActions(CommentStore store, CommentTargets targets, CommentWriter writer, CommentBodies bodies,
                   CommentRateLimiter rate, CommentService reader, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.targets = targets;
        this.writer = writer;
        this.bodies = bodies;
        this.rate = rate;
        this.reader = reader;
        this.events = events;
        this.clock = clock;
    }

    /** A reply in the thread of {@code commentId}. */
    public CommentReply reply(String commentId, UserId user, String body) {
        CommentDocument thread = threadOf(load(commentId));
        Membership member = targets.requireVisible(thread, user);
        return ThreadViews.reply(writer.reply(thread, member, body));
    }

    public CommentThread resolve(String commentId, UserId user) {
        return setResolved(commentId, user, true);
    }

    public CommentThread reopen(String commentId, UserId user) {
        return setResolved(commentId, user, false);
    }

    /**
     * Rewords the author's own comment; the earlier wording is kept and the comment shows as edited.
     *
     * @return the thread, whose first comment or reply it was, as it is now
     */
    public CommentThread edit(String commentId, UserId user, String body) {
        CommentDocument comment = ownComment(commentId, user);
        String text = bodies.check(body);
        rate.take(user);
        CommentDocument thread = threadOf(comment);
        List<UserId> mentioned = writer.mentioned(text, new WorkspaceId(comment.workspaceId()),
                ThreadViews.visibility(thread), ThreadViews.party(thread), user);
        if (!store.edit(comment, text, bodies.html(text), mentioned.stream().map(UserId::value).toList(),
                clock.instant())) {
            throw new ConflictException("comment-changed", "This comment changed meanwhile; reload and try again.");
        }
        changed(thread, Change.EDITED);
        return reader.thread(thread.id(), user);
    }

    /** Deletes the author's own comment: it keeps its place in the thread, shown as deleted. */
    public CommentThread delete(String commentId, UserId user) {
        CommentDocument comment = ownComment(commentId, user);
        store.delete(comment.id(), clock.instant());
        CommentDocument thread = threadOf(comment);
        changed(thread, Change.DELETED);
        return reader.thread(thread.id(), user);
    }

    private CommentThread setResolved(String commentId, UserId user, boolean resolved) {
        CommentDocument thread = threadOf(load(commentId));
        Membership member = targets.requireVisible(thread, user);
        CommentTargets.requireCommenter(member);
        if (thread.resolved() != resolved) {
            store.setResolved(thread.id(), resolved, user.value(), clock.instant());
            changed(thread, resolved ? Change.RESOLVED : Change.REOPENED);
        }
        return reader.thread(thread.id(), user);
    }

    private CommentDocument ownComment(String commentId, UserId user) {
        CommentDocument comment = load(commentId);
        Membership member = targets.requireVisible(comment, user);
        if (!comment.authorId().equals(user.value())) {
            throw new ForbiddenException("not-author", "Only its author can change or delete a comment.");
        }
        CommentTargets.requireCommenter(member);
        if (comment.deleted()) {
            throw new ConflictException("comment-deleted", "This comment was deleted.");
        }
        return comment;
    }

    private void changed(CommentDocument thread, Change change) {
        Instant now = clock.instant();
        events.publishEvent(new CommentThreadChanged(thread.id(), new WorkspaceId(thread.workspaceId()),
                ThreadViews.target(thread), change, ThreadViews.visibility(thread), ThreadViews.party(thread), now));
    }

    private CommentDocument load(String commentId) {
        return store.find(commentId).orElseThrow(CommentActions::notFound);
    }

    private CommentDocument threadOf(CommentDocument comment) {
        return comment.isThread() ? comment : load(comment.threadId());
    }

    private static NotFoundException notFound() {
        return new NotFoundException("comment-not-found", "No such comment.");
    }
}
