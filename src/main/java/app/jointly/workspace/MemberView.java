package app.jointly.workspace;

import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import java.util.Optional;

/** A member with the names to show. */
public record MemberView(UserId userId, String username, String displayName, Role role, Optional<PartyId> partyId,
        Optional<String> partyName) {
}
