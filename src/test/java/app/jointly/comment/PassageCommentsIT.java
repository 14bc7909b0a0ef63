package app.jointly.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.jointly.collab.ProtocolClient;
import app.jointly.collab.internal.ChangeSet;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Comments on passages through REST: the thread's shape, the anchor following its passage while someone
 * co-edits (text typed at the edges stays outside, a deleted passage leaves an orphaned thread with its quote),
 * and the refusals of every endpoint.
 */
@IntegrationTest
class PassageCommentsIT {

    static final String TEXT = "The employer shall pay every teacher.";

    @Autowired
    TestApi api;

    TestUser owner;
    TestUser member;
    TestUser commenter;
    TestUser observer;
    TestUser outsider;
    String documentId;
    String sectionId;
    String comments;

    @BeforeEach
    void setUp() {
        owner = api.createUser("owner");
        member = api.createUser("member");
        commenter = api.createUser("commenter");
        observer = api.createUser("observer");
        outsider = api.createUser("outsider");
        JsonNode workspace = api.createWorkspace(owner, "Comments", "District", "Union");
        api.addMember(owner, workspace, member, "member", "Union");
        api.addMember(owner, workspace, commenter, "commenter", null);
        api.addMember(owner, workspace, observer, "observer", null);
        Response created = api.post(owner.token(), "/api/v1/workspaces/" + workspace.path("id").asString()
                + "/documents", Map.of("title", "Contract", "kind", "contract",
                "sections", List.of(Map.of("heading", "Article 1", "markdown", TEXT))));
        documentId = created.text("id");
        sectionId = created.json().path("sections").get(0).path("id").asString();
        comments = "/api/v1/documents/" + documentId + "/sections/" + sectionId + "/comments";
    }

    Map<String, Object> passage(int from, int to, int version, String body) {
        Map<String, Object> request = new HashMap<>();
        request.put("from", from);
        request.put("to", to);
        request.put("version", version);
        request.put("body", body);
        return request;
    }

