package app.jointly.vote;

import app.jointly.shared.ForbiddenException;
import app.jointly.shared.PartyId;
import app.jointly.workspace.Membership;
import app.jointly.workspace.Role;

/**
 * Who may create, open and close votes: the workspace's owners, and leads. A vote of one party's members
 * (including its ratification) is that party's business, so among leads only that party's lead may run it;
 * a workspace-wide or per-party vote may be run by any party's lead. Members, commenters and observers may not.
 */
final class VotePermissions {

    private VotePermissions() {
    }

    static void requireManager(Membership membership, PartyId party) {
        if (!mayManage(membership, party)) {
            throw new ForbiddenException("not-vote-manager", party == null
                    ? "Only the workspace's owners and leads can set up and run votes."
                    : "Only the workspace's owners and this party's lead can set up and run this party's vote.");
        }
    }

    static boolean mayManage(Membership membership, PartyId party) {
        if (membership.role() == Role.OWNER) {
            return true;
        }
        return membership.role() == Role.LEAD && (party == null || membership.inParty(party));
    }

    /** Owners, leads and members vote; commenters and observers do not. */
    static boolean mayVote(Role role) {
        return role.canEdit();
    }
}
