package app.jointly.share.internal;

import app.jointly.shared.DocumentId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
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

/** The {@code share_links} collection: one document per link, looked up by the hash of its token (unique). */
@Component
class ShareLinkStore {

    static final String COLLECTION = "share_links";

    private final MongoTemplate mongo;

    ShareLinkStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("tokenHash", Sort.Direction.ASC).unique()
                .named("token_hash"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("documentId", Sort.Direction.ASC).named("document"));
    }

    void insert(StoredShareLink link) {
        mongo.insert(new Document("_id", link.id()).append("tokenHash", link.tokenHash())
                .append("documentId", link.documentId().value()).append("workspaceId", link.workspaceId().value())
                .append("createdBy", link.createdBy().value()).append("createdAt", Date.from(link.createdAt()))
                .append("expiresAt", Date.from(link.expiresAt())).append("versionId", link.versionId())
                .append("feedback", link.feedback()).append("revokedAt", null), COLLECTION);
    }

    Optional<StoredShareLink> byTokenHash(String tokenHash) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("tokenHash").is(tokenHash)),
                Document.class, COLLECTION)).map(ShareLinkStore::read);
    }

    Optional<StoredShareLink> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(ShareLinkStore::read);
    }

    List<StoredShareLink> byDocument(DocumentId document) {
        return mongo.find(Query.query(Criteria.where("documentId").is(document.value()))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")), Document.class, COLLECTION).stream()
                .map(ShareLinkStore::read).toList();
    }

    long countSince(DocumentId document, Instant since) {
        return mongo.count(Query.query(Criteria.where("documentId").is(document.value())
                .and("createdAt").gte(Date.from(since))), COLLECTION);
    }

    /** Sets the revocation time unless it is set already. */
    void revoke(String id, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("revokedAt").is(null)),
                new Update().set("revokedAt", Date.from(at)), COLLECTION);
    }

    private static StoredShareLink read(Document d) {
        Date revoked = d.getDate("revokedAt");
        return new StoredShareLink(d.getString("_id"), d.getString("tokenHash"),
                new DocumentId(d.getString("documentId")), new WorkspaceId(d.getString("workspaceId")),
                new UserId(d.getString("createdBy")), d.getDate("createdAt").toInstant(),
                d.getDate("expiresAt").toInstant(), d.getString("versionId"), d.getBoolean("feedback", false),
                revoked == null ? null : revoked.toInstant());
    }
}
