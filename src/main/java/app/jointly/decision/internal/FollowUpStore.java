package app.jointly.decision.internal;

import app.jointly.decision.DecisionId;
import app.jointly.decision.FollowUpStatus;
import app.jointly.shared.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Whether follow-up actions are done, kept apart from the hashed entries so that ticking one off never touches
 * the log. One document per (entry, action), upserted atomically; it records who ticked it and when.
 */
@Component
public class FollowUpStore {

    static final String COLLECTION = "decision_follow_ups";

    private final MongoTemplate mongo;

    public FollowUpStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new org.springframework.data.mongodb.core.index.Index()
                .on("decisionId", org.springframework.data.domain.Sort.Direction.ASC).named("decision"));
    }

    public FollowUpStatus mark(DecisionId decision, String actionId, boolean done, UserId by, Instant at) {
        mongo.upsert(Query.query(Criteria.where("_id").is(decision.value() + ":" + actionId)), new Update()
                .set("decisionId", decision.value()).set("actionId", actionId).set("done", done)
                .set("by", by.value()).set("at", at), COLLECTION);
        return new FollowUpStatus(actionId, done, by, at);
    }

    /** By decision id, then action id. */
    public Map<String, Map<String, FollowUpStatus>> statuses(Collection<DecisionId> decisions) {
        List<String> ids = decisions.stream().map(DecisionId::value).toList();
        Map<String, Map<String, FollowUpStatus>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        mongo.find(Query.query(Criteria.where("decisionId").in(ids)), Document.class, COLLECTION).forEach(d ->
                result.computeIfAbsent(d.getString("decisionId"), k -> new HashMap<>()).put(d.getString("actionId"),
                        new FollowUpStatus(d.getString("actionId"), Boolean.TRUE.equals(d.getBoolean("done")),
                                new UserId(d.getString("by")), d.getDate("at").toInstant())));
        return result;
    }
}
