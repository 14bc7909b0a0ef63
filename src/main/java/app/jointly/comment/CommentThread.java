package app.jointly.comment;

import app.jointly.shared.PartyId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;

/**
 * A thread as one member sees it: its first comment (body, author, edits), its anchor when it is on a passage,
 * its replies in order. For an anchored thread {@code from}/{@code to} are UTF-16 offsets in the text at
 * {@code textVersion} (the current version when read), {@code quote} the passage's text there (its last text once
 * the passage was removed, then {@code orphaned} is true), {@code originalQuote} the text commented on. For a
 * discussion those are null / 0.
 *
 * @param party the author's party for a {@link CommentVisibility#PARTY} thread, else null
 */
public record CommentThread(String id, WorkspaceId workspaceId, CommentTarget target, Integer from, Integer to,
                            Integer textVersion, String quote, String originalQuote, String body, String bodyHtml,
                            CommentAuthor author, Instant createdAt, Instant editedAt, List<String> earlierBodies,
                            boolean deleted, CommentVisibility visibility, PartyId party, boolean resolved,
                            boolean orphaned, List<String> mentions, List<CommentReply> replies) {

    public CommentThread {
        earlierBodies = List.copyOf(earlierBodies);
        mentions = List.copyOf(mentions);
        replies = List.copyOf(replies);
    }

    public boolean edited() {
        return editedAt != null;
    }

    public boolean anchored() {
        return from != null;
    }
}
