package app.jointly.comment;

import java.time.Instant;
import java.util.List;

/**
 * A reply in a thread. A deleted reply keeps its place with an empty body and {@code deleted} true; an edited one
 * keeps its earlier wordings, oldest first.
 */
public record CommentReply(String id, String threadId, String body, String bodyHtml, CommentAuthor author,
                           Instant createdAt, Instant editedAt, List<String> earlierBodies, boolean deleted) {

    public CommentReply {
        earlierBodies = List.copyOf(earlierBodies);
    }

    public boolean edited() {
        return editedAt != null;
    }
}
