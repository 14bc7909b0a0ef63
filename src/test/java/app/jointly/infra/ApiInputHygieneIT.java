package app.jointly.infra;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Input hygiene of the REST API, with raw requests: unknown paths and malformed ids (however encoded) are JSON
 * refusals, scalars in bodies are strictly typed, texts refuse control characters and lone surrogates, vote times
 * are bounded and a vote's subject must be in its own workspace.
 */
@IntegrationTest
class ApiInputHygieneIT {

    @Autowired
    TestApi api;

    private TestUser owner;
    private String wsId;

    @BeforeEach
    void setUp() {
        owner = api.createUser("hygiene");
        JsonNode ws = api.createWorkspace(owner, "Hygiene", "District", "Union");
        wsId = ws.path("id").asString();
    }

    @Test
    void unknownApiPathsAreJson404() {
        for (String path : List.of("/api/v1/nope", "/api/v1/workspaces/" + wsId + "/nope", "/api/v2/workspaces",
                "/api/v1/decisions/abc/nope/deeper")) {
            RawHttp.Reply reply = RawHttp.get(api, owner.token(), path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.json(api).path("error").asString()).as(path).isEqualTo("not-found");
        }
    }

    @Test
    void malformedIdsAreJson400BadIdWhateverTheirEncoding() {
        List<String> ids = List.of("..%2F..", "%00", "%2e%2e", "a".repeat(10_000), "..", "a%2Fb", "%2F",
                "a%5Cb", "a;b", "a%3Bb", "%252F", "a%20b", "%ZZ", "%C0%AE", "caf%C3%A9", "a.b", "%ff");
        for (String id : ids) {
            for (String path : List.of("/api/v1/workspaces/" + id, "/api/v1/workspaces/" + id + "/decisions",
                    "/api/v1/decisions/" + id)) {
                RawHttp.Reply reply = RawHttp.get(api, owner.token(), path);
                String what = path.length() > 80 ? path.substring(0, 80) + "…" : path;
                assertThat(reply.status()).as(what + " → " + reply.body()).isEqualTo(400);
                assertThat(reply.contentType()).as(what).startsWith("application/json");
                assertThat(reply.json(api).path("error").asString()).as(what + " → " + reply.body()).isEqualTo("bad-id");
            }
        }
    }

    @Test
    void anIdOverTheHeaderLimitStillAnswersJson() {
        // over server.max-http-request-header-size Tomcat cannot read the request line: it refuses it while parsing
        RawHttp.Reply reply = RawHttp.get(api, owner.token(), "/api/v1/workspaces/" + "a".repeat(100_000));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json(api).path("error").asString()).as(reply.body()).isEqualTo("bad-id");
        assertThat(reply.json(api).path("message").asString()).contains("32 KiB");

        RawHttp.Reply headers = RawHttp.get(api, owner.token(), "/api/v1/workspaces/" + wsId,
                "X-Padding: " + "b".repeat(40_000) + "\r\n");
        assertThat(headers.status()).isEqualTo(400);
        assertThat(headers.json(api).path("error").asString()).as(headers.body()).isEqualTo("too-large");

