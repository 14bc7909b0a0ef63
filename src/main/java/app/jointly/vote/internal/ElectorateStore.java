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
import org.bson.types.Binary;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
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
 * voter's own row. Secret ballot: casting is also one atomic update of the voter's own row, which marks it voted
 * and stores the ballot <em>encrypted</em> (see {@link BallotCipher}) with its receipt (a hash of the ciphertext).
 * One write, so no crash can separate "voted" from "counted"; and what the database, its file or its oplog keep
 * of that write is the voter's participation and ciphertexts that only the vote's key opens, and only their sum
 * is ever decrypted. Votes opened before ballots were encrypted may also have per-choice counters
 * ({@code vote_secret_counts}) from their earlier casts: they are read, never written any more.
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
        mongo.indexOps(ROWS).createIndex(new Index().on("receipt", Sort.Direction.ASC).named("receipt"));
    }

    /** Idempotent: running it twice (e.g. after a crash while opening) leaves one row per voter. */
    public void snapshot(VoteId vote, List<Voter> voters) {
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
     * Casts a secret ballot, at most once per voter: one atomic update of the voter's own row, addressed by
     * {@code _id} and applied only while the row is neither voted nor closed, that marks it voted and stores the
     * encrypted ballot and its receipt together.
     *
     * @param ballot the ciphertexts from {@link BallotCipher#encryptBallot}
     * @param receipt the ballot's receipt ({@link BallotReceipt#of})
     */
    public Optional<Refusal> castSecret(VoteId vote, UserId voter, byte[] ballot, String receipt) {
        Query query = Query.query(Criteria.where("_id").is(rowId(vote, voter)).and("closed").ne(true)
                .and("voted").ne(true));
        Update update = new Update().set("voted", true).set("ballot", new Binary(ballot)).set("receipt", receipt);
        if (mongo.updateFirst(query, update, ROWS).getMatchedCount() == 1) {
            return Optional.empty();
        }
        return Optional.of(refusal(vote, voter));
    }

    /** The encrypted ballots cast before closing, with no voter attached. */
    public List<byte[]> secretBallots(VoteId vote) {
        Query query = Query.query(Criteria.where("voteId").is(vote.value()).and("votedBeforeClose").is(true)
                .and("ballot").exists(true));
        query.fields().include("ballot").exclude("_id");
        return mongo.find(query, Document.class, ROWS).stream()
                .map(d -> d.get("ballot", Binary.class).getData()).toList();
    }

    /** Whether a ballot with this receipt was cast before the vote closed. */
    public boolean receiptCounted(VoteId vote, String receipt) {
        return mongo.exists(Query.query(Criteria.where("receipt").is(receipt).and("voteId").is(vote.value())
                .and("votedBeforeClose").is(true)), ROWS);
    }

    /**
     * Closes every row that is still open, each in one atomic update: it sets {@code closed} and moves a secret
     * ballot's {@code voted} mark to {@code votedBeforeClose} (its ballot stays beside it). A cast either reached
     * its row before that update (counted) or after (refused: it only applies to a row that is not closed). Rows
     * already closed are left alone, so closing again is harmless.
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

    /** Per-choice counters of a vote opened before ballots were encrypted (empty for every newer vote). */
    public List<Group> legacySecretCounts(VoteId vote) {
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

}
