package app.jointly.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import tools.jackson.databind.JsonNode;

/** The proposal REST API end to end: the walk from proposal to counter to TA, and every refusal. */
@IntegrationTest
class ProposalApiIT {

    static final String ORIGINAL = "Teachers are evaluated every year by their principal.";

    @Autowired
    TestApi api;
    @Autowired
    ConfigurableApplicationContext context;

    TestUser owner;
    TestUser districtLead;
    TestUser districtMember;
    TestUser unionLead;
    TestUser unionMember;
    TestUser observer;
    TestUser outsider;
    String ws;
    JsonNode workspace;
    String doc;
    String article;

    @BeforeEach
    void table() {
        owner = api.createUser("owner");
        workspace = api.createWorkspace(owner, "Jeffco and JCEA", "District", "Union");
        ws = workspace.path("id").asString();
        districtLead = member(workspace, "dlead", "lead", "District");
        districtMember = member(workspace, "dmember", "member", "District");
        unionLead = member(workspace, "ulead", "lead", "Union");
        unionMember = member(workspace, "umember", "member", "Union");
        observer = member(workspace, "observer", "observer", null);
        outsider = api.createUser("outsider");
        Response created = api.post(owner.token(), "/api/v1/workspaces/" + ws + "/documents", Map.of(
                "title", "Master agreement", "kind", "contract", "sections", List.of(
                        Map.of("heading", "Article 12: Teacher Evaluation", "markdown", ORIGINAL),
                        Map.of("heading", "Article 13: Leave", "markdown", "Ten days of leave."))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        doc = created.text("id");
        article = created.json().path("sections").get(0).path("id").asString();
    }

    TestUser member(JsonNode workspace, String prefix, String role, String party) {
        TestUser user = api.createUser(prefix);
        api.addMember(owner, workspace, user, role, party);
        return user;
    }

    Response draft(TestUser by, String text) {
        return api.post(by.token(), "/api/v1/workspaces/" + ws + "/proposals",
                Map.of("sectionId", article, "text", text, "rationale", "Two-year cycle for veterans"));
    }

    Response act(TestUser by, String id, String action) {
        return api.post(by.token(), "/api/v1/proposals/" + id + "/" + action, Map.of());
    }

    static void refused(Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.text("error")).isEqualTo(code);
    }

    String presented(String text) {
        String id = draft(districtMember, text).text("id");
        assertThat(act(districtLead, id, "present").status()).isEqualTo(200);
        return id;
    }

    @Test
    void oneArticleFromProposalToCounterToTentativeAgreement() {
        Response created = draft(districtMember, "Teachers are evaluated every two years by their principal.");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("draft");
        assertThat(created.json().path("caucus").path("author").asString()).isEqualTo(districtMember.id());
        String proposal = created.text("id");

        refused(act(districtMember, proposal, "present"), 403, "not-party-lead");
        Response presented = act(districtLead, proposal, "present");
        assertThat(presented.text("status")).isEqualTo("presented");

        Response seenByUnion = api.get(unionMember.token(), "/api/v1/proposals/" + proposal);
        assertThat(seenByUnion.status()).isEqualTo(200);
        assertThat(seenByUnion.json().has("caucus")).as("caucus data stays behind").isFalse();
        assertThat(seenByUnion.json().has("version")).as("the version counts caucus edits").isFalse();
        assertThat(seenByUnion.body()).doesNotContain(districtMember.id());
        assertThat(seenByUnion.text("rationale")).isEqualTo("Two-year cycle for veterans");

        Response redline = api.get(unionMember.token(), "/api/v1/proposals/" + proposal + "/redline");
        assertThat(redline.json().path("againstAgreed").path("html").asString()).contains("<del")
                .contains("deleted: ").contains("inserted: ");

        Response counter = api.post(unionMember.token(), "/api/v1/proposals/" + proposal + "/counter",
                Map.of("text", "Teachers are evaluated every two years by a trained peer.", "rationale", "Peers"));
        assertThat(counter.status()).as(counter.body()).isEqualTo(201);
        assertThat(counter.text("counters")).isEqualTo(proposal);
        assertThat(counter.text("baseText")).isEqualTo("Teachers are evaluated every two years by their principal.");
        String counterId = counter.text("id");
        assertThat(api.get(districtLead.token(), "/api/v1/proposals/" + counterId).status()).isEqualTo(404);
        assertThat(act(unionLead, counterId, "present").text("status")).isEqualTo("presented");
        assertThat(api.get(districtLead.token(), "/api/v1/proposals/" + proposal).text("status"))
                .isEqualTo("countered");

        Response counterRedline = api.get(districtLead.token(), "/api/v1/proposals/" + counterId + "/redline");
        assertThat(counterRedline.json().path("againstCountered").path("segments").toString())
                .contains("trained peer").contains("\"their principal\"");

        assertThat(act(districtLead, counterId, "sign").status()).isEqualTo(200);
        refused(act(districtLead, counterId, "sign"), 409, "already-signed");
        refused(act(unionMember, counterId, "sign"), 403, "not-a-lead");
        Response agreed = act(unionLead, counterId, "sign");
        assertThat(agreed.text("status")).isEqualTo("tentatively_agreed");
        assertThat(agreed.json().path("signOffs")).hasSize(2);
        assertThat(agreed.json().path("signOffs").get(0).path("name").asString()).isNotBlank();

        Response document = api.get(owner.token(), "/api/v1/documents/" + doc);
        assertThat(document.json().path("sections").get(0).path("markdown").asString())
                .isEqualTo("Teachers are evaluated every two years by a trained peer.");
        // once agreed, the counter still compares against the agreed text as it was when it was made, not against
        // the proposal it countered (nor against its own text, which is the agreed text now)
        JsonNode taRedline = api.get(districtLead.token(), "/api/v1/proposals/" + counterId + "/redline").json()
                .path("againstAgreed");
        StringBuilder oldSide = new StringBuilder();
        taRedline.path("segments").forEach(seg -> oldSide.append("insert".equals(seg.path("kind").asString())
                ? "" : seg.path("text").asString()));
        assertThat(oldSide).hasToString(ORIGINAL);
        assertThat(taRedline.path("html").asString()).contains("<ins");
        refused(api.put(unionLead.token(), "/api/v1/proposals/" + counterId,
                Map.of("text", "changed", "version", agreed.json().path("version").asLong())), 409, "not-a-draft");

        Response table = api.get(observer.token(), "/api/v1/documents/" + doc + "/table");
        JsonNode chain = table.json().path("articles").get(0).path("proposals");
        assertThat(chain).hasSize(2);
        assertThat(chain.get(0).path("status").asString()).isEqualTo("countered");
        assertThat(chain.get(1).path("status").asString()).isEqualTo("tentatively_agreed");
        assertThat(api.get(observer.token(), "/api/v1/workspaces/" + ws + "/open-items").json()).isEmpty();
    }

    @Test
    void aDraftIsInvisibleToOtherPartiesThroughTheApi() {
        String id = draft(districtMember, "Secret caucus language").text("id");
        for (TestUser other : List.of(unionLead, unionMember, observer, owner, outsider)) {
            refused(api.get(other.token(), "/api/v1/proposals/" + id), 404, "proposal-not-found");
            assertThat(api.get(other.token(), "/api/v1/proposals/" + id + "/redline").status()).isEqualTo(404);
            assertThat(api.put(other.token(), "/api/v1/proposals/" + id,
                    Map.of("text", "x", "version", 0)).status()).isEqualTo(404);
            for (String action : List.of("present", "withdraw", "reject", "sign", "counter")) {
                assertThat(act(other, id, action).status()).as(action).isEqualTo(404);
            }
        }
        for (TestUser other : List.of(unionLead, observer, owner)) {
            assertThat(api.get(other.token(), "/api/v1/documents/" + doc + "/table").body()).doesNotContain(id);
            assertThat(api.get(other.token(), "/api/v1/workspaces/" + ws + "/proposals/drafts").body())
                    .doesNotContain(id);
            assertThat(api.get(other.token(), "/api/v1/workspaces/" + ws + "/open-items").body())
                    .doesNotContain(id);
        }
        assertThat(api.get(districtLead.token(), "/api/v1/documents/" + doc + "/table").body()).contains(id);
        assertThat(api.get(districtLead.token(), "/api/v1/workspaces/" + ws + "/proposals/drafts").body())
                .contains(id);
        assertThat(api.get(outsider.token(), "/api/v1/documents/" + doc + "/table").status()).isEqualTo(404);
    }

    @Test
    void draftChangeNoticesAreCaucusOnly() {
        List<ProposalChanged> heard = new CopyOnWriteArrayList<>();
        ApplicationListener<PayloadApplicationEvent<ProposalChanged>> listener = e -> heard.add(e.getPayload());
        context.addApplicationListener(listener);
        try {
            Response created = draft(districtMember, "Draft words");
            String id = created.text("id");
            api.put(districtMember.token(), "/api/v1/proposals/" + id,
                    Map.of("text", "Other words", "rationale", "r", "version", created.json().path("version").asLong()));
            List<ProposalChanged> mine = heard.stream().filter(c -> c.proposalId().value().equals(id)).toList();
            assertThat(mine).hasSize(2).allMatch(ProposalChanged::caucusOnly);
            assertThat(mine).noneMatch(c -> c.audibleTo(java.util.Optional.of(
                    new app.jointly.shared.PartyId(TestApi.partyId(workspace, "Union")))));
            act(districtLead, id, "present");
            assertThat(heard.stream().filter(c -> c.proposalId().value().equals(id)).toList()).last()
                    .matches(c -> !c.caucusOnly());
        } finally {
            context.removeApplicationListener(listener);
        }
    }

    @Test
    void refusalsByPartyRoleAndState() {
        String id = presented(ORIGINAL + " Amended.");
        refused(act(districtLead, id, "reject"), 403, "not-other-party-lead");
        refused(act(unionMember, id, "reject"), 403, "not-other-party-lead");
        refused(act(unionLead, id, "withdraw"), 403, "not-party-lead");
        refused(act(districtMember, id, "counter"), 403, "not-other-party");
        refused(act(observer, id, "counter"), 403, "not-other-party");
        refused(act(observer, id, "sign"), 403, "not-a-lead");
        assertThat(api.get(outsider.token(), "/api/v1/proposals/" + id).status()).isEqualTo(404);
        assertThat(act(unionLead, id, "reject").text("status")).isEqualTo("rejected");
        refused(act(unionLead, id, "sign"), 409, "not-open");
        refused(act(districtLead, id, "withdraw"), 409, "not-open");
        refused(act(districtLead, id, "reopen-requests"), 409, "not-agreed");

        Response other = draft(districtMember, "First");
        String draftId = other.text("id");
        long version = other.json().path("version").asLong();
        assertThat(api.put(districtMember.token(), "/api/v1/proposals/" + draftId,
                Map.of("text", "Second", "version", version)).status()).isEqualTo(200);
        refused(api.put(districtLead.token(), "/api/v1/proposals/" + draftId,
                Map.of("text", "Third", "version", version)), 409, "stale-version");
        refused(draft(districtMember, "x".repeat(100_001)), 413, "text-too-long");
        refused(draft(observer, "words"), 403, "no-party");
        refused(api.post(districtMember.token(), "/api/v1/workspaces/" + ws + "/proposals",
                Map.of("sectionId", "no-such-section", "text", "t")), 404, "section-not-found");
    }

    @Test
    void reopeningATentativeAgreementNeedsEveryLead() {
        String id = presented("Agreed words.");
        act(districtLead, id, "sign");
        assertThat(act(unionLead, id, "sign").text("status")).isEqualTo("tentatively_agreed");
        refused(act(unionMember, id, "reopen-requests"), 403, "not-a-lead");
        refused(act(unionLead, id, "reopen-consents"), 409, "no-reopen-request");
        assertThat(act(unionLead, id, "reopen-requests").text("status")).isEqualTo("tentatively_agreed");
        refused(act(unionLead, id, "reopen-consents"), 409, "already-consented");
        Response reopened = act(districtLead, id, "reopen-consents");
        assertThat(reopened.text("status")).isEqualTo("reopened");
        assertThat(reopened.json().path("reopenConsents")).hasSize(2);
    }

    @Test
    void concurrentSignOffsAreBothKept() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String id = presented("Round " + round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> results = new ArrayList<>();
                for (TestUser lead : List.of(districtLead, unionLead)) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return act(lead, id, "sign");
                    }));
                }
                start.countDown();
                for (Future<Response> result : results) {
                    assertThat(result.get().status()).as(result.get().body()).isEqualTo(200);
                }
                Response after = api.get(districtLead.token(), "/api/v1/proposals/" + id);
                assertThat(after.text("status")).isEqualTo("tentatively_agreed");
                assertThat(after.json().path("signOffs")).hasSize(2);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
