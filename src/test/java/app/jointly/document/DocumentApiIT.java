package app.jointly.document;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class DocumentApiIT {

    @Autowired
    TestApi api;

    private TestUser owner;
    private JsonNode workspace;
    private String workspaceId;

    @BeforeEach
    void setUp() {
        owner = api.createUser("doc-owner");
        workspace = api.createWorkspace(owner, "Jeffco District and JCEA", "District", "Union");
        workspaceId = workspace.path("id").asString();
    }

    @Test
    void createsReadsAndRendersADocument() {
        Response created = createContract();

        assertThat(created.status()).isEqualTo(201);
        JsonNode doc = created.json();
        assertThat(doc.path("id").asString()).isNotBlank();
        assertThat(doc.path("title").asString()).isEqualTo("Master Agreement");
        assertThat(doc.path("kind").asString()).isEqualTo("contract");
        assertThat(doc.path("version").isIntegralNumber()).isTrue();
        assertThat(doc.path("sections")).hasSize(2);
        assertThat(doc.path("sections").get(1).path("id").asString()).isNotBlank();
        assertThat(doc.path("sections").get(1).path("heading").asString()).isEqualTo("Article 12: Teacher Evaluation");
        assertThat(doc.path("sections").get(1).path("markdown").asString()).startsWith("Evaluations use");

        Response read = api.get(owner.token(), "/api/v1/documents/" + doc.path("id").asString());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(doc);

        Response html = api.get(owner.token(), "/api/v1/documents/" + doc.path("id").asString() + "/html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).contains("<h1>Master Agreement</h1>", "<h2>Article 12: Teacher Evaluation</h2>",
                "<strong>multiple</strong>", "<table>", "<td>45,000</td>", "href=\"https://example.org\"");
        assertThat(html.body().toLowerCase()).doesNotContain("<script", "<img", "href=\"javascript")
                .doesNotContainPattern("<[^>]*\\son[a-z]+=");
        assertThat(contentType(owner, "/api/v1/documents/" + doc.path("id").asString() + "/html"))
                .startsWith("text/html");

        Response list = api.get(owner.token(), "/api/v1/workspaces/" + workspaceId + "/documents");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().findValuesAsString("id")).contains(doc.path("id").asString());
    }

    @Test
    void renameAgainstAStaleVersionIsRefusedWith409() {
        JsonNode doc = createContract().json();
        String path = "/api/v1/documents/" + doc.path("id").asString();
        long seen = doc.path("version").asLong();

        Response renamed = api.patch(owner.token(), path, Map.of("title", "Master Agreement 2026", "version", seen));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().path("version").asLong()).isGreaterThan(seen);

        Response stale = api.patch(owner.token(), path, Map.of("title", "Lost update", "version", seen));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("error")).isEqualTo("stale-version");
        assertThat(stale.text("message")).contains("Reload");
        assertThat(api.get(owner.token(), path).text("title")).isEqualTo("Master Agreement 2026");

        assertThat(api.patch(owner.token(), path, Map.of("title", "No version")).status()).isEqualTo(400);
    }

    @Test
    void reordersAddsEditsAndRemovesSections() {
        JsonNode doc = createContract().json();
        String path = "/api/v1/documents/" + doc.path("id").asString();
        List<String> ids = new ArrayList<>(doc.path("sections").findValuesAsString("id"));
        List<String> reversed = ids.reversed();

        Response reordered = api.put(owner.token(), path + "/sections/order",
                Map.of("version", doc.path("version").asLong(), "sectionIds", reversed));
        assertThat(reordered.status()).isEqualTo(200);
        assertThat(reordered.json().path("sections").findValuesAsString("id")).isEqualTo(reversed);
        assertThat(api.put(owner.token(), path + "/sections/order",
                Map.of("version", doc.path("version").asLong(), "sectionIds", ids)).status()).isEqualTo(409);
        assertThat(api.put(owner.token(), path + "/sections/order", Map.of("version",
                reordered.json().path("version").asLong(), "sectionIds", List.of(ids.get(0)))).status())
                .isEqualTo(400);

        Response added = api.post(owner.token(), path + "/sections",
                Map.of("heading", "Article 20: Compensation", "markdown", "Steps and lanes."));
        assertThat(added.status()).isEqualTo(201);
        JsonNode newSection = added.json().path("sections").get(2);
        assertThat(newSection.path("heading").asString()).isEqualTo("Article 20: Compensation");

        Response edited = api.put(owner.token(), path + "/sections/" + newSection.path("id").asString(),
                Map.of("heading", "Article 20: Salaries", "markdown", "A **new** schedule."));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().path("sections").get(2).path("markdown").asString()).isEqualTo("A **new** schedule.");
        Response history = api.get(owner.token(), path + "/sections/" + newSection.path("id").asString() + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().get(0).path("markdown").asString()).isEqualTo("Steps and lanes.");
        assertThat(history.json().get(0).path("replacedBy").asString()).isEqualTo(owner.id());

        Response removed = api.delete(owner.token(), path + "/sections/" + newSection.path("id").asString()
                + "?version=" + edited.json().path("version").asLong());
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().path("sections")).hasSize(2);
    }

    @Test
    void refusesCallersWhoMayNotSeeOrChangeTheDocument() {
        JsonNode doc = createContract().json();
        String path = "/api/v1/documents/" + doc.path("id").asString();
        TestUser stranger = api.createUser("doc-stranger");
        TestUser observer = api.createUser("doc-observer");
        api.addMember(owner, workspace, observer, "observer", null);

        assertThat(api.get(null, path).status()).isEqualTo(401);
        assertThat(api.get(null, path).text("error")).isNotBlank();

        Response hidden = api.get(stranger.token(), path);
        Response missing = api.get(stranger.token(), "/api/v1/documents/no-such-document");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(missing.body());
        assertThat(api.get(stranger.token(), path + "/html").status()).isEqualTo(404);
        assertThat(api.patch(stranger.token(), path, Map.of("title", "Mine", "version", 0)).status()).isEqualTo(404);
        assertThat(api.get(stranger.token(), "/api/v1/workspaces/" + workspaceId + "/documents").status())
                .isEqualTo(404);
        assertThat(api.post(stranger.token(), "/api/v1/workspaces/" + workspaceId + "/documents",
                Map.of("title", "Sneaky", "kind", "minutes")).status()).isEqualTo(404);

        assertThat(api.get(observer.token(), path).status()).isEqualTo(200);
        assertThat(api.patch(observer.token(), path, Map.of("title", "Theirs", "version",
                doc.path("version").asLong())).status()).isEqualTo(403);
    }

    @Test
    void refusesMalformedAndOversizeInput() {
        String documents = "/api/v1/workspaces/" + workspaceId + "/documents";

        Response badKind = api.post(owner.token(), documents, Map.of("title", "Novel", "kind", "novel"));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.text("error")).isEqualTo("invalid-kind");

        Response malformed = api.postRaw(owner.token(), documents, "{\"title\": \"Broken\", \"kind\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("error")).isNotBlank();

        Response longTitle = api.post(owner.token(), documents, Map.of("title", "t".repeat(201), "kind", "plan"));
        assertThat(longTitle.status()).isEqualTo(400);
        assertThat(longTitle.text("message")).contains("200");

        Response bigSection = api.post(owner.token(), documents, Map.of("title", "Big", "kind", "plan",
                "sections", List.of(Map.of("heading", "Huge", "markdown", "x".repeat(200_001)))));
        assertThat(bigSection.status()).isEqualTo(413);
        assertThat(bigSection.text("message")).contains("200000");

        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            many.add(Map.of("heading", "Article " + i, "markdown", ""));
        }
        Response tooMany = api.post(owner.token(), documents, Map.of("title", "Long", "kind", "contract",
                "sections", many));
        assertThat(tooMany.status()).isEqualTo(413);

        Response hugeBody = api.postRaw(owner.token(), documents,
                "{\"title\":\"Huge\",\"kind\":\"plan\",\"sections\":[{\"heading\":\"h\",\"markdown\":\""
                        + "y".repeat(3 * 1024 * 1024) + "\"}]}");
        assertThat(hugeBody.status()).isEqualTo(413);

        Response chunked = api.send(HttpRequest.newBuilder(api.uri(documents))
                .header("Authorization", "Bearer " + owner.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        ("{\"title\":\"" + "z".repeat(3 * 1024 * 1024) + "\",\"kind\":\"plan\"}").getBytes()))));
        assertThat(chunked.status()).isIn(400, 413);
    }

    private String contentType(TestUser user, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.uri(path))
                            .header("Authorization", "Bearer " + user.token()).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("Content-Type").orElse("");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Response createContract() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Master Agreement");
        body.put("kind", "contract");
        body.put("sections", List.of(
                Map.of("heading", "Article 1: Recognition",
                        "markdown", "The Board recognises the Association. [Site](https://example.org)"),
                Map.of("heading", "Article 12: Teacher Evaluation",
                        "markdown", "Evaluations use **multiple** measures.\n\n| Step | BA |\n|--|--|\n| 1 | 45,000 |\n\n"
                                + "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))")));
        return api.post(owner.token(), "/api/v1/workspaces/" + workspaceId + "/documents", body);
    }
}
