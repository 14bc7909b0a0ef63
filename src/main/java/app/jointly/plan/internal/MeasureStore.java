package app.jointly.plan.internal;

import app.jointly.plan.Measure;
import app.jointly.plan.MeasureStatus;
import app.jointly.plan.Progress;
import app.jointly.shared.DocumentId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

/**
 * The {@code plan_measures} collection: one document per measure with its readings inside, so recording a reading
 * is one atomic write.
 */
@Component
class MeasureStore {

    static final String COLLECTION = "plan_measures";

    private final MongoTemplate mongo;

    MeasureStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("documentId", Sort.Direction.ASC).named("document"));
    }

    List<Measure> byDocument(DocumentId document) {
        return mongo.find(Query.query(Criteria.where("documentId").is(document.value()))
                .with(Sort.by("createdAt", "_id")), Document.class, COLLECTION).stream().map(MeasureStore::read)
                .toList();
    }

    Optional<Measure> byId(DocumentId document, String id) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(id)
                .and("documentId").is(document.value())), Document.class, COLLECTION)).map(MeasureStore::read);
    }

    long count(DocumentId document) {
        return mongo.count(Query.query(Criteria.where("documentId").is(document.value())), COLLECTION);
    }

    void insert(DocumentId document, Measure measure, Instant at) {
        mongo.insert(new Document("_id", measure.id()).append("documentId", document.value())
                .append("name", measure.name()).append("unit", measure.unit()).append("baseline", measure.baseline())
                .append("target", measure.target()).append("createdAt", Date.from(at))
                .append("progress", List.of()), COLLECTION);
    }

    /** Replaces the reading of the same date, if any, in one write per step (pull, then push). */
    void record(DocumentId document, String id, Progress reading) {
        Query query = Query.query(Criteria.where("_id").is(id).and("documentId").is(document.value()));
        mongo.updateFirst(query, new Update().pull("progress", new Document("date", reading.date().toString())),
                COLLECTION);
        mongo.updateFirst(query, new Update().push("progress", new Document("date", reading.date().toString())
                .append("value", reading.value())
                .append("status", reading.status() == null ? null : reading.status().wireName())), COLLECTION);
    }

    private static Measure read(Document d) {
        List<Progress> readings = new ArrayList<>();
        for (Document p : d.getList("progress", Document.class, List.of())) {
            String status = p.getString("status");
            Number value = (Number) p.get("value");
            readings.add(new Progress(LocalDate.parse(p.getString("date")),
                    value == null ? null : value.doubleValue(), status == null ? null : MeasureStatus.fromWire(status)));
        }
        readings.sort(Comparator.comparing(Progress::date));
        return new Measure(d.getString("_id"), d.getString("name"), d.getString("unit"), number(d, "baseline"),
                number(d, "target"), readings);
    }

    private static Double number(Document d, String field) {
        Number n = (Number) d.get(field);
        return n == null ? null : n.doubleValue();
    }
}
