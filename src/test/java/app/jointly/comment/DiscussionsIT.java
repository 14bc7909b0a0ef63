package app.jointly.comment;

import static app.jointly.comment.PassageCommentsIT.refused;
import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A vote's discussion, and its outcome statement: written by the vote's creator once it closed, shown with the
 * result, and logged as a new decision entry linked to the vote's (the vote's own entry unchanged).
 */
@IntegrationTest
class DiscussionsIT {

    @Autowired
    TestApi api;

    @Test
    void aVoteHasADiscussionAndItsCreatorStatesTheOutcomeIntoTheDecisionLog() {
        TestUser owner = api.createUser("owner");
        TestUser member = api.createUser("member");
        TestUser observer = api.createUser("observer");
        TestUser outsider = api.createUser("outsider");
        JsonNode ws = api.createWorkspace(owner, "Board", "District", "Union");
        String wsId = ws.path("id").asString();
        api.addMember(owner, ws, member, "member", "Union");
        api.addMember(owner, ws, observer, "observer", null);
        Response created = api.post(owner.token(), "/api/v1/workspaces/" + wsId + "/votes",
                Map.of("question", "Adopt the calendar?", "method", "majority"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String vote = created.text("id");
        String discussion = "/api/v1/votes/" + vote + "/comments";

        Response said = api.post(member.token(), discussion, Map.of("body", "I will vote *yes*: it keeps spring break."));
        assertThat(said.status()).as(said.body()).isEqualTo(201);
        assertThat(said.json().path("bodyHtml").asString()).contains("<em>yes</em>");
        assertThat(said.json().path("target").path("kind").asString()).isEqualTo("vote");
        assertThat(said.json().path("from").isNull()).isTrue();
        assertThat(api.get(observer.token(), discussion).json()).hasSize(1);
        refused(api.post(observer.token(), discussion, Map.of("body", "x")), 403, "read-only");
        refused(api.get(outsider.token(), discussion), 404, "vote-not-found");
        refused(api.post(outsider.token(), discussion, Map.of("body", "x")), 404, "vote-not-found");
        refused(api.post(member.token(), discussion, Map.of("body", "x".repeat(CommentLimits.MAX_BODY + 1))), 413,
                "comment-too-long");
        String outcome = "/api/v1/votes/" + vote + "/outcome";
        refused(api.put(owner.token(), outcome, Map.of("statement", "Too early")), 409, "vote-not-closed");

        api.post(owner.token(), "/api/v1/votes/" + vote + "/open", Map.of());
        api.put(member.token(), "/api/v1/votes/" + vote + "/ballot", Map.of("choice", "yes"));
        api.post(owner.token(), "/api/v1/votes/" + vote + "/close", Map.of());
        refused(api.put(member.token(), outcome, Map.of("statement", "Mine")), 403, "not-vote-creator");
        refused(api.put(outsider.token(), outcome, Map.of("statement", "x")), 404, "vote-not-found");
        refused(api.put(owner.token(), outcome, Map.of("statement", "x".repeat(4_001))), 413, "statement-too-long");
        refused(api.put(owner.token(), outcome, Map.of("statement", " ")), 400, "empty-statement");
        Response stated = api.put(owner.token(), outcome, Map.of("statement", "Adopted; the calendar starts in August."));
        assertThat(stated.status()).as(stated.body()).isEqualTo(200);
        assertThat(stated.json().path("revision").asInt()).isEqualTo(1);

        JsonNode result = api.get(member.token(), "/api/v1/votes/" + vote + "/result").json();
        assertThat(result.path("outcome").asString()).isEqualTo("passed");
        assertThat(result.path("outcomeStatement").asString()).isEqualTo("Adopted; the calendar starts in August.");

        JsonNode log = api.get(owner.token(), "/api/v1/workspaces/" + wsId + "/decisions").json();
        JsonNode voteEntry = null;
        JsonNode statementEntry = null;
        for (JsonNode entry : log) {
            if (entry.toString().contains("calendar starts in August")) {
                statementEntry = entry;
            } else if (entry.toString().contains(vote)) {
                voteEntry = entry;
            }
        }
        assertThat(voteEntry).as(log.toString()).isNotNull();
        assertThat(statementEntry).as(log.toString()).isNotNull();
        assertThat(statementEntry.toString()).contains(vote).contains("outcome-statement");
        assertThat(voteEntry.toString()).doesNotContain("calendar starts in August");
        assertThat(api.get(owner.token(), "/api/v1/workspaces/" + wsId + "/decisions/verify").json()
                .path("intact").asBoolean()).isTrue();

        // a rewording shows instead and is logged as one more entry; the log only grows
        api.put(owner.token(), outcome, Map.of("statement", "Adopted; the calendar starts on 18 August."));
        assertThat(api.get(member.token(), "/api/v1/votes/" + vote + "/result").json().path("outcomeStatement")
                .asString()).isEqualTo("Adopted; the calendar starts on 18 August.");
        assertThat(api.get(owner.token(), "/api/v1/workspaces/" + wsId + "/decisions").json())
                .hasSize(log.size() + 1);
    }
}
