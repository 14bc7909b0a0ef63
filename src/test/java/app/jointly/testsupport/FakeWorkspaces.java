package app.jointly.testsupport;

import app.jointly.shared.ForbiddenException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Membership;
import app.jointly.workspace.Party;
import app.jointly.workspace.Role;
import app.jointly.workspace.WorkspaceAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory {@link WorkspaceAccess} with the same refusals as the real one, for tests without a database. */
public final class FakeWorkspaces implements WorkspaceAccess {

    private final Map<WorkspaceId, List<Party>> parties = new ConcurrentHashMap<>();
    private final Map<WorkspaceId, Map<UserId, Membership>> members = new ConcurrentHashMap<>();

    public WorkspaceId workspace(String... partyNames) {
        WorkspaceId id = WorkspaceId.newId();
        List<Party> list = new ArrayList<>();
        for (String name : partyNames) {
            list.add(new Party(PartyId.newId(), name));
        }
        parties.put(id, list);
        members.put(id, new ConcurrentHashMap<>());
        return id;
    }

    public PartyId party(WorkspaceId workspace, int index) {
        return parties.get(workspace).get(index).id();
    }

    public UserId add(WorkspaceId workspace, Role role, PartyId party) {
        UserId user = UserId.newId();
        members.get(workspace).put(user, new Membership(workspace, user, role, Optional.ofNullable(party)));
        return user;
    }

    /** Makes {@code user} a member of {@code workspace} (created on first use, without parties). */
    public void add(WorkspaceId workspace, UserId user, Role role) {
        members.computeIfAbsent(workspace, w -> new ConcurrentHashMap<>())
                .put(user, new Membership(workspace, user, role, Optional.empty()));
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
        return Optional.ofNullable(members.getOrDefault(workspace, Map.of()).get(user));
    }

    @Override
    public List<Membership> members(WorkspaceId workspace) {
        return List.copyOf(members.getOrDefault(workspace, Map.of()).values());
    }

    @Override
    public List<Party> parties(WorkspaceId workspace) {
        return parties.getOrDefault(workspace, List.of());
    }
}
