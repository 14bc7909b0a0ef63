package app.jointly.document.internal;

import app.jointly.shared.ForbiddenException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Membership;
import app.jointly.workspace.Party;
import app.jointly.workspace.Role;
import app.jointly.workspace.WorkspaceAccess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Memberships held in a map, with the refusals WorkspaceAccess promises. */
final class FakeWorkspaceAccess implements WorkspaceAccess {

    private final Map<String, Membership> memberships = new HashMap<>();

    void add(WorkspaceId workspace, UserId user, Role role) {
        memberships.put(workspace.value() + "/" + user.value(),
                new Membership(workspace, user, role, Optional.empty()));
    }

    @Override
    public Membership requireMember(WorkspaceId workspace, UserId user) {
        return membership(workspace, user).orElseThrow(() -> new NotFoundException("No such workspace."));
    }

    @Override
    public Membership requireEditor(WorkspaceId workspace, UserId user) {
        Membership membership = requireMember(workspace, user);
        if (!membership.role().canEdit()) {
            throw new ForbiddenException("Read only.");
        }
        return membership;
    }

    @Override
    public Optional<Membership> membership(WorkspaceId workspace, UserId user) {
        return Optional.ofNullable(memberships.get(workspace.value() + "/" + user.value()));
    }

    @Override
    public List<Membership> members(WorkspaceId workspace) {
        return memberships.values().stream().filter(m -> m.workspaceId().equals(workspace)).toList();
    }

    @Override
    public List<Party> parties(WorkspaceId workspace) {
        return List.of();
    }
}
