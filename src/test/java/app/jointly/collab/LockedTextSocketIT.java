package app.jointly.collab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.jointly.testsupport.BargainingTableFixture;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The co-editing socket refuses pushes to a tentative agreement's text, for connections old and new. */
@IntegrationTest
class LockedTextSocketIT {

    static final String AGREED = "Evaluated every two years.";

    @Autowired
    TestApi api;

    @Test
    void aConnectionJoinedBeforeTheLockIsRefusedAfterItAndCanPushAgainAfterAReopen() throws Exception {
        BargainingTableFixture table = BargainingTableFixture.contract(api);
        String article = table.articles.get(0);
        try (ProtocolClient client = ProtocolClient.join(api.baseUrl(), table.districtMember.token(), article, "m")
                .recordAll()) {
            JsonNode joined = expect(client, "joined");
            assertThat(joined.path("canEdit").asBoolean()).isTrue();
            assertThat(joined.path("locked").asBoolean()).isFalse();

            String proposal = table.reachTentativeAgreement(article, AGREED);
            JsonNode lock = expect(client, "lock");
            assertThat(lock.path("locked").asBoolean()).isTrue();
            await().atMost(Duration.ofSeconds(10)).until(() -> AGREED.equals(client.model().text()));

            client.send(push(article, client.model().version(), "[[0,\"Never. \"],26]"));
            JsonNode refused = expect(client, "error");
            assertThat(refused.path("code").asString()).isEqualTo("locked");
            assertThat(refused.path("message").asString()).contains("new proposal");
            assertThat(markdown(table, article)).isEqualTo(AGREED);

            table.reopen(proposal);
            assertThat(expect(client, "lock").path("locked").asBoolean()).isFalse();
            client.send(push(article, client.model().version(), "[26,[0,\" Or three.\"]]"));
            assertThat(expect(client, "pushed").path("accepted").asBoolean()).isTrue();
            assertThat(markdown(table, article)).isEqualTo(AGREED + " Or three.");
        }
    }

    @Test
    void aConnectionJoiningALockedTextIsReadOnly() throws Exception {
        BargainingTableFixture table = BargainingTableFixture.contract(api);
        String article = table.articles.get(0);
        table.reachTentativeAgreement(article, AGREED);
        try (ProtocolClient client = ProtocolClient.join(api.baseUrl(), table.unionLead.token(), article, "l")
                .recordAll()) {
            JsonNode joined = expect(client, "joined");
            assertThat(joined.path("canEdit").asBoolean()).isFalse();
            assertThat(joined.path("locked").asBoolean()).isTrue();
            assertThat(joined.path("text").asString()).isEqualTo(AGREED);

            client.send(push(article, joined.path("version").asInt(), "[[0,\"x\"],26]"));
            assertThat(expect(client, "error").path("code").asString()).isEqualTo("locked");
            assertThat(markdown(table, article)).isEqualTo(AGREED);
        }
    }

    private static String push(String doc, int version, String changes) {
        return "{\"type\":\"push\",\"doc\":\"" + doc + "\",\"version\":" + version
                + ",\"updates\":[{\"clientID\":\"raw\",\"changes\":" + changes + "}]}";
    }

    private static String markdown(BargainingTableFixture table, String article) {
        for (JsonNode section : table.document().json().path("sections")) {
            if (section.path("id").asString().equals(article)) {
                return section.path("markdown").asString();
            }
        }
        throw new AssertionError("no article " + article);
    }

    private static JsonNode expect(ProtocolClient client, String type) throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            JsonNode message = client.next(5_000);
            assertThat(message).as("a " + type + " message").isNotNull();
            if (message.path("type").asString().equals(type)) {
                return message;
            }
        }
        throw new AssertionError("no " + type);
    }
}
