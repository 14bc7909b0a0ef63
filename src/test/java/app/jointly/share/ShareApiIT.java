package app.jointly.share;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** Presentation links over REST: made by editors, opened without an account, revoked and expired refused. */
@IntegrationTest
class ShareApiIT {

    @Autowired
    TestApi api;

    @Autowired
    MongoTemplate mongo;

    private TestUser owner;
    private String workspaceId;
    private JsonNode workspace;
    private String documentId;
    private String otherDocumentId;
    private String firstSectionId;

    @BeforeEach
    void setUp() {
        owner = api.createUser("share-owner");
        workspace = api.createWorkspace(owner, "Conference team", "District", "Union");
        workspaceId = workspace.path("id").asString();
        JsonNode plan = createDocument("Conference Plan", "plan", List.of(
                Map.of("heading", "Problem", "markdown", "Too much **excellence** lives in pockets."),
                Map.of("heading", "Theory of action", "markdown", "If we build capacity, then students gain.")));
        documentId = plan.path("id").asString();
        firstSectionId = plan.path("sections").get(0).path("id").asString();
        otherDocumentId = createDocument("Secret contract", "contract",
                List.of(Map.of("heading", "Article 1", "markdown", "Confidential."))).path("id").asString();
    }

    @Test
    void anEditorMakesALinkThatOpensWithoutAnAccountAndShowsOnlyTheDocument() {
        Response created = share(Map.of("feedback", true));

        assertThat(created.status()).isEqualTo(201);
        String token = created.text("token");
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(created.text("url")).endsWith("/share/" + token).startsWith("http");
        assertThat(created.json().path("feedback").asBoolean()).isTrue();
        assertThat(Instant.parse(created.text("expiresAt"))).isAfter(Instant.now().plusSeconds(29L * 24 * 3600));

        Response shared = api.get(null, "/api/v1/shared/" + token);
        assertThat(shared.status()).isEqualTo(200);
        assertThat(shared.text("title")).isEqualTo("Conference Plan");
        assertThat(shared.text("kind")).isEqualTo("plan");
        assertThat(shared.json().path("versionName").isNull()).isTrue();
        JsonNode sections = shared.json().path("sections");
        assertThat(sections).hasSize(2);
        assertThat(sections.get(0).path("id").asString()).isEqualTo(firstSectionId);
        assertThat(sections.get(0).path("heading").asString()).isEqualTo("Problem");
        assertThat(sections.get(0).path("markdown").asString()).contains("**excellence**");
        assertThat(sections.get(0).path("html").asString()).contains("<strong>excellence</strong>");
        assertThat(shared.body()).doesNotContain(workspaceId, documentId, otherDocumentId, owner.username(),
                owner.id(), "Conference team", "District");

        Response listed = api.get(owner.token(), "/api/v1/documents/" + documentId + "/shares");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json()).hasSize(1);
        assertThat(listed.json().get(0).path("id").asString()).isEqualTo(created.text("id"));
        assertThat(listed.json().get(0).path("active").asBoolean()).isTrue();
        assertThat(listed.body()).doesNotContain(token);
    }

    @Test
    void theTokenOpensNothingElse() {
        String token = share(Map.of("feedback", false)).text("token");

        assertThat(api.get(token, "/api/v1/documents/" + documentId).status()).isEqualTo(401);
        assertThat(api.get(token, "/api/v1/workspaces/" + workspaceId + "/documents").status()).isEqualTo(401);
        assertThat(api.get(null, "/api/v1/documents/" + documentId + "/shares").status()).isEqualTo(401);
        assertThat(api.get(null, "/api/v1/shared/" + token + "/../../documents/" + otherDocumentId).status())
                .isIn(400, 401, 404);
        Response unknownBelow = api.get(null, "/api/v1/shared/" + token + "/sections");
        assertThat(unknownBelow.status()).isEqualTo(404);
        assertThat(unknownBelow.body()).doesNotContain("Conference Plan");
    }

    @Test
    void revokedExpiredUnknownAndMalformedLinksAreOneAndTheSame404() {
        Response revokedLink = share(Map.of("feedback", true));
        String revokedToken = revokedLink.text("token");
        assertThat(api.delete(owner.token(), "/api/v1/shares/" + revokedLink.text("id")).status()).isEqualTo(204);
        assertThat(api.delete(owner.token(), "/api/v1/shares/" + revokedLink.text("id")).status()).isEqualTo(204);

        Response expiredLink = share(Map.of("feedback", true));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(expiredLink.text("id"))),
                new Update().set("expiresAt", Date.from(Instant.now().minusSeconds(1))), "share_links");

        for (String token : List.of(revokedToken, expiredLink.text("token"), "A".repeat(43), "short")) {
            Response read = api.get(null, "/api/v1/shared/" + token);
            assertThat(read.status()).as(token).isEqualTo(404);
            assertThat(read.text("error")).isEqualTo("link-not-valid");
            Response comment = api.post(null, "/api/v1/shared/" + token + "/comments", comment("Hi"));
            assertThat(comment.status()).as(token).isEqualTo(404);
        }
        List<String> states = api.get(owner.token(), "/api/v1/documents/" + documentId + "/shares").json()
                .findValuesAsString("revokedAt");
        assertThat(states).hasSize(2);
    }

    @Test
    void aLinkDiesWhenItsMakerLeavesTheWorkspace() {
        TestUser lead = api.createUser("share-lead");
        api.addMember(owner, workspace, lead, "lead", "Union");
        String token = api.post(lead.token(), "/api/v1/documents/" + documentId + "/shares", Map.of("feedback", true))
                .text("token");
        assertThat(api.get(null, "/api/v1/shared/" + token).status()).isEqualTo(200);

        assertThat(api.delete(owner.token(), "/api/v1/workspaces/" + workspaceId + "/members/" + lead.id()).status())
                .isEqualTo(204);

        Response read = api.get(null, "/api/v1/shared/" + token);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.text("error")).isEqualTo("link-not-valid");
        assertThat(api.post(null, "/api/v1/shared/" + token + "/comments", comment("Hi")).status()).isEqualTo(404);
    }

    @Test
    void onlyEditorsOfTheWorkspaceMakeAndRevokeLinks() {
        TestUser stranger = api.createUser("share-stranger");
        TestUser observer = api.createUser("share-observer");
        api.addMember(owner, workspace, observer, "observer", null);
        String linkId = share(Map.of("feedback", true)).text("id");

        assertThat(api.post(stranger.token(), "/api/v1/documents/" + documentId + "/shares", Map.of()).status())
                .isEqualTo(404);
        assertThat(api.get(stranger.token(), "/api/v1/documents/" + documentId + "/shares").status()).isEqualTo(404);
        assertThat(api.delete(stranger.token(), "/api/v1/shares/" + linkId).status()).isEqualTo(404);
        assertThat(api.get(stranger.token(), "/api/v1/documents/" + documentId + "/visitor-comments").status())
                .isEqualTo(404);
        assertThat(api.post(observer.token(), "/api/v1/documents/" + documentId + "/shares", Map.of()).status())
                .isEqualTo(403);
        assertThat(api.delete(observer.token(), "/api/v1/shares/" + linkId).status()).isEqualTo(403);
        assertThat(api.delete(owner.token(), "/api/v1/shares/no-such-link").status()).isEqualTo(404);
    }

    @Test
    void refusesBadExpiriesAndUnknownVersionsAndShowsANamedVersion() {
        String path = "/api/v1/documents/" + documentId + "/shares";
        Response past = api.post(owner.token(), path, Map.of("expiresAt", "2020-01-01T00:00:00Z"));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.text("error")).isEqualTo("invalid-time");
        assertThat(api.post(owner.token(), path, Map.of("expiresAt", Instant.now().plusSeconds(400L * 24 * 3600)
                .toString())).text("error")).isEqualTo("invalid-time");
        assertThat(api.post(owner.token(), path, Map.of("expiresAt", "tomorrow")).text("error"))
                .isEqualTo("invalid-time");
        assertThat(api.post(owner.token(), path, Map.of("versionId", "../x")).text("error")).isEqualTo("bad-id");
        assertThat(api.postRaw(owner.token(), path, "{\"feedback\":\"yes\"}").status()).isEqualTo(400);

        Response unknown = api.post(owner.token(), path, Map.of("versionId", "v-42"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("error")).isEqualTo("version-not-found");

        // a link to a named version shows that version, whatever the document says since
        Response named = api.post(owner.token(), "/api/v1/documents/" + documentId + "/versions",
                Map.of("name", "as presented"));
        assertThat(named.status()).as(named.body()).isEqualTo(201);
        assertThat(api.put(owner.token(), "/api/v1/documents/" + documentId + "/sections/" + firstSectionId,
                Map.of("markdown", "Rewritten after the conference.")).status()).isEqualTo(200);
        String expiry = Instant.now().plusSeconds(3600).toString();
        Response versioned = api.post(owner.token(), path, Map.of("versionId", named.text("id"), "expiresAt", expiry,
                "feedback", false));
        assertThat(versioned.status()).as(versioned.body()).isEqualTo(201);
        assertThat(versioned.text("versionId")).isEqualTo(named.text("id"));
        assertThat(Instant.parse(versioned.text("expiresAt"))).isEqualTo(Instant.parse(expiry));
        Response shared = api.get(null, "/api/v1/shared/" + versioned.text("token"));
        assertThat(shared.status()).isEqualTo(200);
        assertThat(shared.text("versionName")).isEqualTo("as presented");
        assertThat(shared.json().path("sections").get(0).path("markdown").asString()).contains("**excellence**");
        assertThat(api.get(null, "/api/v1/shared/" + share(Map.of()).text("token")).json().path("sections").get(0)
                .path("markdown").asString()).isEqualTo("Rewritten after the conference.");
    }

    @Test
    void visitorsCommentOnlyWhenTheLinkTakesFeedbackWithinLimits() {
        String closed = share(Map.of("feedback", false)).text("token");
        Response refused = api.post(null, "/api/v1/shared/" + closed + "/comments", comment("Great plan"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("error")).isEqualTo("feedback-off");

        String open = share(Map.of("feedback", true)).text("token");
        String path = "/api/v1/shared/" + open + "/comments";
        Map<String, Object> onPassage = comment("See https://example.org/spam for more");
        onPassage.put("from", 20);
        onPassage.put("to", 40);
        Response left = api.post(null, path, onPassage);
        assertThat(left.status()).isEqualTo(201);
        assertThat(left.text("sectionId")).isEqualTo(firstSectionId);

        Map<String, Object> noName = comment("Hi");
        noName.remove("name");
        assertThat(api.post(null, path, noName).text("error")).isEqualTo("missing-name");
        Response tooLong = api.post(null, path, comment("x".repeat(ShareLimits.MAX_BODY + 1)));
        assertThat(tooLong.status()).isEqualTo(413);
        Map<String, Object> outside = comment("Hi");
        outside.put("from", 0);
        outside.put("to", 10_000);
        assertThat(api.post(null, path, outside).text("error")).isEqualTo("bad-range");
        Map<String, Object> elsewhere = comment("Hi");
        elsewhere.put("sectionId", "no-such-section");
        assertThat(api.post(null, path, elsewhere).status()).isEqualTo(404);
        assertThat(api.postRaw(null, path, "{\"name\":").status()).isEqualTo(400);

        for (int i = 1; i < ShareLimits.COMMENTS_PER_ADDRESS; i++) {
            assertThat(api.post(null, path, comment("Comment " + i)).status()).isEqualTo(201);
        }
        Response limited = api.post(null, path, comment("One too many"));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.text("error")).isEqualTo("rate-limited");

        JsonNode team = api.get(owner.token(), "/api/v1/documents/" + documentId + "/visitor-comments").json();
        assertThat(team).hasSize(ShareLimits.COMMENTS_PER_ADDRESS);
        JsonNode first = team.get(team.size() - 1);
        assertThat(first.path("visitor").asBoolean()).isTrue();
        assertThat(first.path("name").asString()).isEqualTo("Pat Visitor");
        assertThat(first.path("organisation").asString()).isEqualTo("Denver Public Schools");
        assertThat(first.path("passage").asString()).isEqualTo("Too much **excellence** lives in pockets."
                .substring(20, 40));
        assertThat(first.path("linksApproved").asBoolean()).isFalse();
    }

    @Test
    void editorsHideAnswerAndApproveVisitorFeedback() {
        String token = share(Map.of("feedback", true)).text("token");
        String id = api.post(null, "/api/v1/shared/" + token + "/comments", comment("Read https://example.org"))
                .text("id");
        String path = "/api/v1/visitor-comments/" + id;

        Response moderated = api.patch(owner.token(), path, Map.of("hidden", true, "linksApproved", true,
                "answer", "Thank you, we will."));
        assertThat(moderated.status()).isEqualTo(200);
        assertThat(moderated.json().path("hidden").asBoolean()).isTrue();
        assertThat(moderated.json().path("linksApproved").asBoolean()).isTrue();
        assertThat(moderated.text("answer")).isEqualTo("Thank you, we will.");
        assertThat(api.patch(owner.token(), path, Map.of()).text("error")).isEqualTo("nothing-to-change");
        assertThat(api.patch(owner.token(), path, Map.of("answer", "x".repeat(ShareLimits.MAX_ANSWER + 1))).status())
                .isEqualTo(413);
        TestUser stranger = api.createUser("share-moderator-stranger");
        assertThat(api.patch(stranger.token(), path, Map.of("hidden", false)).status()).isEqualTo(404);
        assertThat(api.patch(owner.token(), "/api/v1/visitor-comments/unknown", Map.of("hidden", false)).status())
                .isEqualTo(404);
    }

    private Response share(Map<String, Object> body) {
        return api.post(owner.token(), "/api/v1/documents/" + documentId + "/shares", body);
    }

    private Map<String, Object> comment(String body) {
        Map<String, Object> comment = new HashMap<>();
        comment.put("name", "Pat Visitor");
        comment.put("organisation", "Denver Public Schools");
        comment.put("body", body);
        comment.put("sectionId", firstSectionId);
        return comment;
    }

    private JsonNode createDocument(String title, String kind, List<Map<String, String>> sections) {
        Response created = api.post(owner.token(), "/api/v1/workspaces/" + workspaceId + "/documents",
                Map.of("title", title, "kind", kind, "sections", sections));
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }
}
