package app.jointly.workspace;

import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.util.Optional;

/** One user's place in one workspace: a role and at most one party. */
public record Membership(WorkspaceId workspaceId, UserId userId, Role role, Optional<PartyId> partyId) {

    public boolean inParty(PartyId party) {
        return partyId.isPresent() && partyId.get().equals(party);
    }

    public boolean isLeadOf(PartyId party) {
        return role == Role.LEAD && inParty(party);
    }
}
