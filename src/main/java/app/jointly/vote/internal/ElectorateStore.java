package app.jointly.vote.internal;

import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.vote.CastBallot;
import app.jointly.vote.VoteId;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The electorate of each vote, snapshotted when it opens: one row per (vote, eligible voter), unique on both.
 * <p>
 * Open ballot: the row itself carries the choice, so casting or changing a vote is one atomic update of the
 * voter's own row. Secret ballot: the row only records <em>that</em> the voter has voted (flipped once,
 * atomically, from not-voted to voted); <em>what</em> was voted goes into per-choice counters that hold no voter,
 * no time and no per-ballot document, so nothing stored links a choice to a person.
 * <p>
 * Closing sets a {@code closed} flag on every row; a cast only succeeds on a row that was not closed, so a cast
 * either lands before its row was closed (and is counted) or is refused. Casts address a row by {@code _id} only,
 * so that each costs one primary-index look-up on any server.
 */
@Component
public class ElectorateStore {

    static final String ROWS = "vote_electorate";
    static final String SECRET_COUNTS = "vote_secret_counts";

    /** Why a cast was refused. */
    public enum Refusal { NOT_ELIGIBLE, CLOSED, ALREADY_VOTED }

    /** One eligible voter at opening time; party is null for members of no party. */
    public record Voter(UserId user, PartyId party) {
    }

    /** Ballots per party (key null when parties do not matter) and per choice (key null: not voted yet). */
    public record Group(String party, String choice, long count) {
    }

    private final MongoTemplate mongo;

