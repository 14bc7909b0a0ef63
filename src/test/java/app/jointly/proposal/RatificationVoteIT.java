package app.jointly.proposal;

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

/** A ratification vote attached to a tentative agreement moves it on when it closes. */
@IntegrationTest
class RatificationVoteIT {

    @Autowired
    TestApi api;

    @Test
    void passedRatificationRatifiesAndFailedOneReopens() {
        TestUser owner = api.createUser("owner");
        JsonNode workspace = api.createWorkspace(owner, "District and Union", "District", "Union");
        String ws = workspace.path("id").asString();
        TestUser districtLead = api.createUser("dlead");
        TestUser unionLead = api.createUser("ulead");
        TestUser teacher = api.createUser("teacher");
        api.addMember(owner, workspace, districtLead, "lead", "District");
        api.addMember(owner, workspace, unionLead, "lead", "Union");
        api.addMember(owner, workspace, teacher, "member", "Union");
        Response doc = api.post(owner.token(), "/api/v1/workspaces/" + ws + "/documents", Map.of(
                "title", "Master agreement", "kind", "contract", "sections", List.of(
                        Map.of("heading", "Article 20: Compensation", "markdown", "Step 1 pays 45,000."),
                        Map.of("heading", "Article 21: Leave", "markdown", "Ten days."))));
        String passingSection = doc.json().path("sections").get(0).path("id").asString();
        String failingSection = doc.json().path("sections").get(1).path("id").asString();

        String ratified = tentativeAgreement(ws, passingSection, districtLead, unionLead, "Step 1 pays 47,000.");
        closeRatification(ws, ratified, unionLead, teacher, "yes");
        assertThat(api.get(owner.token(), "/api/v1/proposals/" + ratified).text("status")).isEqualTo("ratified");

        String rejected = tentativeAgreement(ws, failingSection, districtLead, unionLead, "Twelve days.");
        closeRatification(ws, rejected, unionLead, teacher, "no");
        assertThat(api.get(owner.token(), "/api/v1/proposals/" + rejected).text("status")).isEqualTo("reopened");

        // a ratified agreement stays locked; a failed ratification opens the article again, like a reopen
        JsonNode sections = api.get(owner.token(), "/api/v1/documents/" + doc.text("id")).json().path("sections");
        assertThat(sections.get(0).path("locked").asBoolean()).isTrue();
        assertThat(sections.get(1).path("locked").asBoolean()).isFalse();
        assertThat(sections.get(1).path("markdown").asString()).isEqualTo("Twelve days.");
    }

    private String tentativeAgreement(String ws, String section, TestUser author, TestUser other, String text) {
        Response draft = api.post(author.token(), "/api/v1/workspaces/" + ws + "/proposals",
                Map.of("sectionId", section, "text", text, "rationale", "Costed"));
        String id = draft.text("id");
        assertThat(act(author, id, "present").status()).isEqualTo(200);
        assertThat(act(author, id, "sign").status()).isEqualTo(200);
        assertThat(act(other, id, "sign").text("status")).isEqualTo("tentatively_agreed");
        return id;
    }

    private void closeRatification(String ws, String proposal, TestUser lead, TestUser voter, String choice) {
        String partyId = TestApi.partyId(api.get(lead.token(), "/api/v1/workspaces/" + ws).json(), "Union");
        Response vote = api.post(lead.token(), "/api/v1/workspaces/" + ws + "/votes", Map.of(
                "question", "Ratify?", "method", "ratification", "partyId", partyId, "secret", true,
                "subject", Map.of("kind", "proposal", "id", proposal)));
        assertThat(vote.status()).as(vote.body()).isEqualTo(201);
        String voteId = vote.text("id");
        api.post(lead.token(), "/api/v1/votes/" + voteId + "/open", Map.of());
        assertThat(api.put(voter.token(), "/api/v1/votes/" + voteId + "/ballot", Map.of("choice", choice)).status())
                .isEqualTo(200);
        assertThat(api.put(lead.token(), "/api/v1/votes/" + voteId + "/ballot", Map.of("choice", choice)).status())
                .isEqualTo(200);
        Response closed = api.post(lead.token(), "/api/v1/votes/" + voteId + "/close", Map.of());
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    }

    private Response act(TestUser by, String id, String action) {
        return api.post(by.token(), "/api/v1/proposals/" + id + "/" + action, Map.of());
    }
}
