package app.jointly.decision.internal;

import app.jointly.decision.DecisionEntry;
import app.jointly.decision.DecisionId;
import app.jointly.shared.ConflictException;
import app.jointly.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The hash-chained log in MongoDB. Appends are serialised per workspace by the unique index on
 * (workspaceId, seq): an append reads the last entry, builds entry seq+1 on top of its hash and inserts it; if
 * another node inserted seq+1 first, the insert fails on the index and the append starts again from the new last
 * entry. No lock, no transaction, and the chain can never fork.
 */
@Component
public class DecisionStore {

    private static final Logger log = LoggerFactory.getLogger(DecisionStore.class);
    private static final int MAX_ATTEMPTS = 50;

    /** The append outcome: the entry, and whether this call wrote it (false: it was already there). */
    public record Appended(DecisionEntry entry, boolean written) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    public DecisionStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(DecisionDocument.COLLECTION).createIndex(new Index().on("workspaceId", Sort.Direction.ASC)
                .on("seq", Sort.Direction.ASC).unique().named("workspace_seq_unique"));
        mongo.indexOps(DecisionDocument.COLLECTION).createIndex(new Index().on("workspaceId", Sort.Direction.ASC)
                .on("origin", Sort.Direction.ASC).unique().named("workspace_origin_unique"));
    }

    /**
     * @param build makes the entry from (seq, previous hash); it must not set the hash, the store does
     * @param origin unique per workspace: appending the same origin twice returns the first entry
     */
    public Appended append(WorkspaceId workspace, String origin, EntryBuilder build) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<DecisionEntry> existing = byOrigin(workspace, origin);
            if (existing.isPresent()) {
                return new Appended(existing.get(), false);
            }
            Optional<DecisionEntry> last = last(workspace);
            long seq = last.map(e -> e.seq() + 1).orElse(1L);
            String previous = last.map(DecisionEntry::hash).orElse(DecisionEntry.GENESIS);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            DecisionEntry unhashed = build.apply(seq, previous, now);
            DecisionEntry entry = withHash(unhashed, ChainHasher.hash(unhashed));
            try {
                mongo.insert(DecisionDocument.from(entry, origin));
                return new Appended(entry, true);
            } catch (DuplicateKeyException e) {
                log.debug("Append to {} lost the race for seq {} (attempt {})", workspace, seq, attempt);
                sleepBriefly(attempt);
            }
        }
        throw new ConflictException("log-busy", "The decision log is busy; try again.");
    }

    /** Builds an entry for the given position in the chain. */
    @FunctionalInterface
    public interface EntryBuilder {
        DecisionEntry apply(long seq, String previousHash, Instant recordedAt);
    }

    public Optional<DecisionEntry> find(DecisionId id) {
        return Optional.ofNullable(mongo.findById(id.value(), DecisionDocument.class)).map(DecisionDocument::toEntry);
    }

    /** Newest first, at most {@code limit}. */
    public List<DecisionEntry> list(WorkspaceId workspace, int limit) {
        Query query = Query.query(Criteria.where("workspaceId").is(workspace.value()))
                .with(Sort.by(Sort.Direction.DESC, "seq")).limit(limit);
        return mongo.find(query, DecisionDocument.class).stream().map(DecisionDocument::toEntry).toList();
    }

    /** The newest entry of the workspace's log (its head), if any. */
    public Optional<DecisionEntry> last(WorkspaceId workspace) {
        Query query = Query.query(Criteria.where("workspaceId").is(workspace.value()))
                .with(Sort.by(Sort.Direction.DESC, "seq")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, DecisionDocument.class)).map(DecisionDocument::toEntry);
    }

    private Optional<DecisionEntry> byOrigin(WorkspaceId workspace, String origin) {
        Query query = Query.query(Criteria.where("workspaceId").is(workspace.value()).and("origin").is(origin));
        return Optional.ofNullable(mongo.findOne(query, DecisionDocument.class)).map(DecisionDocument::toEntry);
    }

    private static DecisionEntry withHash(DecisionEntry e, String hash) {
        return new DecisionEntry(e.id(), e.workspaceId(), e.seq(), e.decision(), e.rationale(),
                e.concurringParties(), e.concurringPeople(), e.decidedOn(), e.links(), e.tags(), e.followUps(),
                e.supersedes(), e.source(), e.recordedBy(), e.recordedAt(), e.previousHash(), hash);
    }

    private static void sleepBriefly(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 + Math.min(attempt, 10) * 3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("log-busy", "Interrupted while appending to the decision log.");
        }
    }
}
