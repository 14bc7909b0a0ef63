package app.jointly.vote;

import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;
import java.util.Optional;

/**
 * A question put to an electorate. Nullable fields: {@code party} (only for one party's vote),
 * {@code supermajority}, {@code subject}, the times that have not happened yet and {@code result} (until closed).
 *
 * @param electorateSize how many were eligible when it opened (0 before)
 */
public record Vote(VoteId id, WorkspaceId workspaceId, String question, String details, VoteMethod method,
                   Electorate electorate, PartyId party, int consensusThreshold, Fraction supermajority,
                   int quorumPercent, boolean secret, SubjectRef subject, VoteStatus status, Instant opensAt,
                   Instant closesAt, UserId createdBy, Instant createdAt, Instant openedAt, Instant closedAt,
                   int electorateSize, VoteResult result) {

    public boolean isOpen() {
        return status == VoteStatus.OPEN;
    }

    public boolean isClosed() {
        return status == VoteStatus.CLOSED;
    }

    /** Open and its closing time, if any, not yet reached. */
    public boolean acceptsBallotsAt(Instant now) {
        return isOpen() && (closesAt == null || now.isBefore(closesAt));
    }

    public Optional<VoteResult> finalResult() {
        return Optional.ofNullable(result);
    }
}
