package app.jointly.proposal;

import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.workspace.Role;
import java.util.Objects;
import java.util.Optional;

/** Who acts on a proposal: the user, the name they sign with, their role and party in the proposal's workspace. */
public record Actor(UserId id, String name, Role role, Optional<PartyId> party) {

    public Actor {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(role);
        Objects.requireNonNull(party);
    }

    public boolean inParty(PartyId other) {
        return party.isPresent() && party.get().equals(other);
    }

    public boolean isLeadOf(PartyId other) {
        return role == Role.LEAD && inParty(other);
    }

    /** A lead of any party other than {@code other}. */
    public boolean isLeadOfAnotherParty(PartyId other) {
        return role == Role.LEAD && party.isPresent() && !party.get().equals(other);
    }
}
