package app.jointly.comment.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One comment as stored: a thread's first comment (threadId null) carries the thread's target, anchor,
 * visibility and resolved state; a reply carries its thread's id and copies of its target and visibility, so that
 * every read can filter without a join. The anchor ({@code from}, {@code to}) is at co-editing version
 * {@code textVersion}; each read that maps it stores the newer one back.
 */
@Document(CommentDocument.COLLECTION)
public record CommentDocument(@Id String id, String workspaceId, String threadId, String targetKind, String targetId,
                       String documentId, Integer from, Integer to, Integer textVersion, boolean orphaned,
                       String quote, String originalQuote, String body, String bodyHtml, List<String> earlierBodies,
                       String authorId, String authorName, Instant createdAt, Instant editedAt, boolean deleted,
                       String visibility, String partyId, boolean resolved, String resolvedBy, Instant resolvedAt,
                       List<String> mentions) {

    static final String COLLECTION = "comments";

    public CommentDocument {
        earlierBodies = earlierBodies == null ? List.of() : List.copyOf(earlierBodies);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    public boolean isThread() {
        return threadId == null;
    }

    /** The thread this comment is in (its own id for a thread's first comment). */
    public String thread() {
        return threadId == null ? id : threadId;
    }
}
