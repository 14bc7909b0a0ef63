package app.jointly.decision.internal;

import app.jointly.decision.DecisionEntry;
import app.jointly.decision.DecisionId;
import app.jointly.decision.FollowUp;
import app.jointly.decision.LoggedDecision;
import app.jointly.shared.PartyId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A log entry as the API shows it. */
record DecisionJson(String id, long seq, String decision, String rationale, List<String> concurringParties,
                    List<String> concurringPeople, LocalDate decidedOn, String proposalId, String taRef,
                    String voteId, List<String> tags, List<FollowUpJson> followUps, String supersedes,
                    List<String> supersededBy, List<Long> supersededBySeq, String source, String recordedBy,
                    Instant recordedAt, String previousHash, String hash) {

    record FollowUpJson(String id, String description, String owner, LocalDate due, boolean done, String doneBy,
                        Instant doneAt) {
    }

    static DecisionJson of(LoggedDecision logged) {
        DecisionEntry e = logged.entry();
        List<FollowUpJson> followUps = e.followUps().stream().map((FollowUp f) -> {
            var status = logged.followUpStatus().get(f.id());
            return new FollowUpJson(f.id(), f.description(), f.owner(), f.due(), logged.done(f.id()),
                    status == null ? null : status.by().value(), status == null ? null : status.at());
        }).toList();
        return new DecisionJson(e.id().value(), e.seq(), e.decision(), e.rationale(),
                e.concurringParties().stream().map(PartyId::value).toList(), e.concurringPeople(), e.decidedOn(),
                e.links().proposalId(), e.links().taRef(), e.links().voteId(), e.tags(), followUps,
                e.supersedes() == null ? null : e.supersedes().value(),
                logged.supersededBy().stream().map(DecisionId::value).toList(), logged.supersededBySeq(),
                e.source(), e.recordedBy() == null ? null : e.recordedBy().value(), e.recordedAt(),
                e.previousHash(), e.hash());
    }
}
