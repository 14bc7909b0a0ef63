package app.jointly.workspace.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One row per (workspace, user): the unique index makes "at most one membership" hold across nodes. */
@Document("memberships")
@CompoundIndex(name = "workspace_user", def = "{'workspaceId': 1, 'userId': 1}", unique = true)
public record MembershipDocument(@Id String id, String workspaceId, @Indexed String userId, String role,
        String partyId) {
}
