package app.jointly.workspace;

import app.jointly.identity.UserService;
import app.jointly.identity.UserView;
import app.jointly.shared.ConflictException;
import app.jointly.shared.ForbiddenException;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.WorkspaceEvents.MembershipChanged;
import app.jointly.workspace.WorkspaceEvents.WorkspaceChanged;
import app.jointly.workspace.WorkspaceEvents.WorkspaceCreated;
import app.jointly.workspace.internal.MembershipDocument;
import app.jointly.workspace.internal.MembershipRepository;
import app.jointly.workspace.internal.WorkspaceDocument;
import app.jointly.workspace.internal.WorkspaceDocument.PartyEntry;
import app.jointly.workspace.internal.WorkspaceRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Workspaces, their parties and their members. Only owners change them; every member may look. */
@Service
public class WorkspaceService {

    private final WorkspaceRepository workspaces;
    private final MembershipRepository memberships;
    private final WorkspaceAccess access;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkspaceService(WorkspaceRepository workspaces, MembershipRepository memberships, WorkspaceAccess access,
            UserService users, ApplicationEventPublisher events, Clock clock) {
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.access = access;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a workspace whose creator is its first owner (in no party). */
    public WorkspaceView create(UserId creator, String name, List<String> partyNames) {
        List<String> names = partyNames == null ? List.of() : partyNames;
        if (names.size() > WorkspaceRules.MAX_PARTIES) {
            throw new InvalidInputException("too-many-parties", "A workspace has at most "
                    + WorkspaceRules.MAX_PARTIES + " parties.");
        }
        List<PartyEntry> parties = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : names) {
            String partyName = WorkspaceRules.partyName(raw);
            if (!seen.add(partyName.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("duplicate-party", "Two parties are both called " + partyName + ".");
            }
            parties.add(new PartyEntry(PartyId.newId().value(), partyName));
        }
        WorkspaceDocument saved = workspaces.insert(new WorkspaceDocument(WorkspaceId.newId().value(),
                WorkspaceRules.name(name), parties, creator.value(), clock.instant(), null));
        memberships.insert(new MembershipDocument(UUID.randomUUID().toString(), saved.id(), creator.value(),
                Role.OWNER.wireName(), null));
        events.publishEvent(new WorkspaceCreated(new WorkspaceId(saved.id()), creator));
        return view(saved);
    }

    public List<WorkspaceView> listFor(UserId user) {
        List<String> ids = memberships.findByUserId(user.value()).stream().map(MembershipDocument::workspaceId).toList();
        return workspaces.findByIdInOrderByNameAsc(ids).stream().map(WorkspaceService::view).toList();
    }

    public WorkspaceView get(WorkspaceId workspace, UserId actor) {
        access.requireMember(workspace, actor);
        return view(load(workspace));
    }

    /** A workspace together with the caller's own membership in it (one membership check, not two). */
    public record MemberWorkspace(WorkspaceView workspace, Membership membership) {
    }

    /** @throws NotFoundException when the caller is not a member */
    public MemberWorkspace open(WorkspaceId workspace, UserId user) {
        Membership membership = access.requireMember(workspace, user);
        return new MemberWorkspace(view(load(workspace)), membership);
    }

    public WorkspaceView rename(WorkspaceId workspace, UserId actor, String name) {
        requireOwner(workspace, actor);
        WorkspaceDocument saved = workspaces.save(load(workspace).withName(WorkspaceRules.name(name)));
        events.publishEvent(new WorkspaceChanged(workspace));
        return view(saved);
    }

    public Party addParty(WorkspaceId workspace, UserId actor, String name) {
        requireOwner(workspace, actor);
        WorkspaceDocument current = load(workspace);
        String partyName = WorkspaceRules.partyName(name);
        if (current.parties().size() >= WorkspaceRules.MAX_PARTIES) {
            throw new InvalidInputException("too-many-parties", "A workspace has at most "
                    + WorkspaceRules.MAX_PARTIES + " parties.");
        }
        if (current.parties().stream().anyMatch(p -> p.name().equalsIgnoreCase(partyName))) {
            throw new InvalidInputException("duplicate-party", "There is already a party called " + partyName + ".");
        }
        PartyEntry party = new PartyEntry(PartyId.newId().value(), partyName);
        List<PartyEntry> parties = new ArrayList<>(current.parties());
        parties.add(party);
        workspaces.save(current.withParties(parties));
        events.publishEvent(new WorkspaceChanged(workspace));
        return new Party(new PartyId(party.id()), party.name());
    }

    public Party renameParty(WorkspaceId workspace, UserId actor, PartyId party, String name) {
        requireOwner(workspace, actor);
        WorkspaceDocument current = load(workspace);
        String partyName = WorkspaceRules.partyName(name);
        requireParty(current, party);
        if (current.parties().stream().anyMatch(p -> !p.id().equals(party.value())
                && p.name().equalsIgnoreCase(partyName))) {
            throw new InvalidInputException("duplicate-party", "There is already a party called " + partyName + ".");
        }
        workspaces.save(current.withParties(current.parties().stream()
                .map(p -> p.id().equals(party.value()) ? new PartyEntry(p.id(), partyName) : p).toList()));
        events.publishEvent(new WorkspaceChanged(workspace));
        return new Party(party, partyName);
    }

    public Membership addMember(WorkspaceId workspace, UserId actor, UserId user, Role role, Optional<PartyId> party) {
        requireOwner(workspace, actor);
        checkMember(workspace, user, role, party);
        if (memberships.countByWorkspaceId(workspace.value()) >= WorkspaceRules.MAX_MEMBERS) {
            throw new InvalidInputException("too-many-members", "A workspace has at most "
                    + WorkspaceRules.MAX_MEMBERS + " members.");
        }
        try {
            memberships.insert(new MembershipDocument(UUID.randomUUID().toString(), workspace.value(), user.value(),
                    role.wireName(), party.map(PartyId::value).orElse(null)));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("already-member", "That user is already a member; change their role instead.");
        }
        events.publishEvent(new MembershipChanged(workspace, user));
        return new Membership(workspace, user, role, party);
    }

    public Membership changeMember(WorkspaceId workspace, UserId actor, UserId user, Role role, Optional<PartyId> party) {
        requireOwner(workspace, actor);
        checkMember(workspace, user, role, party);
        MembershipDocument current = memberships.findByWorkspaceIdAndUserId(workspace.value(), user.value())
                .orElseThrow(() -> new NotFoundException("That user is not a member."));
        if (Role.OWNER.wireName().equals(current.role()) && role != Role.OWNER) {
            requireAnotherOwner(workspace);
        }
        memberships.save(new MembershipDocument(current.id(), current.workspaceId(), current.userId(),
                role.wireName(), party.map(PartyId::value).orElse(null)));
        events.publishEvent(new MembershipChanged(workspace, user));
        return new Membership(workspace, user, role, party);
    }

    public void removeMember(WorkspaceId workspace, UserId actor, UserId user) {
        requireOwner(workspace, actor);
        MembershipDocument current = memberships.findByWorkspaceIdAndUserId(workspace.value(), user.value())
                .orElseThrow(() -> new NotFoundException("That user is not a member."));
        if (Role.OWNER.wireName().equals(current.role())) {
            requireAnotherOwner(workspace);
        }
        memberships.delete(current);
        events.publishEvent(new MembershipChanged(workspace, user));
    }

    public List<MemberView> members(WorkspaceId workspace, UserId actor) {
        access.requireMember(workspace, actor);
        WorkspaceDocument current = load(workspace);
        List<Membership> all = access.members(workspace);
        Map<UserId, UserView> people = users.lookup(all.stream().map(Membership::userId).toList());
        return all.stream().map(m -> {
            UserView person = people.get(m.userId());
            Optional<String> partyName = m.partyId().flatMap(p -> current.parties().stream()
                    .filter(e -> e.id().equals(p.value())).map(PartyEntry::name).findFirst());
            return new MemberView(m.userId(), person == null ? "?" : person.username(),
                    person == null ? "(removed account)" : person.displayName(), m.role(), m.partyId(), partyName);
        }).sorted(Comparator.comparing(MemberView::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private void checkMember(WorkspaceId workspace, UserId user, Role role, Optional<PartyId> party) {
        if (role == null) {
            throw new InvalidInputException("invalid-role", "A member needs a role.");
        }
        if (users.find(user).isEmpty()) {
            throw new NotFoundException("No such user.");
        }
        party.ifPresent(p -> requireParty(load(workspace), p));
        if (role == Role.LEAD && party.isEmpty()) {
            throw new InvalidInputException("lead-needs-party", "A lead speaks for a party: choose the party.");
        }
    }

    private void requireOwner(WorkspaceId workspace, UserId actor) {
        if (!access.requireMember(workspace, actor).role().canAdminister()) {
            throw new ForbiddenException("Only the workspace's owners can do this.");
        }
    }

    private void requireAnotherOwner(WorkspaceId workspace) {
        if (memberships.countByWorkspaceIdAndRole(workspace.value(), Role.OWNER.wireName()) <= 1) {
            throw new ConflictException("last-owner", "A workspace needs at least one owner: make someone else "
                    + "owner first.");
        }
    }

    private static void requireParty(WorkspaceDocument workspace, PartyId party) {
        if (workspace.parties().stream().noneMatch(p -> p.id().equals(party.value()))) {
            throw new InvalidInputException("unknown-party", "That party is not part of this workspace.");
        }
    }

    private WorkspaceDocument load(WorkspaceId workspace) {
        return workspaces.findById(workspace.value()).orElseThrow(() -> new NotFoundException("No such workspace."));
    }

    static WorkspaceView view(WorkspaceDocument d) {
        return new WorkspaceView(new WorkspaceId(d.id()), d.name(),
                d.parties().stream().map(p -> new Party(new PartyId(p.id()), p.name())).toList(),
                d.version() == null ? 0 : d.version(), d.createdAt());
    }
}
