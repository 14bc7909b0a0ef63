package app.jointly.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.proposal.internal.ProposalStore;
import app.jointly.shared.DocumentId;
import app.jointly.shared.PartyId;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import app.jointly.workspace.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The bargaining table of a 60-article contract with 500 proposals (presented, countered, agreed, rejected and
 * caucus drafts): server response time of {@code GET /api/v1/documents/{id}/table}, measured over HTTP.
 * Run: {@code ./mvnw -Pbench verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=BargainingTableBenchmark}.
 */
@IntegrationTest
class BargainingTableBenchmark {

    private static final Logger log = LoggerFactory.getLogger(BargainingTableBenchmark.class);
    private static final int ARTICLES = 60;
    private static final int PROPOSALS = 500;
    private static final int WARMUP = 20;
    private static final int RUNS = 50;

    @Autowired
    TestApi api;
    @Autowired
    ProposalStore store;

    @Test
    void bargainingTableOf60ArticlesWith500Proposals() {
        TestUser owner = api.createUser("bench");
        JsonNode workspace = api.createWorkspace(owner, "Benchmark", "District", "Union");
        WorkspaceId ws = new WorkspaceId(workspace.path("id").asString());
        PartyId district = new PartyId(TestApi.partyId(workspace, "District"));
        PartyId union = new PartyId(TestApi.partyId(workspace, "Union"));
        List<Map<String, String>> sections = new ArrayList<>();
        for (int i = 1; i <= ARTICLES; i++) {
            sections.add(Map.of("heading", "Article " + i + ": Topic " + i, "markdown", legal(i, 0)));
        }
        Response created = api.post(owner.token(), "/api/v1/workspaces/" + ws.value() + "/documents",
                Map.of("title", "Master agreement", "kind", "contract", "sections", sections));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        DocumentId doc = new DocumentId(created.text("id"));
        List<SectionId> sectionIds = new ArrayList<>();
        created.json().path("sections").forEach(s -> sectionIds.add(new SectionId(s.path("id").asString())));

        long seedStart = System.nanoTime();
        seed(ws, doc, sectionIds, district, union);
        log.info("Seeded {} proposals in {} ms", PROPOSALS, (System.nanoTime() - seedStart) / 1_000_000);

        String path = "/api/v1/documents/" + doc.value() + "/table";
        for (int i = 0; i < WARMUP; i++) {
            assertThat(api.get(owner.token(), path).status()).isEqualTo(200);
        }
        long[] millis = new long[RUNS];
        Response last = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            last = api.get(owner.token(), path);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        assertThat(last.json().path("articles")).hasSize(ARTICLES);
        int listed = 0;
        for (JsonNode article : last.json().path("articles")) {
            listed += article.path("proposals").size();
        }
        Arrays.sort(millis);
        log.info("BENCHMARK bargaining table: {} articles, {} proposals ({} listed for the owner, who sees no caucus drafts), "
                + "{} bytes; over {} requests: median {} ms, p95 {} ms, max {} ms", ARTICLES, PROPOSALS, listed,
                last.body().length(), RUNS, millis[RUNS / 2], millis[(int) (RUNS * 0.95)], millis[RUNS - 1]);

        String openItems = "/api/v1/workspaces/" + ws.value() + "/open-items";
        long[] openMillis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            assertThat(api.get(owner.token(), openItems).status()).isEqualTo(200);
            openMillis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(openMillis);
        log.info("BENCHMARK open items: median {} ms, p95 {} ms, max {} ms", openMillis[RUNS / 2],
                openMillis[(int) (RUNS * 0.95)], openMillis[RUNS - 1]);
    }

    /** Chains per article: drafts, presented, countered, agreed and rejected proposals with realistic text. */
    private void seed(WorkspaceId ws, DocumentId doc, List<SectionId> sections, PartyId district, PartyId union) {
        Actor dLead = new Actor(new UserId("bench-dl"), "District Lead", Role.LEAD, Optional.of(district));
        Actor uLead = new Actor(new UserId("bench-ul"), "Union Lead", Role.LEAD, Optional.of(union));
        java.util.Set<PartyId> parties = java.util.Set.of(district, union);
        Instant now = Instant.parse("2026-11-01T09:00:00Z");
        for (int i = 0; i < PROPOSALS; i++) {
            SectionId section = sections.get(i % sections.size());
            Actor author = i % 2 == 0 ? dLead : uLead;
            Actor other = i % 2 == 0 ? uLead : dLead;
            Instant at = now.plusSeconds(i * 60L);
            Proposal p = Proposal.draft(ProposalId.newId(), ws, doc, section, author, legal(i, 1), "Rationale " + i,
                    Optional.empty(), legal(i, 0), at).proposal();
            switch (i % 5) {
                case 0 -> { }
                case 1 -> p = p.present(author, at).proposal();
                case 2 -> p = p.present(author, at).proposal().markCountered(ProposalId.newId(), other, at)
                        .proposal();
                case 3 -> p = p.present(author, at).proposal().signOff(author, parties, at).proposal()
                        .signOff(other, parties, at).proposal();
                default -> p = p.present(author, at).proposal().reject(other, at).proposal();
            }
            store.insert(p);
        }
    }

    private static String legal(int article, int variant) {
        return ("Section " + article + "." + variant + ". The District shall provide each bargaining unit member "
                + "with written notice of any change to working conditions no fewer than ten working days before "
                + "the change takes effect, and the Association shall be given the opportunity to meet and confer. ")
                .repeat(4);
    }
}
