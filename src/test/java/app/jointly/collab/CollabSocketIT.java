package app.jointly.collab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.jointly.collab.internal.ChangeSet;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.TestUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CollabSocketIT {

    @Autowired
    TestApi api;

    TestUser owner;
    TestUser commenter;
    TestUser stranger;
    String workspaceId;
    String documentId;
    String section;

    @BeforeEach
    void setUp() {
        owner = api.createUser("collab-owner");
        commenter = api.createUser("collab-commenter");
        stranger = api.createUser("collab-stranger");
        JsonNode workspace = api.createWorkspace(owner, "Co-editing", "District", "Union");
        api.addMember(owner, workspace, commenter, "commenter", null);
        workspaceId = workspace.path("id").asString();
        TestApi.Response created = api.post(owner.token(), "/api/v1/workspaces/" + workspace.path("id").asString()
                + "/documents", Map.of("title", "Contract", "kind", "contract",
                "sections", List.of(Map.of("heading", "Article 1", "markdown", "Hello\r\nworld"))));
        assertThat(created.status()).isEqualTo(201);
        documentId = created.text("id");
        section = created.json().path("sections").get(0).path("id").asString();
    }

    private ProtocolClient join(TestUser user, String clientId) {
        return ProtocolClient.join(api.baseUrl(), user.token(), section, clientId);
    }

    private static JsonNode expect(ProtocolClient client, String type) throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            JsonNode message = client.next(5_000);
            assertThat(message).as("a " + type + " message").isNotNull();
            if (message.path("type").asString().equals(type)) {
                return message;
            }
        }
        throw new AssertionError("no " + type);
    }

    @Test
    void twoClientsConvergeAndTheDocumentApiShowsTheLiveText() {
        try (ProtocolClient a = join(owner, "a"); ProtocolClient b = join(owner, "b")) {
            assertThat(a.model().text()).isEqualTo("Hello\nworld");
            a.edit(ChangeSet.replace(11, 5, 5, ","));
            b.edit(ChangeSet.replace(11, 11, 11, "!"));
            await().atMost(Duration.ofSeconds(10)).until(() -> a.idle() && b.idle()
                    && a.model().version() == 2 && b.model().version() == 2);
            assertThat(a.model().text()).isEqualTo("Hello,\nworld!").isEqualTo(b.model().text());
            TestApi.Response document = api.get(owner.token(), "/api/v1/documents/" + documentId);
            assertThat(document.json().path("sections").get(0).path("markdown").asString())
                    .isEqualTo("Hello,\nworld!");
        }
    }

    @Test
    void aPushAtAnOldVersionIsRebasedAndAResendIsNotAppliedTwice() throws Exception {
        try (ProtocolClient a = join(owner, "a"); ProtocolClient raw = join(owner, "raw").recordAll()) {
            a.edit(ChangeSet.replace(11, 0, 0, "A"));
            await().atMost(Duration.ofSeconds(10)).until(() -> a.idle() && a.model().version() == 1);
            expect(raw, "updates");
            String push = "{\"type\":\"push\",\"doc\":\"" + section + "\",\"version\":%d,\"updates\":%s}";
            raw.send(push.formatted(0, "[{\"clientID\":\"raw\",\"changes\":[11,[0,\"Z\"]]}]"));
            JsonNode pushed = expect(raw, "pushed");
            assertThat(pushed.path("accepted").asBoolean()).isTrue();
            assertThat(pushed.path("version").asInt()).isEqualTo(2);
            await().atMost(Duration.ofSeconds(10)).until(() -> a.model().version() == 2);
            assertThat(a.model().text()).isEqualTo("AHello\nworldZ");

            // two updates in one push are one group; a resend of it (its answer lost) adds nothing
            String group = "[{\"clientID\":\"raw\",\"changes\":[13,[0,\"1\"]]},"
                    + "{\"clientID\":\"raw\",\"changes\":[14,[0,\"2\"]]}]";
            raw.send(push.formatted(2, group));
            assertThat(expect(raw, "pushed").path("version").asInt()).isEqualTo(4);
            raw.send(push.formatted(2, group));
            JsonNode resent = expect(raw, "pushed");
            assertThat(resent.path("accepted").asBoolean()).isTrue();
            assertThat(resent.path("version").asInt()).isEqualTo(4);
            await().atMost(Duration.ofSeconds(10)).until(() -> a.model().version() == 4);
            assertThat(a.model().text()).isEqualTo("AHello\nworldZ12");

            // a push made inside a group cannot be rebased as its client received it: refused, pull and retry
            raw.send(push.formatted(3, "[{\"clientID\":\"raw\",\"changes\":[14,[0,\"x\"]]}]"));
            JsonNode refused = expect(raw, "pushed");
            assertThat(refused.path("accepted").asBoolean()).isFalse();
            assertThat(refused.path("version").asInt()).isEqualTo(4);

            // a pull answers with one message per group
            raw.send("{\"type\":\"pull\",\"doc\":\"" + section + "\",\"version\":0}");
            List<JsonNode> answers = new ArrayList<>();
            while (answers.size() < 3) {
                JsonNode updates = expect(raw, "updates");
                if (updates.path("version").asInt() == (answers.isEmpty() ? 0 : answers.size() == 1 ? 1 : 2)) {
                    answers.add(updates);
                }
            }
            assertThat(answers).extracting(m -> m.path("updates").size()).containsExactly(1, 1, 2);
            assertThat(answers.get(0).path("updates").get(0).path("clientID").asString()).isEqualTo("a");
            assertThat(answers.get(0).path("updates").get(0).path("userId").asString()).isEqualTo(owner.id());
        }
    }

    @Test
    void aSavedSectionTextBecomesOneUpdateFromTheServerForEveryoneEditing() {
        try (ProtocolClient a = join(owner, "a"); ProtocolClient b = join(owner, "b")) {
            a.edit(ChangeSet.replace(11, 11, 11, " draft"));
            await().atMost(Duration.ofSeconds(10)).until(() -> a.idle() && b.model().version() == 1);

            TestApi.Response saved = api.put(owner.token(), "/api/v1/documents/" + documentId + "/sections/"
                    + section, Map.of("markdown", "Hello\nagreed world"));
            assertThat(saved.status()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(10)).until(() -> a.model().version() == 2 && b.model().version() == 2);
            assertThat(a.model().text()).isEqualTo("Hello\nagreed world").isEqualTo(b.model().text());
            b.edit(ChangeSet.replace(18, 18, 18, "!"));
            await().atMost(Duration.ofSeconds(10)).until(() -> b.idle() && a.model().version() == 3);
            assertThat(a.model().text()).isEqualTo("Hello\nagreed world!");
        }
    }

    @Test
    void refusesBadMessagesToTheirSenderOnly() throws Exception {
        try (ProtocolClient a = join(owner, "a"); ProtocolClient b = join(owner, "b")) {
            String push = "{\"type\":\"push\",\"doc\":\"" + section + "\",\"version\":%d,\"updates\":"
                    + "[{\"clientID\":\"a\",\"changes\":%s}]}";
            a.send("{not json");
            assertThat(expect(a, "error").path("code").asString()).isEqualTo("bad-message");
            a.send(push.formatted(0, "[12,[0,\"x\"]]"));
            assertThat(expect(a, "error").path("code").asString()).isEqualTo("invalid-changes");
            a.send(push.formatted(0, "[[0,\"a\\nb\"],11]"));
            assertThat(expect(a, "error").path("code").asString()).isEqualTo("invalid-changes");
            a.send(push.formatted(0, "[5,[0,\"\\ud83d\"],6]"));
            assertThat(expect(a, "error").path("code").asString()).isEqualTo("invalid-changes");
            a.send(push.formatted(0, "[-3]"));
            assertThat(expect(a, "error").path("code").asString()).isEqualTo("invalid-changes");
            a.send(push.formatted(7, "[11,[0,\"x\"]]"));
            assertThat(expect(a, "error").path("code").asString()).isEqualTo("bad-version");
            a.send(push.formatted(0, "[11,[0,\"" + "x".repeat(CollabLimits.MAX_TEXT) + "\"]]"));
            assertThat(expect(a, "error").path("code").asString()).isEqualTo("too-large");
            a.send("{\"type\":\"push\",\"doc\":\"unknown-section\",\"version\":0,\"updates\":[]}");
            assertThat(expect(a, "error").path("code").asString()).isEqualTo("not-joined");
            b.edit(ChangeSet.replace(11, 0, 0, "ok "));
            await().atMost(Duration.ofSeconds(10)).until(() -> b.idle() && a.model().version() == 1);
            assertThat(a.model().text()).isEqualTo("ok Hello\nworld");
            for (JsonNode seen = b.next(200); seen != null; seen = b.next(200)) {
                assertThat(seen.path("type").asString()).isNotEqualTo("error");
            }
        }
    }

    @Test
    void strangersCannotJoinAndCommentersCannotPush() throws Exception {
        try (ProtocolClient s = ProtocolClient.connect(api.baseUrl(), stranger.token())) {
            s.send("{\"type\":\"join\",\"doc\":\"" + section + "\"}");
            assertThat(expect(s, "error").path("code").asString()).isEqualTo("not-found");
        }
        try (ProtocolClient c = join(commenter, "c")) {
            c.send("{\"type\":\"push\",\"doc\":\"" + section + "\",\"version\":0,\"updates\":"
                    + "[{\"clientID\":\"c\",\"changes\":[[0,\"x\"],11]}]}");
            assertThat(expect(c, "error").path("code").asString()).isEqualTo("read-only");
        }
    }

    @Test
    void aMemberRemovedOrMadeObserverLosesTheTextWithinTheRecheckPeriod() throws Exception {
        TestUser leaving = api.createUser("collab-leaving");
        TestUser demoted = api.createUser("collab-demoted");
        JsonNode workspace = api.get(owner.token(), "/api/v1/workspaces/" + workspaceId).json();
        api.addMember(owner, workspace, leaving, "member", null);
        api.addMember(owner, workspace, demoted, "member", null);
        try (ProtocolClient l = join(leaving, "l"); ProtocolClient d = join(demoted, "d")) {
            assertThat(api.delete(owner.token(), "/api/v1/workspaces/" + workspaceId + "/members/"
                    + leaving.id()).status()).isEqualTo(204);
            assertThat(api.put(owner.token(), "/api/v1/workspaces/" + workspaceId + "/members/" + demoted.id(),
                    Map.of("role", "observer")).status()).isEqualTo(200);
            // each keeps pushing (as an editor does) until the node's re-check, at most 5 s late, refuses it
            String push = "{\"type\":\"push\",\"doc\":\"" + section + "\",\"version\":%d,\"updates\":"
                    + "[{\"clientID\":\"%s\",\"changes\":[[0,\"x\"],%d]}]}";
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() -> {
                l.send(push.formatted(l.model().version(), "raw-l", l.model().text().length()));
                return refusedWith(l, "not-found");
            });
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() -> {
                d.send(push.formatted(d.model().version(), "raw-d", d.model().text().length()));
                return refusedWith(d, "read-only");
            });
        }
    }

    /** Reads what arrived until a refusal with {@code code}; false when the messages ran out first. */
    private static boolean refusedWith(ProtocolClient client, String code) throws InterruptedException {
        for (JsonNode seen = client.next(300); seen != null; seen = client.next(300)) {
            if (seen.path("type").asString().equals("error") && seen.path("code").asString().equals(code)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theUpgradeIsRefusedWithoutValidCredentials() {
        URI uri = URI.create(api.baseUrl().replaceFirst("^http", "ws") + "/api/v1/collab");
        WebSocket.Listener listener = new WebSocket.Listener() { };
        assertThatThrownBy(() -> HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, listener).join())
                .rootCause().hasMessageContaining("401");
        assertThatThrownBy(() -> HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer jt_not-a-token").buildAsync(uri, listener).join())
                .rootCause().hasMessageContaining("401");
        URI withQuery = URI.create(uri + "?access_token=" + owner.token());
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(withQuery, listener).join();
        socket.abort();
    }

    @Test
    void presenceIsRelayedWithNameAndColourAndLeavingIsAnnounced() throws Exception {
        try (ProtocolClient a = join(owner, "a")) {
            ProtocolClient c = join(commenter, "c");
            c.send("{\"type\":\"presence\",\"doc\":\"" + section + "\",\"anchor\":2,\"head\":5}");
            JsonNode presence = expect(a, "presence");
            assertThat(presence.path("user").path("id").asString()).isEqualTo(commenter.id());
            assertThat(presence.path("user").path("name").asString()).isNotBlank();
            assertThat(presence.path("user").path("color").asString()).startsWith("#");
            assertThat(presence.path("anchor").asInt()).isEqualTo(2);
            assertThat(presence.path("head").asInt()).isEqualTo(5);
            c.close();
            assertThat(expect(a, "left").path("user").path("id").asString()).isEqualTo(commenter.id());
        }
    }
}
