package app.jointly.decision;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.proposal.ProposalId;
import app.jointly.proposal.SignOff;
import app.jointly.proposal.TentativeAgreementReached;
import app.jointly.shared.PartyId;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;

/** A tentative agreement reached through the proposal API writes one automatic decision-log entry. */
@IntegrationTest
class TentativeAgreementLogIT {

    @Autowired
    TestApi api;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void tentativeAgreementIsLoggedOnceWithArticleSignersAndLink() {
        TestUser owner = api.createUser("owner");
        JsonNode workspace = api.createWorkspace(owner, "District and Union", "District", "Union");
        String ws = workspace.path("id").asString();
        TestUser districtLead = api.createUser("dlead");
        TestUser unionLead = api.createUser("ulead");
        api.addMember(owner, workspace, districtLead, "lead", "District");
        api.addMember(owner, workspace, unionLead, "lead", "Union");
        Response doc = api.post(owner.token(), "/api/v1/workspaces/" + ws + "/documents", Map.of(
                "title", "Master agreement", "kind", "contract", "sections", List.of(
                        Map.of("heading", "Article 12: Teacher Evaluation", "markdown", "Every year."))));
        assertThat(doc.status()).as(doc.body()).isEqualTo(201);
        String section = doc.json().path("sections").get(0).path("id").asString();

        Response draft = api.post(districtLead.token(), "/api/v1/workspaces/" + ws + "/proposals",
                Map.of("sectionId", section, "text", "Every two years.", "rationale", "Veterans"));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String proposal = draft.text("id");
        assertThat(act(districtLead, proposal, "present").status()).isEqualTo(200);
        assertThat(act(districtLead, proposal, "sign").status()).isEqualTo(200);
        String decisions = "/api/v1/workspaces/" + ws + "/decisions";
        assertThat(api.get(owner.token(), decisions).json()).as("no entry before every party signed").isEmpty();
        Response agreed = act(unionLead, proposal, "sign");
        assertThat(agreed.text("status")).isEqualTo("tentatively_agreed");

        JsonNode log = api.get(owner.token(), decisions).json();
        assertThat(log).hasSize(1);
        JsonNode entry = log.get(0);
        assertThat(entry.path("decision").asString()).contains("Article 12: Teacher Evaluation")
                .contains("District (").contains("Union (");
        assertThat(entry.path("proposalId").asString()).isEqualTo(proposal);
        assertThat(entry.path("taRef").asString()).startsWith(proposal + ":");
        assertThat(entry.path("concurringParties")).hasSize(2);
        assertThat(entry.path("source").asString()).isEqualTo("ta");

        // The same TA delivered again (as a relay to another node would) adds nothing.
        events.publishEvent(sameTaAgain(ws, proposal, section, entry.path("taRef").asString(),
                agreed.json().path("signOffs")));
        assertThat(api.get(owner.token(), decisions).json()).hasSize(1);

        JsonNode verify = api.get(owner.token(), decisions + "/verify").json();
        assertThat(verify.path("intact").asBoolean()).isTrue();
        assertThat(verify.path("entriesChecked").asLong()).isEqualTo(1);
    }

    private Response act(TestUser by, String id, String action) {
        return api.post(by.token(), "/api/v1/proposals/" + id + "/" + action, Map.of());
    }

    private static TentativeAgreementReached sameTaAgain(String ws, String proposal, String section, String taRef,
            JsonNode signOffs) {
        Instant at = Instant.ofEpochMilli(Long.parseLong(taRef.substring(taRef.lastIndexOf(':') + 1)));
        List<SignOff> signers = new ArrayList<>();
        for (JsonNode s : signOffs) {
            signers.add(new SignOff(new PartyId(s.path("party").asString()), new UserId(s.path("lead").asString()),
                    s.path("name").asString(), Instant.parse(s.path("at").asString())));
        }
        return new TentativeAgreementReached(new WorkspaceId(ws), new ProposalId(proposal), new SectionId(section),
                signers, "hash", at);
    }
}
