package app.jointly.effects.internal;

import app.jointly.effects.PendingEffect;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListSet;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The {@code pendingEffects} array inside the documents that cause effects. Each entry is
 * {@code {id, type, payload, createdAt, attempts, nextAttemptAt, lastError}}; every change to it is one
 * single-document update: {@code $push} with the causing change, a conditional positional update to claim or
 * postpone an entry, {@code $pull} by id once it has been carried out.
 */
@Component
public class OutboxStore {

    static final String FIELD = "pendingEffects";
    private static final int MAX_ERROR = 500;
    /** Events are read back only into this application's own types. */
    private static final String OWN_TYPES = "app.jointly.";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Set<String> watched = new ConcurrentSkipListSet<>();

    public OutboxStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A stored entry, with the event still in its stored form. */
    record Entry(String id, String type, Document payload, Instant createdAt, int attempts, Instant nextAttemptAt,
                 String lastError) {

        static Entry of(Document d) {
            return new Entry(d.getString("id"), d.getString("type"), d.get("payload", Document.class),
                    date(d, "createdAt"), d.getInteger("attempts", 0), date(d, "nextAttemptAt"),
                    d.getString("lastError"));
        }

        private static Instant date(Document d, String key) {
            java.util.Date date = d.getDate(key);
            return date == null ? Instant.EPOCH : date.toInstant();
        }
    }

    public void watch(String collection) {
        if (watched.add(collection)) {
            mongo.indexOps(collection).createIndex(new Index().on(FIELD + ".nextAttemptAt", Sort.Direction.ASC)
                    .named("pending_effects_due"));
        }
    }

    Set<String> watched() {
        return Set.copyOf(watched);
    }

    public Update record(Update update, List<Object> events) {
        if (events.isEmpty()) {
            return update;
        }
        Instant now = clock.instant();
        Object[] entries = events.stream().map(event -> entry(event, now)).toArray();
        update.push(FIELD).each(entries);
        return update;
    }

    private Document entry(Object event, Instant now) {
        Document payload = new Document();
        mongo.getConverter().write(event, payload);
        return new Document("id", UUID.randomUUID().toString()).append("type", event.getClass().getName())
                .append("payload", payload).append("createdAt", now).append("attempts", 0)
                .append("nextAttemptAt", now);
    }

    /** The document's pending entries in the order they were recorded. */
    List<Entry> entries(String collection, String documentId) {
        Query query = Query.query(Criteria.where("_id").is(documentId));
        query.fields().include(FIELD);
        Document found = mongo.findOne(query, Document.class, collection);
        return found == null ? List.of() : entriesOf(found);
    }

    /** Ids of documents with an entry due at {@code now}. */
    List<String> due(String collection, Instant now, int limit) {
        Query query = Query.query(Criteria.where(FIELD).elemMatch(Criteria.where("nextAttemptAt").lte(now)))
                .limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, collection).stream().map(d -> String.valueOf(d.get("_id")))
                .toList();
    }

    /**
     * Takes the entry at {@code index} for {@code until}, if it is still there, due, and nobody else took it;
     * counts the attempt. Addressed by position with its id as a condition (not with the positional operator,
     * which the embedded server does not apply to {@code $elemMatch}): if the array moved, nothing is taken.
     */
    boolean claim(String collection, String documentId, int index, String effectId, Instant now, Instant until) {
        String at = FIELD + "." + index;
        Query query = Query.query(Criteria.where("_id").is(documentId).and(at + ".id").is(effectId)
                .and(at + ".nextAttemptAt").lte(now));
        Update update = new Update().set(at + ".nextAttemptAt", until).inc(at + ".attempts", 1);
        return mongo.updateFirst(query, update, collection).getModifiedCount() == 1;
    }

    /** Removes the entry: its listeners all succeeded. */
    void complete(String collection, String documentId, String effectId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(documentId)),
                new Update().pull(FIELD, new Document("id", effectId)), collection);
    }

    /** Keeps the entry for another attempt at {@code retryAt}, with the reason. */
    void postpone(String collection, String documentId, int index, String effectId, Instant retryAt,
                  String error) {
        String at = FIELD + "." + index;
        Query query = Query.query(Criteria.where("_id").is(documentId).and(at + ".id").is(effectId));
        String reason = error == null ? "" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        mongo.updateFirst(query, new Update().set(at + ".nextAttemptAt", retryAt).set(at + ".lastError", reason),
                collection);
    }

    /** The event an entry carries, read back into its own type. */
    Object event(Entry entry) {
        if (entry.type() == null || !entry.type().startsWith(OWN_TYPES)) {
            throw new IllegalStateException("Pending effect " + entry.id() + " has a foreign type " + entry.type());
        }
        Class<?> type = ClassUtils.resolveClassName(entry.type(), getClass().getClassLoader());
        return mongo.getConverter().read(type, entry.payload());
    }

    public List<PendingEffect> pending(int limit) {
        List<PendingEffect> all = new ArrayList<>();
        for (String collection : watched) {
            Query query = Query.query(Criteria.where(FIELD + ".0").exists(true));
            query.fields().include(FIELD);
            for (Document d : mongo.find(query, Document.class, collection)) {
                String documentId = String.valueOf(d.get("_id"));
                entriesOf(d).forEach(e -> all.add(new PendingEffect(collection, documentId, e.id(),
                        simpleName(e.type()), e.createdAt(), e.attempts(), e.nextAttemptAt(), e.lastError())));
            }
        }
        return all.stream().sorted(Comparator.comparing(PendingEffect::createdAt)).limit(limit).toList();
    }

    private static List<Entry> entriesOf(Document d) {
        List<Document> list = Optional.ofNullable(d.getList(FIELD, Document.class)).orElse(List.of());
        return list.stream().map(Entry::of).toList();
    }

    private static String simpleName(String type) {
        return type == null ? "" : type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
    }
}
