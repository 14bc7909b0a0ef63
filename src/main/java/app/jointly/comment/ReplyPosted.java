package app.jointly.comment;

import app.jointly.shared.ClusterEvent;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;

/**
 * A reply was added to a thread. {@code participants} are the thread's earlier authors (the thread's first author
 * included, the replier not), who may want to hear of it; {@code mentioned} as in {@link CommentPosted}. Same
 * visibility rules as the thread. Relayed to every node.
 */
public record ReplyPosted(String replyId, String threadId, WorkspaceId workspaceId, CommentTarget target,
                          UserId author, String authorName, List<UserId> mentioned, List<UserId> participants,
                          CommentVisibility visibility, PartyId party, Instant at) implements ClusterEvent {

    public ReplyPosted {
        mentioned = List.copyOf(mentioned);
        participants = List.copyOf(participants);
    }
}
