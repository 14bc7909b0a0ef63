package app.jointly.comment.internal;

import app.jointly.comment.CommentAuthor;
import app.jointly.comment.CommentReply;
import app.jointly.comment.CommentTarget;
import app.jointly.comment.CommentThread;
import app.jointly.comment.CommentVisibility;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Stored comments to the public thread and reply records. */
public final class ThreadViews {

    private ThreadViews() {
    }

    public static CommentTarget target(CommentDocument d) {
        return new CommentTarget(CommentTarget.Kind.valueOf(d.targetKind().toUpperCase(java.util.Locale.ROOT)),
                d.targetId(), d.documentId());
    }

    public static CommentVisibility visibility(CommentDocument d) {
        return CommentVisibility.fromWire(d.visibility());
    }

    public static PartyId party(CommentDocument d) {
        return d.partyId() == null ? null : new PartyId(d.partyId());
    }

    public static CommentReply reply(CommentDocument d) {
        return new CommentReply(d.id(), d.threadId(), d.body(), d.bodyHtml(), author(d), d.createdAt(),
                d.editedAt(), d.earlierBodies(), d.deleted());
    }

    public static CommentThread thread(CommentDocument d, List<CommentDocument> replies) {
        return new CommentThread(d.id(), new WorkspaceId(d.workspaceId()), target(d), d.from(), d.to(),
                d.textVersion(), d.quote(), d.originalQuote(), d.body(), d.bodyHtml(), author(d), d.createdAt(),
                d.editedAt(), d.earlierBodies(), d.deleted(), visibility(d), party(d), d.resolved(), d.orphaned(),
                d.mentions(), replies.stream().map(ThreadViews::reply).toList());
    }

    /** Threads with their replies, in the threads' order. */
    public static List<CommentThread> threads(List<CommentDocument> threads, List<CommentDocument> replies) {
        Map<String, List<CommentDocument>> byThread = replies.stream()
                .collect(Collectors.groupingBy(CommentDocument::threadId));
        return threads.stream().map(t -> thread(t, byThread.getOrDefault(t.id(), List.of()))).toList();
    }

    private static CommentAuthor author(CommentDocument d) {
        return new CommentAuthor(new UserId(d.authorId()), d.authorName());
    }
}
