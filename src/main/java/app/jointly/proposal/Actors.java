package app.jointly.proposal;

import app.jointly.proposal.internal.PeopleDirectory;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Membership;
import app.jointly.workspace.Party;
import app.jointly.workspace.WorkspaceAccess;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns a user id into an {@link Actor} of a workspace; non-members get NotFound from WorkspaceAccess. */
@Component
class Actors {

    private final WorkspaceAccess access;
    private final PeopleDirectory people;

    Actors(WorkspaceAccess access, PeopleDirectory people) {
        this.access = access;
        this.people = people;
    }

    Actor require(WorkspaceId workspace, UserId user) {
        Membership membership = access.requireMember(workspace, user);
        return new Actor(user, people.displayName(user), membership.role(), membership.partyId());
    }

    /**
     * The actor for a proposal already loaded: a non-member gets the same refusal as for a missing proposal, so
     * a proposal id tells an outsider nothing.
     */
    Actor requireFor(Proposal proposal, UserId user) {
        try {
            return require(proposal.workspaceId(), user);
        } catch (NotFoundException e) {
            throw ProposalRules.notFound();
        }
    }

    Set<PartyId> parties(WorkspaceId workspace) {
        return access.parties(workspace).stream().map(Party::id).collect(Collectors.toSet());
    }
}
