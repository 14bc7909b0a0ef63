package app.jointly.share.internal;

import app.jointly.share.VisitorComment;
import app.jointly.shared.DocumentId;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@code share_visitor_comments} collection: one document per visitor comment. */
@Component
class VisitorCommentStore {

    static final String COLLECTION = "share_visitor_comments";

    private final MongoTemplate mongo;

    VisitorCommentStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("documentId", Sort.Direction.ASC).named("document"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("shareId", Sort.Direction.ASC).named("share"));
    }

    void insert(VisitorComment c) {
        mongo.insert(new Document("_id", c.id()).append("documentId", c.documentId().value())
                .append("shareId", c.shareId()).append("sectionId", c.sectionId())
                .append("sectionHeading", c.sectionHeading()).append("from", c.from()).append("to", c.to())
                .append("passage", c.passage()).append("name", c.name()).append("organisation", c.organisation())
                .append("body", c.body()).append("createdAt", Date.from(c.createdAt())).append("hidden", false)
                .append("linksApproved", false), COLLECTION);
    }

    long countByShare(String shareId) {
        return mongo.count(Query.query(Criteria.where("shareId").is(shareId)), COLLECTION);
    }

    List<VisitorComment> byDocument(DocumentId document) {
        return mongo.find(Query.query(Criteria.where("documentId").is(document.value()))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(1_000), Document.class, COLLECTION).stream()
                .map(VisitorCommentStore::read).toList();
    }

    Optional<VisitorComment> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(VisitorCommentStore::read);
    }

    void set(String id, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, COLLECTION);
    }

    static Update answer(String answer, Instant at) {
        return new Update().set("answer", answer).set("answeredAt", Date.from(at));
    }

    private static VisitorComment read(Document d) {
        Date answered = d.getDate("answeredAt");
        return new VisitorComment(d.getString("_id"), new DocumentId(d.getString("documentId")),
                d.getString("shareId"), d.getString("sectionId"), d.getString("sectionHeading"),
                d.getInteger("from", 0), d.getInteger("to", 0), d.getString("passage"), d.getString("name"),
                d.getString("organisation"), d.getString("body"), d.getDate("createdAt").toInstant(),
                d.getBoolean("hidden", false), d.getBoolean("linksApproved", false), d.getString("answer"),
                answered == null ? null : answered.toInstant());
    }
}
