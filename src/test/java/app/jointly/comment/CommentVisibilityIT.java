package app.jointly.comment;

import static app.jointly.comment.PassageCommentsIT.refused;
import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Who sees which thread, through REST: a "my party only" note is shown to its party's members alone (not the
 * owner, observers or the other party), mentions reach only people who can see the thread, and what is said
 * about a caucus draft stays in the caucus, also after the draft is presented.
 */
@IntegrationTest
class CommentVisibilityIT {

    @Autowired
    TestApi api;

    TestUser owner;
    TestUser unionLead;
    TestUser unionMember;
    TestUser districtLead;
    TestUser districtMember;
    TestUser observer;
    String ws;
    String documentId;
    String sectionId;

    @BeforeEach
    void setUp() {
        owner = api.createUser("owner");
        JsonNode workspace = api.createWorkspace(owner, "Table", "District", "Union");
        ws = workspace.path("id").asString();
        unionLead = member(workspace, "ulead", "lead", "Union");
        unionMember = member(workspace, "umember", "member", "Union");
        districtLead = member(workspace, "dlead", "lead", "District");
        districtMember = member(workspace, "dmember", "member", "District");
        observer = member(workspace, "observer", "observer", null);
        Response created = api.post(owner.token(), "/api/v1/workspaces/" + ws + "/documents", Map.of(
                "title", "Master agreement", "kind", "contract", "sections", List.of(
                        Map.of("heading", "Article 12", "markdown", "Evaluations happen every year."))));
        documentId = created.text("id");
        sectionId = created.json().path("sections").get(0).path("id").asString();
    }

    TestUser member(JsonNode workspace, String prefix, String role, String party) {
        TestUser user = api.createUser(prefix);
        api.addMember(owner, workspace, user, role, party);
        return user;
    }

    List<String> threadIds(TestUser viewer) {
        Response list = api.get(viewer.token(), "/api/v1/documents/" + documentId + "/comments");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> ids = new java.util.ArrayList<>();
        list.json().forEach(thread -> ids.add(thread.path("id").asString()));
        return ids;
    }

    @Test
    void aPartyOnlyNoteIsSeenByThatPartyAloneAndMentionsOnlyThem() {
        Response note = api.post(unionMember.token(), "/api/v1/documents/" + documentId + "/sections/" + sectionId
                + "/comments", Map.of("from", 0, "to", 11, "version", 0, "visibility", "party",
                "body", "Hold firm here, @" + unionLead.username() + " and @" + districtLead.username() + "."));
        assertThat(note.status()).as(note.body()).isEqualTo(201);
        assertThat(note.text("visibility")).isEqualTo("party");
        assertThat(note.json().path("mentions").toString()).contains(unionLead.id()).doesNotContain(districtLead.id());
        String noteId = note.text("id");
        Response open = api.post(districtMember.token(), "/api/v1/documents/" + documentId + "/sections/"
                + sectionId + "/comments", Map.of("from", 0, "to", 11, "version", 0,
                "body", "Why yearly, @" + unionLead.username() + "?"));
        assertThat(open.json().path("mentions").toString()).contains(unionLead.id());
        String openId = open.text("id");

        assertThat(threadIds(unionLead)).containsExactlyInAnyOrder(noteId, openId);
        assertThat(threadIds(unionMember)).containsExactlyInAnyOrder(noteId, openId);
        for (TestUser other : List.of(owner, districtLead, districtMember, observer)) {
            assertThat(threadIds(other)).as(other.username()).containsExactly(openId);
            refused(api.get(other.token(), "/api/v1/comments/" + noteId), 404, "comment-not-found");
            refused(api.post(other.token(), "/api/v1/comments/" + noteId + "/replies", Map.of("body", "x")), 404,
                    "comment-not-found");
            refused(api.post(other.token(), "/api/v1/comments/" + noteId + "/resolve", Map.of()), 404,
                    "comment-not-found");
        }
        // a reply in the party's note may mention only the party too; the party resolves it
        Response reply = api.post(unionLead.token(), "/api/v1/comments/" + noteId + "/replies",
                Map.of("body", "@" + districtMember.username() + " must not hear of this"));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(api.get(unionMember.token(), "/api/v1/comments/" + noteId).json().path("replies")).hasSize(1);
        assertThat(api.post(unionLead.token(), "/api/v1/comments/" + noteId + "/resolve", Map.of()).json()
                .path("resolved").asBoolean()).isTrue();
        refused(api.post(owner.token(), "/api/v1/documents/" + documentId + "/sections/" + sectionId
                + "/comments", Map.of("from", 0, "to", 3, "version", 0, "visibility", "party", "body", "x")), 400,
                "no-party");
    }

    @Test
    void whatIsSaidAboutACaucusDraftStaysInTheCaucusAfterItIsPresented() {
        Response draft = api.post(districtMember.token(), "/api/v1/workspaces/" + ws + "/proposals",
                Map.of("sectionId", sectionId, "text", "Evaluations happen every two years.", "rationale", "Less"));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String proposal = draft.text("id");
        String discussion = "/api/v1/proposals/" + proposal + "/comments";
        Response caucus = api.post(districtMember.token(), discussion,
                Map.of("body", "Our floor is three years", "visibility", "workspace"));
        assertThat(caucus.status()).as(caucus.body()).isEqualTo(201);
        assertThat(caucus.text("visibility")).isEqualTo("party");
        assertThat(api.get(districtLead.token(), discussion).json()).hasSize(1);
        refused(api.get(unionLead.token(), discussion), 404, null);
        refused(api.post(unionLead.token(), discussion, Map.of("body", "x")), 404, null);
        refused(api.get(owner.token(), discussion), 404, null);

        assertThat(api.post(districtLead.token(), "/api/v1/proposals/" + proposal + "/present", Map.of()).status())
                .isEqualTo(200);
        assertThat(api.get(unionLead.token(), discussion).json()).isEmpty();
        assertThat(api.get(owner.token(), discussion).json()).isEmpty();
        refused(api.get(unionLead.token(), "/api/v1/comments/" + caucus.text("id")), 404, "comment-not-found");
        Response atTheTable = api.post(unionLead.token(), discussion, Map.of("body", "Why two?"));
        assertThat(atTheTable.text("visibility")).isEqualTo("workspace");
        assertThat(api.get(districtMember.token(), discussion).json()).hasSize(2);
        assertThat(api.get(unionMember.token(), discussion).json()).hasSize(1);
        refused(api.post(observer.token(), discussion, Map.of("body", "x")), 403, "read-only");
        assertThat(api.get(observer.token(), discussion).json()).hasSize(1);
    }
}
