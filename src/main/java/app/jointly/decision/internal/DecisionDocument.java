package app.jointly.decision.internal;

import app.jointly.decision.DecisionEntry;
import app.jointly.decision.DecisionId;
import app.jointly.decision.DecisionLinks;
import app.jointly.decision.FollowUp;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A decision-log entry as stored. Written once, never updated (hence no version field).
 *
 * @param origin what caused it ("manual:&lt;id&gt;", "vote:&lt;voteId&gt;", "ta:&lt;proposalId&gt;:&lt;millis&gt;"), unique per
 *               workspace so that an event delivered twice is logged once; not part of the hash
 */
@Document(DecisionDocument.COLLECTION)
public record DecisionDocument(@Id String id, String workspaceId, long seq, String decision, String rationale,
                               List<String> concurringParties, List<String> concurringPeople, String decidedOn,
                               String proposalId, String taRef, String voteId, List<String> tags,
                               List<FollowUpDocument> followUps, String supersedes, String source, String origin,
                               String recordedBy, Instant recordedAt, String previousHash, String hash) {

    public static final String COLLECTION = "decisions";

    public record FollowUpDocument(String id, String description, String owner, String due) {
    }

    static DecisionDocument from(DecisionEntry e, String origin) {
        return new DecisionDocument(e.id().value(), e.workspaceId().value(), e.seq(), e.decision(), e.rationale(),
                e.concurringParties().stream().map(PartyId::value).toList(), e.concurringPeople(),
                e.decidedOn().toString(), e.links().proposalId(), e.links().taRef(), e.links().voteId(), e.tags(),
                e.followUps().stream().map(f -> new FollowUpDocument(f.id(), f.description(), f.owner(),
                        f.due() == null ? null : f.due().toString())).toList(),
                e.supersedes() == null ? null : e.supersedes().value(), e.source(), origin,
                e.recordedBy() == null ? null : e.recordedBy().value(), e.recordedAt(), e.previousHash(), e.hash());
    }

    DecisionEntry toEntry() {
        return new DecisionEntry(new DecisionId(id), new WorkspaceId(workspaceId), seq, decision, rationale,
                nonNull(concurringParties).stream().map(PartyId::new).toList(), nonNull(concurringPeople),
                LocalDate.parse(decidedOn), new DecisionLinks(proposalId, taRef, voteId), nonNull(tags),
                nonNull(followUps).stream().map(f -> new FollowUp(f.id(), f.description(), f.owner(),
                        f.due() == null ? null : LocalDate.parse(f.due()))).toList(),
                supersedes == null ? null : new DecisionId(supersedes), source,
                recordedBy == null ? null : new UserId(recordedBy), recordedAt, previousHash, hash);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
