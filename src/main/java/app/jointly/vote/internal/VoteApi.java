package app.jointly.vote.internal;

import app.jointly.shared.InvalidInputException;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.vote.CastBallot;
import app.jointly.vote.Electorate;
import app.jointly.vote.Fraction;
import app.jointly.vote.MyBallot;
import app.jointly.vote.NewVote;
import app.jointly.vote.OutcomeStatement;
import app.jointly.vote.PartyTally;
import app.jointly.vote.SubjectRef;
import app.jointly.vote.Tally;
import app.jointly.vote.Vote;
import app.jointly.vote.VoteId;
import app.jointly.vote.VoteMethod;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the votes API. Times are ISO-8601 instants ("2026-11-23T18:00:00Z"). */
final class VoteApi {

    private VoteApi() {
    }

    record SubjectJson(String kind, String id) {
    }

    record CreateVote(String question, String details, String method, String electorate, String partyId,
                      Integer consensusThreshold, String supermajority, Integer quorumPercent, Boolean secret,
                      String opensAt, String closesAt, SubjectJson subject) {

        NewVote toNewVote() {
            if (method == null) {
                throw new InvalidInputException("invalid-method", "Give a method.");
            }
            VoteMethod m = VoteMethod.fromWire(method);
            return new NewVote(question, details, m, electorate == null ? null : Electorate.fromWire(electorate),
                    partyId == null || partyId.isBlank() ? null : new PartyId(partyId),
                    consensusThreshold == null ? 0 : consensusThreshold,
                    supermajority == null || supermajority.isBlank() ? null : Fraction.parse(supermajority),
                    quorumPercent == null ? 0 : quorumPercent, Boolean.TRUE.equals(secret), instant(opensAt),
                    instant(closesAt), subject == null ? null : new SubjectRef(subject.kind(), subject.id()));
        }
    }

    record BallotRequest(String choice, String reason) {
    }

    record VoteJson(String id, String workspaceId, String question, String details, String method,
                    String electorate, String partyId, Integer consensusThreshold, String supermajority,
                    int quorumPercent, boolean secret, SubjectJson subject, String status, String statusLabel,
                    List<String> choices, Instant opensAt, Instant closesAt, String createdBy, Instant createdAt,
                    Instant openedAt, Instant closedAt, int electorateSize) {

        static VoteJson of(Vote v) {
            return new VoteJson(v.id().value(), v.workspaceId().value(), v.question(), v.details(),
                    v.method().wireName(), v.electorate().wireName(), v.party() == null ? null : v.party().value(),
                    v.consensusThreshold() == 0 ? null : v.consensusThreshold(),
                    v.supermajority() == null ? null : v.supermajority().toString(), v.quorumPercent(), v.secret(),
                    v.subject() == null ? null : new SubjectJson(v.subject().kind(), v.subject().id()),
                    v.status().wireName(), v.status().label(), v.method().choices(), v.opensAt(), v.closesAt(),
                    v.createdBy().value(), v.createdAt(), v.openedAt(), v.closedAt(), v.electorateSize());
        }
    }

    record PartyTallyJson(String partyId, int electorateSize, long turnout, Map<String, Long> counts) {
        static PartyTallyJson of(PartyTally p) {
            return new PartyTallyJson(p.party().value(), p.electorateSize(), p.turnout(), p.counts());
        }
    }

    /**
     * A tally or final result. Counts are absent (null) while a secret ballot is open; there is never a
     * per-voter choice in it. {@code outcomeStatement} is what the vote's creator wrote about the outcome once it
     * closed (null until then).
     */
    record ResultJson(String voteId, String status, boolean finalResult, String outcome, String explanation,
                      int electorateSize, List<String> eligible, long turnout, Map<String, Long> counts,
                      List<PartyTallyJson> parties, boolean countsHidden, Long uncounted, Instant closedAt,
                      String outcomeStatement) {

        static ResultJson of(Vote v, Tally t, List<UserId> eligible) {
            return of(v, t, eligible, null);
        }

        static ResultJson of(Vote v, Tally t, List<UserId> eligible, String outcomeStatement) {
            var result = v.finalResult();
            return new ResultJson(v.id().value(), v.status().wireName(), result.isPresent(),
                    result.map(r -> r.outcome().wireName()).orElse(null),
                    result.map(r -> r.explanation()).orElse(null), t.electorateSize(),
                    eligible.stream().map(UserId::value).toList(), t.turnout(),
                    t.countsHidden() ? null : t.counts(), t.parties().stream().map(PartyTallyJson::of).toList(),
                    t.countsHidden(), result.map(r -> r.uncounted()).orElse(null), v.closedAt(),
                    outcomeStatement);
        }
    }

    record OutcomeRequest(String statement) {
    }

    record OutcomeJson(String voteId, String statement, String by, Instant at, int revision) {
        static OutcomeJson of(VoteId id, OutcomeStatement s) {
            return new OutcomeJson(id.value(), s.statement(), s.by().value(), s.at(), s.revision());
        }
    }

    /** receipt: only in the answer to casting a secret ballot (shown once), otherwise null. */
    record MyBallotJson(boolean eligible, boolean voted, String choice, String reason, String receipt) {
        static MyBallotJson of(MyBallot b) {
            return new MyBallotJson(b.eligible(), b.voted(), b.choice(), b.reason(), b.receipt());
        }
    }

    record ReceiptJson(String receipt, boolean counted) {
    }

    record CastBallotJson(String voterId, String choice, String reason, Instant castAt) {
        static CastBallotJson of(CastBallot b) {
            return new CastBallotJson(b.voter().value(), b.choice(), b.reason(), b.castAt());
        }
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid-time", "Times are ISO-8601 instants like 2026-11-23T18:00:00Z.");
        }
    }
}
