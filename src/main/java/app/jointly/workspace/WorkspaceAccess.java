package app.jointly.workspace;

import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;

/**
 * The authorisation every module asks before touching a workspace's content. A caller who is not a member gets
 * {@link app.jointly.shared.NotFoundException}, never a hint that the workspace exists.
 */
public interface WorkspaceAccess {

    /** @throws app.jointly.shared.NotFoundException when the user is not a member (or the workspace is unknown) */
    Membership requireMember(WorkspaceId workspace, UserId user);

    /**
     * @throws app.jointly.shared.NotFoundException when not a member
     * @throws app.jointly.shared.ForbiddenException when a member whose role cannot edit
     */
    Membership requireEditor(WorkspaceId workspace, UserId user);

    Optional<Membership> membership(WorkspaceId workspace, UserId user);

    /** Every membership of the workspace, for electorates and sign-off checks. */
    List<Membership> members(WorkspaceId workspace);

    List<Party> parties(WorkspaceId workspace);
}
