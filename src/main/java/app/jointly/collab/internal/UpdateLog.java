package app.jointly.collab.internal;

import com.mongodb.MongoCommandException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The durable record of co-editing in MongoDB: one document per batch of accepted pushes holding their updates
 * (its _id is "text:first version", so two nodes can never both write a version: a whole batch is written or
 * refused, never half) and the latest snapshot per text. A text is rebuilt from its snapshot plus the updates
 * after it.
 */
@Component
public class UpdateLog {

    private static final Logger log = LoggerFactory.getLogger(UpdateLog.class);
    static final String UPDATES = "collab_updates";
    static final String SNAPSHOTS = "collab_snapshots";
    private static final String BY_TEXT = "doc_1_from_1";

    private final MongoCollection<Document> updates;
    private final MongoCollection<Document> snapshots;

    UpdateLog(MongoTemplate mongo) {
        this.updates = mongo.getCollection(UPDATES).withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
        this.snapshots = mongo.getCollection(SNAPSHOTS).withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
        dropOldUniqueIndex();
        // for reading a text's log; uniqueness of (text, first version) comes from the _id "text:from" alone, so
        // each write updates one unique index, not two
        updates.createIndex(Indexes.ascending("doc", "from"), new IndexOptions().name(BY_TEXT));
    }

    /** Databases from before 2026-11-23 have a unique index on (doc, from), which would clash with the new one. */
    private void dropOldUniqueIndex() {
        for (Document index : updates.listIndexes()) {
            Object unique = index.get("unique");
            boolean isUnique = Boolean.TRUE.equals(unique) || unique instanceof Number n && n.intValue() != 0;
            if (BY_TEXT.equals(index.getString("name")) && isUnique) {
                try {
                    updates.dropIndex(BY_TEXT);
                } catch (MongoCommandException e) {
                    // another node starting at the same moment dropped it first
                    log.debug("Old update log index already gone: {}", e.getErrorMessage());
                }
            }
        }
    }

    MongoCollection<Document> updatesCollection() {
        return updates;
    }

    /**
     * The updates of one batch of pushes on a text (consecutive versions, each update with the first version of
     * its group) as one log document, so a batch is written whole or not at all. The updates are kept as parallel
     * lists of plain values (update i has version from + i), not as one sub-document each: the embedded server
     * re-serialises every stored map on each write of its page, and lists of strings cost a fraction of that.
     */
    static Document toDocument(String doc, List<StoredUpdate> batch, long at) {
        int size = batch.size();
        List<Integer> groups = new ArrayList<>(size);
        List<String> clientIds = new ArrayList<>(size);
        List<String> userIds = new ArrayList<>(size);
        List<String> userNames = new ArrayList<>(size);
        List<String> changes = new ArrayList<>(size);
        for (StoredUpdate update : batch) {
            groups.add(update.groupFrom());
            clientIds.add(update.clientId());
            userIds.add(update.userId());
            userNames.add(update.userName());
            changes.add(update.changesJson());
        }
        int from = batch.getFirst().version();
        return new Document("_id", doc + ":" + from).append("doc", doc).append("from", from)
                .append("to", batch.getLast().version()).append("at", at).append("groups", groups)
                .append("clientIds", clientIds).append("userIds", userIds).append("userNames", userNames)
                .append("changes", changes);
    }

    /** Updates after {@code since} up to {@code until} (inclusive), in order. */
    public List<StoredUpdate> read(String doc, int since, int until) {
        List<StoredUpdate> result = new ArrayList<>();
        for (Document d : updates.find(Filters.and(Filters.eq("doc", doc), Filters.gt("to", since),
                Filters.lte("from", until))).sort(Sorts.ascending("from"))) {
            for (StoredUpdate update : updatesOf(d)) {
                if (update.version() > since && update.version() <= until) {
                    result.add(update);
                }
            }
        }
        return result;
    }

    private static List<StoredUpdate> updatesOf(Document d) {
        int from = d.getInteger("from");
        List<StoredUpdate> result = new ArrayList<>();
        if (d.containsKey("updates")) {
            // written before 2026-11-23: one sub-document per update
            for (Document u : d.getList("updates", Document.class)) {
                result.add(new StoredUpdate(u.getInteger("v"), u.getInteger("g", from), u.getString("clientId"),
                        u.getString("userId"), u.getString("userName"), u.getString("changes")));
            }
            return result;
        }
        List<Integer> groups = d.getList("groups", Integer.class);
        List<String> clientIds = d.getList("clientIds", String.class);
        List<String> userIds = d.getList("userIds", String.class);
        List<String> userNames = d.getList("userNames", String.class);
        List<String> changes = d.getList("changes", String.class);
        for (int i = 0; i < changes.size(); i++) {
            result.add(new StoredUpdate(from + i, groups.get(i), clientIds.get(i), userIds.get(i), userNames.get(i),
                    changes.get(i)));
        }
        return result;
    }

    public record Snapshot(int version, String text, AuthorSpans authors) implements java.io.Serializable {
    }

    public Optional<Snapshot> snapshot(String doc) {
        Document d = snapshots.find(Filters.eq("_id", doc)).first();
        if (d == null) {
            return Optional.empty();
        }
        List<Integer> lengths = d.getList("lengths", Integer.class);
        List<String> authors = d.getList("authors", String.class);
        return Optional.of(new Snapshot(d.getInteger("version"), d.getString("text"), new AuthorSpans(
                lengths.stream().mapToInt(Integer::intValue).toArray(), authors.toArray(String[]::new))));
    }

    /** Keeps the newest snapshot only: an older one never replaces a newer one. */
    public void saveSnapshot(String doc, int version, String text, AuthorSpans authors) {
        List<Integer> lengths = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < authors.spanCount(); i++) {
            lengths.add(authors.length(i));
            names.add(authors.author(i));
        }
        Document snapshot = new Document("_id", doc).append("version", version).append("text", text)
                .append("lengths", lengths).append("authors", names);
        Optional<Snapshot> existing = snapshot(doc);
        if (existing.isPresent() && existing.get().version() >= version) {
            return;
        }
        snapshots.replaceOne(Filters.eq("_id", doc), snapshot, new ReplaceOptions().upsert(true));
    }
}
