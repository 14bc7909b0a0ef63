package app.jointly.votetesting;

import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Test setup only: adds many members to a workspace at once by writing membership rows, skipping account creation
 * (password hashing would dominate a 10,000-member setup). The vote module sees them through WorkspaceAccess like
 * any member.
 */
public final class DirectMembers {

    private DirectMembers() {
    }

    public static List<UserId> add(MongoTemplate mongo, WorkspaceId workspace, Role role, PartyId party, int count) {
        List<UserId> users = new ArrayList<>(count);
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, "memberships");
        for (int i = 0; i < count; i++) {
            UserId user = UserId.newId();
            users.add(user);
            bulk.insert(new Document("_id", UUID.randomUUID().toString()).append("workspaceId", workspace.value())
                    .append("userId", user.value()).append("role", role.wireName())
                    .append("partyId", party == null ? null : party.value()));
        }
        bulk.execute();
        return users;
    }
}
