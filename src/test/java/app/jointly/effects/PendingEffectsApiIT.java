package app.jointly.effects;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** Operators see what is pending, with the reason it failed; nobody else does. */
@IntegrationTest
class PendingEffectsApiIT {

    private static final String PATH = "/api/v1/admin/pending-effects";
    private static final String COLLECTION = "pending_effects_api_it";

    @Autowired
    TestApi api;

    @Autowired
    EffectOutbox outbox;

    @Autowired
    MongoTemplate mongo;

    @Test
    void anAdministratorSeesAFailedEffectWithItsAttemptsAndReason() {
        outbox.watch(COLLECTION);
        Instant now = Instant.now();
        // an entry whose event cannot be read back fails like a throwing listener would, and stays pending
        mongo.upsert(Query.query(Criteria.where("_id").is("doc-1")), new Update().push("pendingEffects",
                new Document("id", "effect-1").append("type", "not.ours.Event").append("payload", new Document())
                        .append("createdAt", now).append("attempts", 0).append("nextAttemptAt", now)), COLLECTION);
        try {
            outbox.deliver(COLLECTION, "doc-1");

            Response response = api.get(api.adminToken(), PATH);

            assertThat(response.status()).isEqualTo(200);
            JsonNode effect = null;
            for (JsonNode e : response.json().path("effects")) {
                if (e.path("id").asString().equals("effect-1")) {
                    effect = e;
                }
            }
            assertThat(effect).as(response.body()).isNotNull();
            assertThat(effect.path("collection").asString()).isEqualTo(COLLECTION);
            assertThat(effect.path("documentId").asString()).isEqualTo("doc-1");
            assertThat(effect.path("attempts").asInt()).isEqualTo(1);
            assertThat(effect.path("lastError").asString()).contains("foreign type");
            assertThat(response.json().path("count").asInt()).isPositive();
        } finally {
            mongo.remove(Query.query(Criteria.where("_id").is("doc-1")), COLLECTION);
        }
    }

    @Test
    void isForbiddenToMembersAndUnauthorizedWithoutSignIn() {
        Response member = api.get(api.createUser("not-admin").token(), PATH);
        assertThat(member.status()).isEqualTo(403);
        assertThat(member.text("error")).isNotBlank();

        Response anonymous = api.get(null, PATH);
        assertThat(anonymous.status()).isEqualTo(401);
    }
}
