package app.jointly.collab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.jointly.testsupport.BargainingTableFixture;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.SecondNode;
import app.jointly.testsupport.TestApi;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** A tentative agreement reached on one node locks the text for a connection joined on another node. */
@IntegrationTest
class LockedTextClusterIT {

    static final String AGREED = "Evaluated every two years.";

    @Autowired
    TestApi api;
    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void theLockAndTheReopenReachAConnectionOnTheOtherNode() throws Exception {
        BargainingTableFixture table = BargainingTableFixture.contract(api);
        String article = table.articles.get(0);
        try (SecondNode second = SecondNode.joining(context);
             ProtocolClient client = ProtocolClient.join(second.baseUrl(), table.unionMember.token(), article, "u")
                     .recordAll()) {
            String proposal = table.reachTentativeAgreement(article, AGREED);
            assertThat(expect(client, "lock").path("locked").asBoolean()).isTrue();
            await().atMost(Duration.ofSeconds(10)).until(() -> AGREED.equals(client.model().text()));

            client.send(push(article, client.model().version(), "[[0,\"Never. \"],26]"));
            assertThat(expect(client, "error").path("code").asString()).isEqualTo("locked");
            assertThat(table.document().json().path("sections").get(0).path("markdown").asString())
                    .isEqualTo(AGREED);

            table.reopen(proposal);
            assertThat(expect(client, "lock").path("locked").asBoolean()).isFalse();
            client.send(push(article, client.model().version(), "[26,[0,\"!\"]]"));
            assertThat(expect(client, "pushed").path("accepted").asBoolean()).isTrue();
        }
    }

    private static String push(String doc, int version, String changes) {
        return "{\"type\":\"push\",\"doc\":\"" + doc + "\",\"version\":" + version
                + ",\"updates\":[{\"clientID\":\"raw\",\"changes\":" + changes + "}]}";
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
