package app.jointly.workspace.internal;

import app.jointly.shared.ForbiddenException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Membership;
import app.jointly.workspace.Party;
import app.jointly.workspace.Role;
import app.jointly.workspace.WorkspaceAccess;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
class StoredWorkspaceAccess implements WorkspaceAccess {

    private final MembershipRepository memberships;
    private final WorkspaceRepository workspaces;

    StoredWorkspaceAccess(MembershipRepository memberships, WorkspaceRepository workspaces) {
        this.memberships = memberships;
        this.workspaces = workspaces;
    }

    @Override
    public Membership requireMember(WorkspaceId workspace, UserId user) {
        return membership(workspace, user).orElseThrow(() -> new NotFoundException("No such workspace."));
    }

    @Override
    public Membership requireEditor(WorkspaceId workspace, UserId user) {
        Membership membership = requireMember(workspace, user);
        if (!membership.role().canEdit()) {
            throw new ForbiddenException("read-only",
                    "Your role (" + membership.role().wireName() + ") can read but not change this.");
        }
        return membership;
    }

    @Override
    public Optional<Membership> membership(WorkspaceId workspace, UserId user) {
        return memberships.findByWorkspaceIdAndUserId(workspace.value(), user.value()).map(StoredWorkspaceAccess::toMembership);
    }

    @Override
    public List<Membership> members(WorkspaceId workspace) {
        return memberships.findByWorkspaceId(workspace.value()).stream().map(StoredWorkspaceAccess::toMembership).toList();
    }

    @Override
    public List<Party> parties(WorkspaceId workspace) {
        return workspaces.findById(workspace.value())
                .map(w -> w.parties().stream().map(p -> new Party(new PartyId(p.id()), p.name())).toList())
                .orElse(List.of());
    }

    static Membership toMembership(MembershipDocument d) {
        return new Membership(new WorkspaceId(d.workspaceId()), new UserId(d.userId()), Role.fromWire(d.role()),
                Optional.ofNullable(d.partyId()).map(PartyId::new));
    }
}
