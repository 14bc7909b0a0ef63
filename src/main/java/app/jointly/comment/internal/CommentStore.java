package app.jointly.comment.internal;

import app.jointly.collab.TextHistory;
import java.time.Instant;
import java.util.Collection;
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
 * Comments in MongoDB, one document per comment. Every change is a single-document update; an anchor is only
 * ever replaced by one at a newer version, so two nodes mapping the same thread at once cannot move it back.
 */
@Component
public class CommentStore {

    private final MongoTemplate mongo;

    CommentStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(CommentDocument.COLLECTION).createIndex(new Index().on("targetKind", Sort.Direction.ASC)
                .on("targetId", Sort.Direction.ASC).named("target"));
        mongo.indexOps(CommentDocument.COLLECTION).createIndex(new Index().on("documentId", Sort.Direction.ASC)
                .named("document"));
        mongo.indexOps(CommentDocument.COLLECTION).createIndex(new Index().on("threadId", Sort.Direction.ASC)
                .named("thread"));
    }

    public CommentDocument insert(CommentDocument comment) {
        return mongo.insert(comment);
    }

    public Optional<CommentDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, CommentDocument.class));
    }

    /** Threads (first comments) on a document's sections, oldest first. */
    public List<CommentDocument> threadsOfDocument(String documentId) {
        return mongo.find(Query.query(Criteria.where("documentId").is(documentId).and("threadId").is(null))
                .with(Sort.by("createdAt", "_id")), CommentDocument.class);
    }

    /** Threads of a discussion (a proposal's or a vote's), oldest first. */
    public List<CommentDocument> threadsOf(String targetKind, String targetId) {
        return mongo.find(Query.query(Criteria.where("targetKind").is(targetKind).and("targetId").is(targetId)
                .and("threadId").is(null)).with(Sort.by("createdAt", "_id")), CommentDocument.class);
    }

    public long countThreadsOf(String targetKind, String targetId) {
        return mongo.count(Query.query(Criteria.where("targetKind").is(targetKind).and("targetId").is(targetId)
                .and("threadId").is(null)), CommentDocument.class);
    }

    /** Replies of the given threads, oldest first. */
    public List<CommentDocument> repliesOf(Collection<String> threadIds) {
        if (threadIds.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("threadId").in(threadIds)).with(Sort.by("createdAt", "_id")),
                CommentDocument.class);
    }

    public long countReplies(String threadId) {
        return mongo.count(Query.query(Criteria.where("threadId").is(threadId)), CommentDocument.class);
    }

    /** Stores a mapped anchor unless a newer one is already stored. */
    public void moveAnchor(String threadId, TextHistory.Range range, int version, String quote) {
        Query query = Query.query(Criteria.where("_id").is(threadId).and("textVersion").lt(version));
        mongo.updateFirst(query, new Update().set("from", range.from()).set("to", range.to())
                .set("textVersion", version).set("orphaned", range.removed()).set("quote", quote),
                CommentDocument.class);
    }

    public void setResolved(String threadId, boolean resolved, String by, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(threadId)), new Update().set("resolved", resolved)
                .set("resolvedBy", resolved ? by : null).set("resolvedAt", resolved ? at : null),
                CommentDocument.class);
    }

    /**
     * Replaces the body of a comment not deleted, keeping the old wording; false when it was deleted or edited by
     * someone else since it was read (the caller reads again).
     */
    public boolean edit(CommentDocument before, String body, String bodyHtml, List<String> mentions, Instant at) {
        List<String> earlier = new java.util.ArrayList<>(before.earlierBodies());
        earlier.add(before.body());
        while (earlier.size() > app.jointly.comment.CommentLimits.MAX_EARLIER_WORDINGS) {
            earlier.removeFirst();
        }
        Query unchanged = Query.query(Criteria.where("_id").is(before.id()).and("deleted").is(false)
                .and("body").is(before.body()));
        return mongo.updateFirst(unchanged, new Update().set("body", body).set("bodyHtml", bodyHtml)
                .set("earlierBodies", earlier).set("mentions", mentions).set("editedAt", at),
                CommentDocument.class).getModifiedCount() == 1;
    }

    /** Marks deleted and drops its wording (the thread keeps the comment's place). */
    public void delete(String id, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("deleted", true)
                .set("body", "").set("bodyHtml", "").set("earlierBodies", List.of()).set("mentions", List.of())
                .set("editedAt", at), CommentDocument.class);
    }
}
