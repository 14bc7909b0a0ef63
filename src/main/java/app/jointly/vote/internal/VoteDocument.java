package app.jointly.vote.internal;

import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.vote.Electorate;
import app.jointly.vote.Fraction;
import app.jointly.vote.Outcome;
import app.jointly.vote.PartyTally;
import app.jointly.vote.SubjectRef;
import app.jointly.vote.Tally;
import app.jointly.vote.Vote;
import app.jointly.vote.VoteId;
import app.jointly.vote.VoteMethod;
import app.jointly.vote.VoteResult;
import app.jointly.vote.VoteStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A vote as stored; ids as plain strings so that queries stay simple. */
@Document(VoteDocument.COLLECTION)
public record VoteDocument(@Id String id, @Version Long version, String workspaceId, String question,
                           String details, VoteMethod method, Electorate electorate, String party,
                           int consensusThreshold, Integer supermajorityNumerator, Integer supermajorityDenominator,
                           int quorumPercent, boolean secret, String subjectKind, String subjectId,
                           VoteStatus status, Instant opensAt, Instant closesAt, String createdBy, Instant createdAt,
                           Instant openedAt, Instant closedAt, int electorateSize, ResultDocument result) {

    public static final String COLLECTION = "votes";

    /** The final result as stored. */
    public record ResultDocument(Outcome outcome, String explanation, int electorateSize, long turnout,
                                 Map<String, Long> counts, List<PartyCount> parties, long uncounted,
                                 Instant closedAt) {
    }

    public record PartyCount(String party, int electorateSize, long turnout, Map<String, Long> counts) {
    }

    public Vote toVote() {
        Fraction fraction = supermajorityNumerator == null ? null
                : new Fraction(supermajorityNumerator, supermajorityDenominator);
        SubjectRef subject = subjectKind == null ? null : new SubjectRef(subjectKind, subjectId);
        return new Vote(new VoteId(id), new WorkspaceId(workspaceId), question, details, method, electorate,
                party == null ? null : new PartyId(party), consensusThreshold, fraction, quorumPercent, secret,
                subject, status, opensAt, closesAt, new UserId(createdBy), createdAt, openedAt, closedAt,
                electorateSize, result == null ? null : toResult(result));
    }

    static ResultDocument fromResult(VoteResult result) {
        Tally tally = result.tally();
        List<PartyCount> parties = tally.parties().stream()
                .map(p -> new PartyCount(p.party().value(), p.electorateSize(), p.turnout(), p.counts()))
                .toList();
        return new ResultDocument(result.outcome(), result.explanation(), tally.electorateSize(), tally.turnout(),
                tally.counts(), parties, result.uncounted(), result.closedAt());
    }

    private static VoteResult toResult(ResultDocument r) {
        List<PartyTally> parties = r.parties() == null ? List.of() : r.parties().stream()
                .map(p -> new PartyTally(new PartyId(p.party()), p.electorateSize(), p.turnout(), p.counts()))
                .toList();
        Tally tally = new Tally(r.electorateSize(), r.turnout(), r.counts(), parties, false);
        return new VoteResult(r.outcome(), r.explanation(), tally, r.uncounted(), r.closedAt());
    }
}
