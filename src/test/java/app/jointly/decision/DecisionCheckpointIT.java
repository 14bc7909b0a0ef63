package app.jointly.decision;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Checkpoints through the REST API, against an insider who cuts or rewrites the log in the database. */
@IntegrationTest
class DecisionCheckpointIT {

    @Autowired
    TestApi api;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aCheckpointRevealsTruncationAndRewritingThatTheChainAloneMisses() {
        TestUser lead = api.createUser("checkpoint");
        String ws = api.createWorkspace(lead, "Checkpoints", "District", "Union").path("id").asString();
        String log = "/api/v1/workspaces/" + ws + "/decisions";
        String first = api.post(lead.token(), log, Map.of("decision", "One")).text("id");
        for (String decision : new String[] {"Two", "Three", "Four"}) {
            assertThat(api.post(lead.token(), log, Map.of("decision", decision)).status()).isEqualTo(201);
        }

        Response file = api.get(lead.token(), log + "/checkpoint");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.json().path("headSeq").asLong()).isEqualTo(4);
        assertThat(file.text("takenByUsername")).isEqualTo(lead.username());
        assertThat(file.text("workspaceId")).isEqualTo(ws);
        assertThat(file.text("takenAt")).isNotBlank();
        String checkpoint = file.text("checkpoint");
        assertThat(checkpoint).isEqualTo("4:" + file.text("headHash"));
        Response before = api.get(lead.token(), log + "/verify?checkpoint=" + checkpoint);
        assertThat(before.json().path("intact").asBoolean()).isTrue();
        assertThat(before.json().path("checkpointFound").asBoolean()).isTrue();
        assertThat(before.text("head")).isEqualTo(checkpoint);
        String atTwo = "2:" + api.get(lead.token(), log).json().get(2).path("hash").asString();
        String atOne = "1:" + api.get(lead.token(), log).json().get(3).path("hash").asString();

        // an insider deletes the two newest entries directly in the database
        mongo.getCollection("decisions").deleteMany(new Document("workspaceId", ws).append("seq",
                new Document("$gte", 3)));
        Response plain = api.get(lead.token(), log + "/verify");
        assertThat(plain.json().path("intact").asBoolean()).isTrue();
        assertThat(plain.json().path("headSeq").asLong()).isEqualTo(2);
        assertThat(plain.json().path("checkpointFound").isNull()).isTrue();
        Response cut = api.get(lead.token(), log + "/verify?checkpoint=" + checkpoint);
        assertThat(cut.status()).isEqualTo(200);
        assertThat(cut.json().path("intact").asBoolean()).isFalse();
        assertThat(cut.json().path("checkpointFound").asBoolean()).isFalse();
        Response older = api.get(lead.token(), log + "/verify?checkpoint=" + atTwo);
        assertThat(older.json().path("intact").asBoolean()).isTrue();
        assertThat(older.json().path("checkpointFound").asBoolean()).isTrue();

        // ... then rewrites the first entry with a new hash: a checkpoint at it is no longer found
        mongo.getCollection("decisions").updateOne(new Document("_id", first),
                new Document("$set", new Document("hash", "d".repeat(64))));
        Response rewritten = api.get(lead.token(), log + "/verify?checkpoint=" + atOne);
        assertThat(rewritten.json().path("intact").asBoolean()).isFalse();
        assertThat(rewritten.json().path("checkpointFound").asBoolean()).isFalse();
        Response laterCheckpoint = api.get(lead.token(), log + "/verify?checkpoint=" + atTwo);
        assertThat(laterCheckpoint.json().path("checkpointFound").asBoolean()).isTrue();
        assertThat(laterCheckpoint.json().path("intact").asBoolean()).as("as the chain says").isFalse();

        for (String bad : new String[] {"nonsense", "2:abc", "-1:" + "a".repeat(64), "2:" + "a".repeat(5000)}) {
            Response refused = api.get(lead.token(), log + "/verify?checkpoint=" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.text("error")).isEqualTo("bad-checkpoint");
        }
        TestUser outsider = api.createUser("outsider");
        assertThat(api.get(outsider.token(), log + "/checkpoint").status()).isEqualTo(404);
    }
}