    public ElectorateStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(ROWS).createIndex(new Index().on("voteId", Sort.Direction.ASC)
                .on("voterId", Sort.Direction.ASC).unique().named("vote_voter_unique"));
        mongo.indexOps(SECRET_COUNTS).createIndex(new Index().on("voteId", Sort.Direction.ASC)
                .on("choice", Sort.Direction.ASC).unique().named("vote_choice_unique"));
    }

    /** Idempotent: running it twice (e.g. after a crash while opening) leaves one row per voter. */
    public void snapshot(VoteId vote, List<Voter> voters, boolean secret, List<String> choices) {
        if (!voters.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ROWS);
            for (Voter voter : voters) {
                bulk.upsert(Query.query(Criteria.where("_id").is(rowId(vote, voter.user()))), new Update()
                        .setOnInsert("voteId", vote.value())
                        .setOnInsert("voterId", voter.user().value())
                        .setOnInsert("partyId", voter.party() == null ? null : voter.party().value()));
            }
            bulk.execute();
        }
        if (secret) {
            for (String choice : choices) {
                mongo.upsert(Query.query(Criteria.where("_id").is(counterId(vote, choice))), new Update()
                        .setOnInsert("voteId", vote.value()).setOnInsert("choice", choice)
                        .setOnInsert("count", 0L), SECRET_COUNTS);
            }
        }
    }

    /** Casts or changes an open ballot. */
    public Optional<Refusal> castOpen(VoteId vote, UserId voter, String choice, String reason, Instant now) {
        Query query = Query.query(Criteria.where("_id").is(rowId(vote, voter)).and("closed").ne(true));
        Update update = new Update().set("choice", choice).set("reason", reason).set("castAt", now);
        if (mongo.updateFirst(query, update, ROWS).getMatchedCount() == 1) {
            return Optional.empty();
        }
        return Optional.of(refusal(vote, voter));
    }

    /**
     * Casts a secret ballot: at most once per voter. One atomic find-and-modify of the voter's own row, addressed by
     * {@code _id} alone (the embedded server answers that from its primary index whatever the collection's size;
     * a real MongoDB does too): it marks the row voted and returns the row as it was before, and the previous state
     * decides. A row that was already voted or closed stays as it is in every way that counts: turnout is taken
     * from the rows voted before closing ({@link #closeRows}), so a late cast that flips {@code voted} on a closed
     * row changes nothing.
     */
    public Optional<Refusal> castSecret(VoteId vote, UserId voter, String choice) {
        Document before = mongo.findAndModify(Query.query(Criteria.where("_id").is(rowId(vote, voter))),
                new Update().set("voted", true), FindAndModifyOptions.options().returnNew(false).upsert(false),
                Document.class, ROWS);
        if (before == null) {
            return Optional.of(Refusal.NOT_ELIGIBLE);
        }
        if (Boolean.TRUE.equals(before.getBoolean("closed"))) {
            return Optional.of(Refusal.CLOSED);
        }
        if (Boolean.TRUE.equals(before.getBoolean("voted"))) {
            return Optional.of(Refusal.ALREADY_VOTED);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(counterId(vote, choice))),
                new Update().inc("count", 1L), SECRET_COUNTS);
        return Optional.empty();
    }

    /**
     * Closes every row that is still open, each in one atomic update: it sets {@code closed} and moves a secret
     * ballot's {@code voted} mark to {@code votedBeforeClose}. A cast either reached its row before that update
     * (counted in the turnout) or after (refused, and its mark lands in {@code voted}, which no longer counts).
     * Rows already closed are left alone, so closing again never moves a late mark.
     */
    public void closeRows(VoteId vote) {
        mongo.updateMulti(Query.query(Criteria.where("voteId").is(vote.value()).and("closed").ne(true)),
                new Update().set("closed", true).rename("voted", "votedBeforeClose"), ROWS);
    }

    /** Whether a secret ballot's row counts as voted: marked before closing, or marked while still open. */
    public static boolean votedSecretly(Document row) {
        return Boolean.TRUE.equals(row.getBoolean("votedBeforeClose"))
                || Boolean.TRUE.equals(row.getBoolean("voted")) && !Boolean.TRUE.equals(row.getBoolean("closed"));
    }

    public Optional<Document> row(VoteId vote, UserId voter) {
        return Optional.ofNullable(mongo.findById(rowId(vote, voter), Document.class, ROWS));
    }

    /** Open ballots grouped by party and choice; the rows with a null choice are the eligible who have not voted. */
    public List<Group> openGroups(VoteId vote) {
        List<Group> groups = new ArrayList<>();
        mongo.getCollection(ROWS).aggregate(List.of(
                Aggregates.match(Filters.eq("voteId", vote.value())),
                Aggregates.group(new Document("party", "$partyId").append("choice", "$choice"),
                        Accumulators.sum("n", 1)))).forEach(d -> {
                            Document key = d.get("_id", Document.class);
                            groups.add(new Group(key.getString("party"), key.getString("choice"),
                                    ((Number) d.get("n")).longValue()));
                        });
        return groups;
    }

    public long secretTurnout(VoteId vote) {
        return mongo.count(Query.query(Criteria.where("voteId").is(vote.value()).orOperator(
                Criteria.where("votedBeforeClose").is(true),
                Criteria.where("voted").is(true).and("closed").ne(true))), ROWS);
    }

    public List<Group> secretCounts(VoteId vote) {
        return mongo.find(Query.query(Criteria.where("voteId").is(vote.value())), Document.class, SECRET_COUNTS)
                .stream().map(d -> new Group(null, d.getString("choice"), ((Number) d.get("count")).longValue()))
                .toList();
    }

    public List<CastBallot> openBallots(VoteId vote, int limit) {
        Query query = Query.query(Criteria.where("voteId").is(vote.value()).and("choice").exists(true))
                .with(Sort.by("castAt")).limit(limit);
        return mongo.find(query, Document.class, ROWS).stream().map(d -> new CastBallot(
                new UserId(d.getString("voterId")), d.getString("choice"), d.getString("reason"),
                d.getDate("castAt") == null ? null : d.getDate("castAt").toInstant())).toList();
    }

    public List<UserId> eligible(VoteId vote, int limit) {
        Query query = Query.query(Criteria.where("voteId").is(vote.value())).with(Sort.by("voterId")).limit(limit);
        query.fields().include("voterId");
        return mongo.find(query, Document.class, ROWS).stream().map(d -> new UserId(d.getString("voterId"))).toList();
    }

    private Refusal refusal(VoteId vote, UserId voter) {
        Document row = mongo.findById(rowId(vote, voter), Document.class, ROWS);
        if (row == null) {
            return Refusal.NOT_ELIGIBLE;
        }
        if (Boolean.TRUE.equals(row.getBoolean("closed"))) {
            return Refusal.CLOSED;
        }
        return Refusal.ALREADY_VOTED;
    }

    private static String rowId(VoteId vote, UserId voter) {
        return vote.value() + ":" + voter.value();
    }

    private static String counterId(VoteId vote, String choice) {
        return vote.value() + ":" + choice;
    }
}
