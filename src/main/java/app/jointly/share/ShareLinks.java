package app.jointly.share;

import app.jointly.shared.DocumentId;
import app.jointly.shared.UserId;
import java.util.List;

/**
 * Making, listing and revoking a document's read-only links. Members whose role can edit the document make and
 * revoke links; any member lists them. A document or link outside the caller's workspaces is
 * {@link app.jointly.shared.NotFoundException}; a member who cannot edit gets
 * {@link app.jointly.shared.ForbiddenException}.
 */
public interface ShareLinks {

    /**
     * @throws app.jointly.shared.InvalidInputException {@code invalid-time} for an expiry in the past or more than
     *         {@link ShareLimits#MAX_LIFETIME} ahead, {@code bad-id} for a malformed version id
     * @throws app.jointly.shared.ConflictException {@code too-many-links} beyond {@link ShareLimits#MAX_LINKS_PER_DOCUMENT}
     */
    IssuedShareLink create(DocumentId document, NewShareLink link, UserId by);

    /** Every link of the document, newest first, revoked and expired ones included. */
    List<ShareLink> list(DocumentId document, UserId by);

    /** Revokes the link (a second revoke changes nothing). */
    void revoke(String linkId, UserId by);
}
