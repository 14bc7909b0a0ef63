package app.jointly.vote;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The votes and decision-log REST API, with the same refusals as the services. */
@IntegrationTest
class VotesAndDecisionsApiIT {

    @Autowired
    TestApi api;

    @Test
    void secretRatificationThroughTheApiNeverShowsAChoiceAndIsLoggedWhenClosed() {
        TestUser owner = api.createUser("owner");
        TestUser lead = api.createUser("lead");
        TestUser teacher = api.createUser("teacher");
        TestUser observer = api.createUser("observer");
        TestUser outsider = api.createUser("outsider");
        JsonNode ws = api.createWorkspace(owner, "District and Union", "District", "Union");
        String wsId = ws.path("id").asString();
        api.addMember(owner, ws, lead, "lead", "Union");
        api.addMember(owner, ws, teacher, "member", "Union");
        api.addMember(owner, ws, observer, "observer", null);

        Map<String, Object> spec = Map.of("question", "Ratify?", "method", "ratification",
                "partyId", TestApi.partyId(ws, "Union"), "secret", true);
        assertThat(api.post(teacher.token(), "/api/v1/workspaces/" + wsId + "/votes", spec).status()).isEqualTo(403);
        assertThat(api.post(outsider.token(), "/api/v1/workspaces/" + wsId + "/votes", spec).status()).isEqualTo(404);
        Response created = api.post(lead.token(), "/api/v1/workspaces/" + wsId + "/votes", spec);
        assertThat(created.status()).isEqualTo(201);
        String voteId = created.text("id");
        assertThat(api.put(teacher.token(), "/api/v1/votes/" + voteId + "/ballot", Map.of("choice", "yes"))
                .text("error")).isEqualTo("vote-not-open");
        assertThat(api.post(lead.token(), "/api/v1/votes/" + voteId + "/open", Map.of()).text("status"))
                .isEqualTo("open");

        Response cast = api.put(teacher.token(), "/api/v1/votes/" + voteId + "/ballot", Map.of("choice", "yes"));
        assertThat(cast.status()).isEqualTo(200);
        String receipt = cast.text("receipt");
        assertThat(receipt).matches("[0-9a-f]{4}(-[0-9a-f]{4}){7}");
        assertThat(api.get(teacher.token(), "/api/v1/votes/" + voteId + "/receipts/" + receipt).text("error"))
                .isEqualTo("vote-not-closed");
        Response again = api.put(teacher.token(), "/api/v1/votes/" + voteId + "/ballot", Map.of("choice", "no"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("error")).isEqualTo("already-voted");
        assertThat(api.put(observer.token(), "/api/v1/votes/" + voteId + "/ballot", Map.of("choice", "no"))
                .status()).isEqualTo(403);
        assertThat(api.get(outsider.token(), "/api/v1/votes/" + voteId).status()).isEqualTo(404);

        Response live = api.get(owner.token(), "/api/v1/votes/" + voteId + "/result");
        assertThat(live.json().path("countsHidden").asBoolean()).isTrue();
        assertThat(live.json().path("turnout").asLong()).isEqualTo(1);
        assertThat(live.body()).doesNotContain("\"yes\"");
        assertThat(api.get(owner.token(), "/api/v1/votes/" + voteId + "/ballots").text("error"))
                .isEqualTo("secret-ballot");
        assertThat(api.get(teacher.token(), "/api/v1/votes/" + voteId + "/ballot").json().path("choice").isNull())
                .isTrue();

        assertThat(api.post(teacher.token(), "/api/v1/votes/" + voteId + "/close", Map.of()).status()).isEqualTo(403);
        api.post(lead.token(), "/api/v1/votes/" + voteId + "/close", Map.of());
        JsonNode result = api.get(teacher.token(), "/api/v1/votes/" + voteId + "/result").json();
        assertThat(result.path("finalResult").asBoolean()).isTrue();
        assertThat(result.path("outcome").asString()).isEqualTo("passed");
        assertThat(result.path("counts").path("yes").asLong()).isEqualTo(1);
        assertThat(result.path("electorateSize").asInt()).isEqualTo(2);
        assertThat(result.path("eligible")).hasSize(2);
        assertThat(result.toString()).doesNotContain(teacher.id() + "\":");
        Response counted = api.get(observer.token(), "/api/v1/votes/" + voteId + "/receipts/" + receipt);
        assertThat(counted.status()).isEqualTo(200);
        assertThat(counted.json().path("counted").asBoolean()).isTrue();
        assertThat(api.get(outsider.token(), "/api/v1/votes/" + voteId + "/receipts/" + receipt).status())
                .isEqualTo(404);
        Response bad = api.get(observer.token(), "/api/v1/votes/" + voteId + "/receipts/" + "x".repeat(300));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("error")).isEqualTo("invalid-receipt");

        JsonNode log = api.get(observer.token(), "/api/v1/workspaces/" + wsId + "/decisions").json();
        assertThat(log).hasSize(1);
        assertThat(log.get(0).path("voteId").asString()).isEqualTo(voteId);
    }

    @Test
    void decisionLogThroughTheApi() {
        TestUser owner = api.createUser("owner");
        TestUser commenter = api.createUser("commenter");
        JsonNode ws = api.createWorkspace(owner, "Lincoln Elementary leadership team", "Staff");
        String wsId = ws.path("id").asString();
        api.addMember(owner, ws, commenter, "commenter", null);
        String base = "/api/v1/workspaces/" + wsId + "/decisions";
        Map<String, Object> body = Map.of("decision", "=1+1 Start at 8:30", "rationale", "Buses",
                "tags", List.of("Schedule"), "followUps", List.of(Map.of("description", "Tell parents",
                        "owner", "Office", "due", "2026-12-01")));
        assertThat(api.post(commenter.token(), base, body).status()).isEqualTo(403);
        Response first = api.post(owner.token(), base, body);
        assertThat(first.status()).isEqualTo(201);
        String firstId = first.text("id");
        Response correction = api.post(owner.token(), base, Map.of("decision", "Start at 8:45",
                "supersedes", firstId));
        assertThat(correction.json().path("seq").asLong()).isEqualTo(2);

        JsonNode all = api.get(commenter.token(), base).json();
        assertThat(all).hasSize(2);
        assertThat(all.get(1).path("supersededBySeq").get(0).asLong()).isEqualTo(2);
        assertThat(api.get(owner.token(), base + "?followUps=open").json()).hasSize(1);
        assertThat(api.get(owner.token(), base + "?tag=schedule").json()).hasSize(1);
        assertThat(api.get(owner.token(), base + "?from=2030-01-01").json()).isEmpty();
        assertThat(api.post(owner.token(), "/api/v1/decisions/" + firstId + "/actions/1/done", Map.of()).status())
                .isEqualTo(200);
        assertThat(api.get(owner.token(), base + "?followUps=done").json()).hasSize(1);

        JsonNode verify = api.get(commenter.token(), base + "/verify").json();
        assertThat(verify.path("intact").asBoolean()).isTrue();
        assertThat(verify.path("entriesChecked").asLong()).isEqualTo(2);
        Response csv = api.get(owner.token(), base + "/export?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("\"'=1+1 Start at 8:30\"");
        assertThat(api.get(owner.token(), base + "/export?format=md").body()).contains("## #2");
        assertThat(api.get(owner.token(), base + "/export?format=xls").status()).isEqualTo(400);
    }
}