    @Test
    void aCommentOnAPassageHasTheIssuesShapeAndFollowsThePassageAsOthersType() {
        JsonNode section = api.get(owner.token(), "/api/v1/documents/" + documentId).json().path("sections").get(0);
        assertThat(section.path("textVersion").asInt()).isZero();
        int from = TEXT.indexOf("employer");
        Response created = api.post(commenter.token(), comments, passage(from, from + 8, 0,
                "Which **employer**? <script>alert(1)</script>"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode thread = created.json();
        for (String field : List.of("id", "sectionId", "from", "to", "quote", "originalQuote", "body", "bodyHtml",
                "author", "createdAt", "visibility", "resolved", "orphaned", "replies")) {
            assertThat(thread.has(field)).as(field).isTrue();
        }
        assertThat(thread.path("sectionId").asString()).isEqualTo(sectionId);
        assertThat(thread.path("quote").asString()).isEqualTo("employer");
        assertThat(thread.path("originalQuote").asString()).isEqualTo("employer");
        assertThat(thread.path("bodyHtml").asString()).contains("<strong>employer</strong>").doesNotContain("<script");
        assertThat(thread.path("author").path("id").asString()).isEqualTo(commenter.id());
        assertThat(thread.path("visibility").asString()).isEqualTo("workspace");
        assertThat(thread.path("resolved").asBoolean()).isFalse();
        assertThat(thread.path("orphaned").asBoolean()).isFalse();
        assertThat(thread.path("replies")).isEmpty();
        String id = thread.path("id").asString();

        try (ProtocolClient editor = ProtocolClient.join(api.baseUrl(), owner.token(), sectionId, "editor")) {
            // typed before the passage, at its start and at its end: the anchor moves, the passage stays "employer"
            type(editor, 0, "Each year, ");
            int start = editor.model().text().indexOf("employer");
            type(editor, start, "new ");
            type(editor, start + 4 + 8, " (the District)");
            JsonNode moved = only(api.get(member.token(), "/api/v1/documents/" + documentId + "/comments"));
            assertThat(moved.path("quote").asString()).isEqualTo("employer");
            assertThat(moved.path("from").asInt()).isEqualTo(editor.model().text().indexOf("employer"));
            assertThat(moved.path("to").asInt()).isEqualTo(moved.path("from").asInt() + 8);
            assertThat(moved.path("originalQuote").asString()).isEqualTo("employer");

            // a comment made on a stale version lands where its passage is now
            int staleFrom = TEXT.indexOf("teacher");
            JsonNode stale = api.post(member.token(), comments, passage(staleFrom, staleFrom + 7, 0, "Who counts?"))
                    .json();
            assertThat(stale.path("quote").asString()).isEqualTo("teacher");
            assertThat(stale.path("from").asInt()).isEqualTo(editor.model().text().indexOf("teacher"));

            // the passage deleted whole: the thread stays, orphaned, with its quote
            String text = editor.model().text();
            int gone = text.indexOf("new employer");
            type(editor, ChangeSet.replace(text.length(), gone, gone + "new employer".length(), ""));
            JsonNode orphaned = api.get(member.token(), "/api/v1/comments/" + id).json();
            assertThat(orphaned.path("orphaned").asBoolean()).isTrue();
            assertThat(orphaned.path("quote").asString()).isEqualTo("employer");
            assertThat(orphaned.path("originalQuote").asString()).isEqualTo("employer");
            assertThat(api.get(owner.token(), "/api/v1/documents/" + documentId).json().path("sections").get(0)
                    .path("textVersion").asInt()).isEqualTo(editor.model().version());
        }
    }

    @Test
    void repliesResolveReopenEditAndDeleteWithTheirRefusals() {
        String id = api.post(member.token(), comments, passage(0, 3, 0, "First")).text("id");
        Response reply = api.post(commenter.token(), "/api/v1/comments/" + id + "/replies", Map.of("body", "Agreed"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        for (String field : List.of("id", "body", "bodyHtml", "author", "createdAt")) {
            assertThat(reply.json().has(field)).as(field).isTrue();
        }
        String replyId = reply.text("id");
        assertThat(api.get(owner.token(), "/api/v1/comments/" + replyId).text("id")).isEqualTo(id);

        Response resolved = api.post(commenter.token(), "/api/v1/comments/" + id + "/resolve", Map.of());
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().path("resolved").asBoolean()).isTrue();
        assertThat(api.post(member.token(), "/api/v1/comments/" + replyId + "/reopen", Map.of()).json()
                .path("resolved").asBoolean()).isFalse();
        refused(api.post(observer.token(), "/api/v1/comments/" + id + "/resolve", Map.of()), 403, "read-only");

        Response edited = api.put(member.token(), "/api/v1/comments/" + id, Map.of("body", "First, reworded"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().path("body").asString()).isEqualTo("First, reworded");
        assertThat(edited.json().path("edited").asBoolean()).isTrue();
        assertThat(edited.json().path("earlierBodies").get(0).asString()).isEqualTo("First");
        refused(api.put(commenter.token(), "/api/v1/comments/" + id, Map.of("body", "mine now")), 403, "not-author");
        refused(api.delete(member.token(), "/api/v1/comments/" + replyId), 403, "not-author");
        JsonNode afterDelete = api.delete(commenter.token(), "/api/v1/comments/" + replyId).json();
        JsonNode deletedReply = afterDelete.path("replies").get(0);
        assertThat(deletedReply.path("deleted").asBoolean()).isTrue();
        assertThat(deletedReply.path("body").asString()).isEmpty();
        refused(api.put(commenter.token(), "/api/v1/comments/" + replyId, Map.of("body", "back")), 409,
                "comment-deleted");

        refused(api.post(observer.token(), comments, passage(0, 3, 0, "Observers read")), 403, "read-only");
        refused(api.post(observer.token(), "/api/v1/comments/" + id + "/replies", Map.of("body", "x")), 403,
                "read-only");
        assertThat(api.get(observer.token(), "/api/v1/documents/" + documentId + "/comments").json()).hasSize(1);
        refused(api.get(outsider.token(), "/api/v1/comments/" + id), 404, "comment-not-found");
        refused(api.post(outsider.token(), "/api/v1/comments/" + id + "/replies", Map.of("body", "x")), 404,
                "comment-not-found");
        refused(api.get(outsider.token(), "/api/v1/documents/" + documentId + "/comments"), 404, null);
        refused(api.post(outsider.token(), comments, passage(0, 3, 0, "x")), 404, "section-not-found");
        refused(api.get(owner.token(), "/api/v1/comments/no-such-comment"), 404, "comment-not-found");
        refused(api.get(owner.token(), "/api/v1/comments/bad%20id"), 400, null);
    }

    @Test
    void bodiesRangesAndVersionsAreChecked() {
        refused(api.post(member.token(), comments, passage(0, 3, 0, "x".repeat(CommentLimits.MAX_BODY + 1))), 413,
                "comment-too-long");
        assertThat(api.post(member.token(), comments, passage(0, 3, 0, "x".repeat(CommentLimits.MAX_BODY)))
                .status()).isEqualTo(201);
        refused(api.post(member.token(), comments, passage(0, 3, 0, "  ")), 400, "empty-body");
        refused(api.post(member.token(), comments, passage(0, 3, 0, "bell\u0007")), 400, "bad-text");
        refused(api.post(member.token(), comments, passage(3, 3, 0, "empty")), 400, "empty-range");
        refused(api.post(member.token(), comments, passage(0, TEXT.length() + 1, 0, "long")), 400, "bad-range");
        refused(api.post(member.token(), comments, passage(0, 3, 99, "future")), 400, "bad-version");
        Map<String, Object> noFrom = passage(0, 3, 0, "x");
        noFrom.remove("from");
        refused(api.post(member.token(), comments, noFrom), 400, "missing-field");
        Map<String, Object> badVisibility = passage(0, 3, 0, "x");
        badVisibility.put("visibility", "everyone");
        refused(api.post(member.token(), comments, badVisibility), 400, "invalid-visibility");
        Map<String, Object> noParty = passage(0, 3, 0, "x");
        noParty.put("visibility", "party");
        refused(api.post(commenter.token(), comments, noParty), 400, "no-party");
        refused(api.post(member.token(), "/api/v1/documents/" + documentId + "/sections/nope/comments",
                passage(0, 3, 0, "x")), 404, "section-not-found");
        String id = api.get(member.token(), "/api/v1/documents/" + documentId + "/comments").json().get(0)
                .path("id").asString();
        refused(api.post(member.token(), "/api/v1/comments/" + id + "/replies",
                Map.of("body", "y".repeat(CommentLimits.MAX_BODY + 1))), 413, "comment-too-long");
    }

    @Test
    void aPersonWritingTooFastIsToldToWait() {
        Response last = null;
        for (int i = 0; i < 40; i++) {
            last = api.post(member.token(), comments, passage(0, 3, 0, "Comment " + i));
            if (last.status() != 201) {
                break;
            }
        }
        refused(last, 429, "too-many-comments");
        // somebody else is not slowed down by it
        assertThat(api.post(commenter.token(), comments, passage(0, 3, 0, "Mine")).status()).isEqualTo(201);
    }

    private static JsonNode only(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json()).hasSize(1);
        return response.json().get(0);
    }

    private static void type(ProtocolClient editor, int at, String text) {
        type(editor, ChangeSet.replace(editor.model().text().length(), at, at, text));
    }

    private static void type(ProtocolClient editor, ChangeSet change) {
        int expected = editor.model().version() + 1;
        editor.edit(change);
        await().atMost(Duration.ofSeconds(10)).until(() -> editor.idle() && editor.model().version() == expected);
    }

    static void refused(Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        if (code != null) {
            assertThat(response.text("error")).as(response.body()).isEqualTo(code);
        }
        assertThat(response.json().has("message")).as(response.body()).isTrue();
    }
}
