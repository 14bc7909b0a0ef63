package app.jointly.decision.internal;

import app.jointly.decision.Checkpoint;
import app.jointly.decision.DecisionEntry;
import app.jointly.decision.DecisionId;
import app.jointly.decision.VerifyReport;
import app.jointly.shared.Ids;
import app.jointly.shared.WorkspaceId;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Recomputes a workspace's chain from the stored documents (read raw, so that a document altered beyond reading
 * is reported rather than failing the check) and reports the first entry that does not match: wrong position,
 * not linked to the previous entry's hash, or content that no longer gives its own hash.
 */
@Component
public class ChainVerifier {

    private final MongoTemplate mongo;

    public ChainVerifier(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public VerifyReport verify(WorkspaceId workspace) {
        Query query = Query.query(Criteria.where("workspaceId").is(workspace.value())).with(Sort.by("seq"));
        long expectedSeq = 1;
        String previous = DecisionEntry.GENESIS;
        try (var stream = mongo.stream(query, Document.class, DecisionDocument.COLLECTION)) {
            var entries = stream.iterator();
            while (entries.hasNext()) {
                Document raw = entries.next();
                Long rawSeq = raw.get("seq") instanceof Number n ? n.longValue() : null;
                DecisionId rawId = raw.get("_id") instanceof String s && Ids.isValid(s) ? new DecisionId(s) : null;
                DecisionEntry entry;
                try {
                    entry = mongo.getConverter().read(DecisionDocument.class, raw).toEntry();
                } catch (RuntimeException e) {
                    return bad(expectedSeq - 1, rawSeq, rawId, "The entry cannot be read: " + e.getMessage(), previous);
                }
                if (entry.seq() != expectedSeq) {
                    return bad(expectedSeq - 1, entry.seq(), entry.id(), entry.seq() > expectedSeq
                            ? "Entry #" + expectedSeq + " is missing before it."
                            : "Its sequence number repeats or goes back (expected #" + expectedSeq + ").", previous);
                }
                if (!previous.equals(entry.previousHash())) {
                    return bad(expectedSeq - 1, entry.seq(), entry.id(), "It does not link to the hash of entry #"
                            + (expectedSeq - 1) + ": that entry or this one was changed.", previous);
                }
                if (!ChainHasher.hash(entry).equals(entry.hash())) {
                    return bad(expectedSeq - 1, entry.seq(), entry.id(),
                            "Its content no longer matches its hash: it was changed after it was recorded.", previous);
                }
                previous = entry.hash();
                expectedSeq++;
            }
        }
        return new VerifyReport(true, expectedSeq - 1, null, null, null, previous, expectedSeq - 1, null);
    }

    /**
     * Whether the log holds {@code checkpoint}'s entry with that hash (the empty log's checkpoint is always held).
     * The stored hash is compared: whether the entry still gives that hash is the chain check's part.
     */
    public boolean holds(WorkspaceId workspace, Checkpoint checkpoint) {
        if (checkpoint.seq() == 0) {
            return DecisionEntry.GENESIS.equals(checkpoint.hash());
        }
        return mongo.exists(Query.query(Criteria.where("workspaceId").is(workspace.value())
                .and("seq").is(checkpoint.seq()).and("hash").is(checkpoint.hash())), DecisionDocument.COLLECTION);
    }

    private static VerifyReport bad(long checked, Long seq, DecisionId id, String problem, String head) {
        return new VerifyReport(false, checked, seq, id, problem, head, checked, null);
    }
}
