package app.jointly.vote.internal;

import app.jointly.effects.EffectOutbox;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.vote.NewVote;
import app.jointly.vote.OutcomeStatement;
import app.jointly.vote.Vote;
import app.jointly.vote.VoteClosed;
import app.jointly.vote.VoteId;
import app.jointly.vote.VoteOutcomeStated;
import app.jointly.vote.VoteResult;
import app.jointly.vote.VoteStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Votes in MongoDB. Every change of status is a conditional single-document update on the expected status, so
 * when two nodes (or the scheduler and a person) race to open or close a vote exactly one of them wins.
 */
@Component
public class VoteStore {

    private final MongoTemplate mongo;
    private final EffectOutbox outbox;

    public VoteStore(MongoTemplate mongo, EffectOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        outbox.watch(VoteDocument.COLLECTION);
        mongo.indexOps(VoteDocument.COLLECTION).createIndex(new Index()
                .on("workspaceId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC).named("ws_created"));
        mongo.indexOps(VoteDocument.COLLECTION).createIndex(new Index()
                .on("status", Sort.Direction.ASC).named("status"));
    }

    public Vote insert(WorkspaceId workspace, NewVote spec, UserId creator, Instant now) {
        VoteDocument document = new VoteDocument(VoteId.newId().value(), null, workspace.value(), spec.question(),
                spec.details(), spec.method(), spec.electorate(), spec.party() == null ? null : spec.party().value(),
                spec.consensusThreshold(),
                spec.supermajority() == null ? null : spec.supermajority().numerator(),
                spec.supermajority() == null ? null : spec.supermajority().denominator(),
                spec.quorumPercent(), spec.secret(),
                spec.subject() == null ? null : spec.subject().kind(),
                spec.subject() == null ? null : spec.subject().id(),
                VoteStatus.DRAFT, spec.opensAt(), spec.closesAt(), creator.value(), now, null, null, 0, null);
        return mongo.insert(document).toVote();
    }

    public Optional<Vote> find(VoteId id) {
        return Optional.ofNullable(mongo.findById(id.value(), VoteDocument.class)).map(VoteDocument::toVote);
    }

    public List<Vote> list(WorkspaceId workspace, int limit) {
        Query query = Query.query(Criteria.where("workspaceId").is(workspace.value()))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit);
        return mongo.find(query, VoteDocument.class).stream().map(VoteDocument::toVote).toList();
    }

    /**
     * Votes due to open (drafts whose opening time has come) or to close, for the scheduler; a close that a
     * crashed node left half-way (CLOSING) is due at once, as finishing it is idempotent.
     */
    public List<Vote> due(Instant now, int limit) {
        Criteria dueToOpen = Criteria.where("status").is(VoteStatus.DRAFT.name()).and("opensAt").lte(now);
        Criteria dueToClose = Criteria.where("status").is(VoteStatus.OPEN.name()).and("closesAt").lte(now);
        Criteria leftClosing = Criteria.where("status").is(VoteStatus.CLOSING.name());
        Query query = Query.query(new Criteria().orOperator(dueToOpen, dueToClose, leftClosing)).limit(limit);
        return mongo.find(query, VoteDocument.class).stream().map(VoteDocument::toVote).toList();
    }

    /** @return true when this caller moved the vote from {@code from} to {@code to} */
    public boolean transition(VoteId id, VoteStatus from, VoteStatus to) {
        return transition(id, from, new Update().set("status", to.name()));
    }

    public boolean markOpen(VoteId id, int electorateSize, Instant now) {
        return transition(id, VoteStatus.OPENING, new Update().set("status", VoteStatus.OPEN.name())
                .set("electorateSize", electorateSize).set("openedAt", now));
    }

    /**
     * Closes the vote with its result and records {@code closed} as a pending effect in the same write, so the
     * event reaches its listeners (proposals, decision log) even if this node dies right after.
     */
    public boolean markClosed(VoteId id, VoteResult result, VoteClosed closed) {
        return transition(id, VoteStatus.CLOSING, outbox.record(new Update().set("status", VoteStatus.CLOSED.name())
                .set("closedAt", result.closedAt()).set("result", VoteDocument.fromResult(result)), closed));
    }

    /**
     * Stores the outcome statement of a closed vote with {@code stated} as a pending effect, in one write, if the
     * stored statement is still the one before it (revision - 1).
     *
     * @return false when the vote is not closed or another statement was written meanwhile
     */
    public boolean stateOutcome(VoteId id, OutcomeStatement statement, VoteOutcomeStated stated) {
        Criteria previous = statement.revision() == 1 ? Criteria.where("outcomeStatement").exists(false)
                : Criteria.where("outcomeStatement.revision").is(statement.revision() - 1);
        Query query = Query.query(Criteria.where("_id").is(id.value()).and("status").is(VoteStatus.CLOSED.name())
                .andOperator(previous));
        Update update = outbox.record(new Update().set("outcomeStatement", new org.bson.Document("statement",
                statement.statement()).append("by", statement.by().value()).append("at", statement.at())
                .append("revision", statement.revision())), stated);
        return mongo.updateFirst(query, update.inc("version", 1), VoteDocument.COLLECTION).getModifiedCount() == 1;
    }

    public Optional<OutcomeStatement> outcomeStatement(VoteId id) {
        org.bson.Document vote = mongo.getCollection(VoteDocument.COLLECTION)
                .find(com.mongodb.client.model.Filters.eq("_id", id.value()))
                .projection(com.mongodb.client.model.Projections.include("outcomeStatement")).first();
        if (vote == null || !(vote.get("outcomeStatement") instanceof org.bson.Document stored)) {
            return Optional.empty();
        }
        return Optional.of(new OutcomeStatement(stored.getString("statement"), new UserId(stored.getString("by")),
                stored.getDate("at").toInstant(), stored.getInteger("revision")));
    }

    /** Carries out the vote's pending effects now, on this thread (see {@link EffectOutbox#deliver}). */
    public void deliverEffects(VoteId id) {
        outbox.deliver(VoteDocument.COLLECTION, id.value());
    }

    private boolean transition(VoteId id, VoteStatus from, Update update) {
        Query query = Query.query(Criteria.where("_id").is(id.value()).and("status").is(from.name()));
        return mongo.updateFirst(query, update.inc("version", 1), VoteDocument.COLLECTION).getModifiedCount() == 1;
    }
}
