package app.jointly.comment;

import app.jointly.shared.ClusterEvent;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;

/**
 * A thread was started. {@code mentioned} are the members named with {@code @username} who can see the thread
 * (nobody else is mentioned); a {@link CommentVisibility#PARTY} thread is for {@code party}'s members only, and a
 * listener telling anyone about it must keep to that. Relayed to every node.
 */
public record CommentPosted(String threadId, WorkspaceId workspaceId, CommentTarget target, UserId author,
                            String authorName, List<UserId> mentioned, CommentVisibility visibility, PartyId party,
                            Instant at) implements ClusterEvent {

    public CommentPosted {
        mentioned = List.copyOf(mentioned);
    }
}
