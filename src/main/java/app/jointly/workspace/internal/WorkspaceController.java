package app.jointly.workspace.internal;

import app.jointly.identity.CurrentUser;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.MemberView;
import app.jointly.workspace.Membership;
import app.jointly.workspace.Party;
import app.jointly.workspace.Role;
import app.jointly.workspace.WorkspaceService;
import app.jointly.workspace.WorkspaceView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces")
@Tag(name = "Workspaces")
class WorkspaceController {

    private final WorkspaceService workspaces;
    private final CurrentUser currentUser;

    WorkspaceController(WorkspaceService workspaces, CurrentUser currentUser) {
        this.workspaces = workspaces;
        this.currentUser = currentUser;
    }

    record PartyRequest(String name) {
    }

    record CreateWorkspace(String name, List<PartyRequest> parties) {
    }

    record RenameWorkspace(String name) {
    }

    record MemberRequest(String userId, String role, String partyId) {
    }

    record WorkspaceResponse(String id, String name, List<PartyResponse> parties, long version) {
        static WorkspaceResponse of(WorkspaceView v) {
            return new WorkspaceResponse(v.id().value(), v.name(),
                    v.parties().stream().map(PartyResponse::of).toList(), v.version());
        }
    }

    record PartyResponse(String id, String name) {
        static PartyResponse of(Party p) {
            return new PartyResponse(p.id().value(), p.name());
        }
    }

    record MemberResponse(String userId, String username, String displayName, String role, String partyId,
            String partyName) {
        static MemberResponse of(MemberView m) {
            return new MemberResponse(m.userId().value(), m.username(), m.displayName(), m.role().wireName(),
                    m.partyId().map(PartyId::value).orElse(null), m.partyName().orElse(null));
        }

        static MemberResponse of(Membership m) {
            return new MemberResponse(m.userId().value(), null, null, m.role().wireName(),
                    m.partyId().map(PartyId::value).orElse(null), null);
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a workspace; you become its owner")
    WorkspaceResponse create(@RequestBody CreateWorkspace request) {
        List<String> parties = request.parties() == null ? List.of()
                : request.parties().stream().map(p -> p == null ? null : p.name()).toList();
        return WorkspaceResponse.of(workspaces.create(me(), request.name(), parties));
    }

    @GetMapping
    @Operation(summary = "The workspaces you are a member of")
    List<WorkspaceResponse> list() {
        return workspaces.listFor(me()).stream().map(WorkspaceResponse::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One workspace")
    WorkspaceResponse get(@PathVariable String id) {
        return WorkspaceResponse.of(workspaces.get(new WorkspaceId(id), me()));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Rename a workspace (owners)")
    WorkspaceResponse rename(@PathVariable String id, @RequestBody RenameWorkspace request) {
        return WorkspaceResponse.of(workspaces.rename(new WorkspaceId(id), me(), request.name()));
    }

    @PostMapping("/{id}/parties")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a party (owners)")
    PartyResponse addParty(@PathVariable String id, @RequestBody PartyRequest request) {
        return PartyResponse.of(workspaces.addParty(new WorkspaceId(id), me(), request.name()));
    }

    @PatchMapping("/{id}/parties/{partyId}")
    @Operation(summary = "Rename a party (owners)")
    PartyResponse renameParty(@PathVariable String id, @PathVariable String partyId,
            @RequestBody PartyRequest request) {
        return PartyResponse.of(workspaces.renameParty(new WorkspaceId(id), me(), new PartyId(partyId),
                request.name()));
    }

    @GetMapping("/{id}/members")
    @Operation(summary = "Members with role and party")
    List<MemberResponse> members(@PathVariable String id) {
        return workspaces.members(new WorkspaceId(id), me()).stream().map(MemberResponse::of).toList();
    }

    @PostMapping("/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a member with a role (owner, lead, member, commenter, observer) and optional party")
    MemberResponse addMember(@PathVariable String id, @RequestBody MemberRequest request) {
        return MemberResponse.of(workspaces.addMember(new WorkspaceId(id), me(), new UserId(request.userId()),
                Role.fromWire(request.role()), party(request)));
    }

    @PutMapping("/{id}/members/{userId}")
    @Operation(summary = "Change a member's role or party (owners)")
    MemberResponse changeMember(@PathVariable String id, @PathVariable String userId,
            @RequestBody MemberRequest request) {
        return MemberResponse.of(workspaces.changeMember(new WorkspaceId(id), me(), new UserId(userId),
                Role.fromWire(request.role()), party(request)));
    }

    @DeleteMapping("/{id}/members/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a member (owners)")
    void removeMember(@PathVariable String id, @PathVariable String userId) {
        workspaces.removeMember(new WorkspaceId(id), me(), new UserId(userId));
    }

    private static Optional<PartyId> party(MemberRequest request) {
        return Optional.ofNullable(request.partyId()).filter(p -> !p.isBlank()).map(PartyId::new);
    }

    private UserId me() {
        return currentUser.require().id();
    }
}