        // the refusals leave the server answering as before
        RawHttp.Reply fine = RawHttp.get(api, owner.token(), "/api/v1/workspaces/" + wsId);
        assertThat(fine.status()).isEqualTo(200);
    }

    @Test
    void scalarsInBodiesAreStrictlyTyped() {
        Response stringAdmin = api.postRaw(api.adminToken(), "/api/v1/users", "{\"username\":\"sneaky-"
                + System.nanoTime() % 100000 + "\",\"password\":\"long-enough-password\",\"admin\":\"true\"}");
        assertThat(stringAdmin.status()).isEqualTo(400);
        assertThat(stringAdmin.text("error")).isEqualTo("invalid-type");
        assertThat(stringAdmin.text("message")).contains("'admin'");

        String votes = "/api/v1/workspaces/" + wsId + "/votes";
        for (String quorum : List.of("\"5\"", "50.5", "true")) {
            Response r = api.postRaw(owner.token(), votes, "{\"question\":\"Q?\",\"method\":\"majority\","
                    + "\"quorumPercent\":" + quorum + "}");
            assertThat(r.status()).as(quorum).isEqualTo(400);
            assertThat(r.text("message")).as(quorum).contains("'quorumPercent'");
        }
        Response secret = api.postRaw(owner.token(), votes, "{\"question\":\"Q?\",\"method\":\"ratification\","
                + "\"secret\":\"true\"}");
        assertThat(secret.status()).isEqualTo(400);
        assertThat(secret.text("message")).contains("'secret'");
        Response method = api.postRaw(owner.token(), votes, "{\"question\":\"Q?\",\"method\":\"lottery\"}");
        assertThat(method.status()).isEqualTo(400);
        assertThat(api.get(owner.token(), votes).json()).isEmpty();
    }

    @Test
    void votesAndDecisionsAreDatedWithinBounds() {
        String votes = "/api/v1/workspaces/" + wsId + "/votes";
        for (String closesAt : List.of("+999999-01-01T00:00:00Z", "999999-01-01T00:00:00Z", "2999-01-01T00:00:00Z")) {
            Response r = api.post(owner.token(), votes, Map.of("question", "Far?", "method", "majority",
                    "closesAt", closesAt));
            assertThat(r.status()).as(closesAt).isEqualTo(400);
            assertThat(r.text("error")).as(closesAt).startsWith("invalid-time");
        }
        String decisions = "/api/v1/workspaces/" + wsId + "/decisions";
        for (String day : List.of("+999999-01-01", "20266-01-01", "0001-01-01")) {
            Response decided = api.post(owner.token(), decisions, Map.of("decision", "Far", "decidedOn", day));
            assertThat(decided.status()).as(day).isEqualTo(400);
            assertThat(decided.text("error")).as(day).isEqualTo("invalid-date");
            Response due = api.post(owner.token(), decisions, Map.of("decision", "Far",
                    "followUps", List.of(Map.of("description", "Do it", "due", day))));
            assertThat(due.status()).as(day).isEqualTo(400);
        }
        assertThat(api.get(owner.token(), decisions).json()).isEmpty();
    }

    @Test
    void textsRefuseControlCharactersAndLoneSurrogates() {
        Map<String, String> bodies = Map.of(
                "/api/v1/workspaces", "{\"name\":\"Bad\\u0007name\"}",
                "/api/v1/workspaces/" + wsId + "/votes", "{\"question\":\"Half \\ud83d emoji?\",\"method\":\"majority\"}",
                "/api/v1/workspaces/" + wsId + "/decisions", "{\"decision\":\"Agreed\",\"rationale\":\"\\udc00\"}",
                "/api/v1/workspaces/" + wsId + "/documents", "{\"title\":\"Ti\\u001btle\",\"kind\":\"contract\"}");
        bodies.forEach((path, body) -> {
            Response r = api.postRaw(owner.token(), path, body);
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(400);
            assertThat(r.text("error")).as(path).isEqualTo("bad-text");
        });
        Response multiLine = api.post(owner.token(), "/api/v1/workspaces/" + wsId + "/decisions",
                Map.of("decision", "Agreed\n\twith a tab", "rationale", "Two\nlines 😀"));
        assertThat(multiLine.status()).isEqualTo(201);
    }

    @Test
    void aVoteIsAboutSomethingInItsOwnWorkspace() {
        TestUser other = api.createUser("elsewhere");
        String otherWs = api.createWorkspace(other, "Elsewhere", "A").path("id").asString();
        Map<String, Object> doc = new HashMap<>(Map.of("title", "Theirs", "kind", "contract", "sections",
                List.of(Map.of("heading", "One", "markdown", "Text"))));
        JsonNode theirs = api.post(other.token(), "/api/v1/workspaces/" + otherWs + "/documents", doc).json();
        String theirDoc = theirs.path("id").asString();
        String theirSection = theirs.path("sections").get(0).path("id").asString();

        for (Map<String, String> subject : List.of(Map.of("kind", "proposal", "id", "no-such-proposal"),
                Map.of("kind", "document", "id", theirDoc), Map.of("kind", "section", "id", theirSection))) {
            Response r = api.post(owner.token(), "/api/v1/workspaces/" + wsId + "/votes",
                    Map.of("question", "About?", "method", "majority", "subject", subject));
            assertThat(r.status()).as(subject.toString()).isEqualTo(404);
            assertThat(r.text("error")).isEqualTo("subject-not-found");
        }
        Response own = api.post(other.token(), "/api/v1/workspaces/" + otherWs + "/votes",
                Map.of("question", "About?", "method", "majority", "subject", Map.of("kind", "section", "id", theirSection)));
        assertThat(own.status()).isEqualTo(201);
    }
}
