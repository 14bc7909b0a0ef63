package app.jointly.comment.internal;

import app.jointly.comment.CommentAuthor;
import app.jointly.comment.CommentReply;
import app.jointly.comment.CommentThread;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the comments API (typed ids flattened to strings). */
final class CommentJson {

    private CommentJson() {
    }

    record NewPassageComment(Integer from, Integer to, Integer version, String body, String visibility) {
    }

    record NewComment(String body, String visibility) {
    }

    record Body(String body) {
    }

    record Author(String id, String name) {
        static Author of(CommentAuthor author) {
            return new Author(author.id().value(), author.name());
        }
    }

    record Target(String kind, String id) {
    }

    /**
     * A thread: the shape of issue 12 plus {@code documentId}, {@code textVersion} (the version {@code from}/{@code
     * to} are at), {@code target}, {@code party}, {@code edited}/{@code editedAt}/{@code earlierBodies},
     * {@code deleted} and {@code mentions} (user ids).
     */
    record Thread(String id, String sectionId, String documentId, Integer from, Integer to, Integer textVersion,
                  String quote, String originalQuote, String body, String bodyHtml, Author author, Instant createdAt,
                  String visibility, String party, boolean resolved, boolean orphaned, boolean edited,
                  Instant editedAt, List<String> earlierBodies, boolean deleted, List<String> mentions,
                  Target target, List<Reply> replies) {

        static Thread of(CommentThread t) {
            boolean section = t.target().kind() == app.jointly.comment.CommentTarget.Kind.SECTION;
            return new Thread(t.id(), section ? t.target().id() : null, t.target().documentId(), t.from(), t.to(),
                    t.textVersion(), t.quote(), t.originalQuote(), t.body(), t.bodyHtml(), Author.of(t.author()),
                    t.createdAt(), t.visibility().wireName(), t.party() == null ? null : t.party().value(),
                    t.resolved(), t.orphaned(), t.edited(), t.editedAt(), t.earlierBodies(), t.deleted(),
                    t.mentions(), new Target(t.target().kind().wireName(), t.target().id()),
                    t.replies().stream().map(Reply::of).toList());
        }
    }

    record Reply(String id, String threadId, String body, String bodyHtml, Author author, Instant createdAt,
                 boolean edited, Instant editedAt, List<String> earlierBodies, boolean deleted) {

        static Reply of(CommentReply r) {
            return new Reply(r.id(), r.threadId(), r.body(), r.bodyHtml(), Author.of(r.author()), r.createdAt(),
                    r.edited(), r.editedAt(), r.earlierBodies(), r.deleted());
        }
    }
}
