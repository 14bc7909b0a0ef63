package app.jointly.document;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The version history of a 60-article contract after 1,000 versions (two people taking turns, so every edit starts a
 * version): server response time of {@code GET /api/v1/documents/{id}/versions} over HTTP, and how much a version
 * stores. Run: {@code ./mvnw -Pproduction,bench verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=VersionHistoryBenchmark}.
 */
@IntegrationTest
class VersionHistoryBenchmark {

    private static final Logger log = LoggerFactory.getLogger(VersionHistoryBenchmark.class);
    private static final int ARTICLES = 60;
    private static final int VERSIONS = 1000;
    private static final int WARMUP = 10;
    private static final int RUNS = 30;

    @Autowired
    TestApi api;
    @Autowired
    MongoTemplate mongo;

    @Test
    void listingOneThousandVersionsOfA60ArticleContract() {
        TestUser owner = api.createUser("bench-versions");
        TestUser other = api.createUser("bench-versions-2");
        JsonNode workspace = api.createWorkspace(owner, "Versions benchmark", "District", "Union");
        api.addMember(owner, workspace, other, "member", "Union");
        List<Map<String, String>> sections = new ArrayList<>();
        for (int i = 1; i <= ARTICLES; i++) {
            sections.add(Map.of("heading", "Article " + i + ": Topic " + i, "markdown", legal(i, 0)));
        }
        Response created = api.post(owner.token(), "/api/v1/workspaces/" + workspace.path("id").asString()
                + "/documents", Map.of("title", "Master agreement", "kind", "contract", "sections", sections));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String doc = created.text("id");
        List<String> sectionIds = new ArrayList<>();
        created.json().path("sections").forEach(s -> sectionIds.add(s.path("id").asString()));

        long seedStart = System.nanoTime();
        for (int i = 1; i < VERSIONS; i++) {
            TestUser by = i % 2 == 0 ? owner : other;
            Response edited = api.put(by.token(), "/api/v1/documents/" + doc + "/sections/"
                    + sectionIds.get(i % ARTICLES), Map.of("markdown", legal(i % ARTICLES + 1, i)));
            assertThat(edited.status()).isEqualTo(200);
        }
        log.info("Seeded {} versions by REST edits in {} ms", VERSIONS, (System.nanoTime() - seedStart) / 1_000_000);

        String path = "/api/v1/documents/" + doc + "/versions";
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
        assertThat(last.json()).hasSize(VERSIONS);
        Arrays.sort(millis);
        long revisions = mongo.getCollection("section_revisions").countDocuments(
                new org.bson.Document("documentId", doc));
        log.info("BENCHMARK version history: {} articles, {} versions listed ({} bytes), {} section revisions "
                + "stored (one per changed text, not one per section per version); over {} requests: median {} ms, "
                + "p95 {} ms, max {} ms", ARTICLES, last.json().size(), last.body().length(), revisions, RUNS,
                millis[RUNS / 2], millis[(int) (RUNS * 0.95)], millis[RUNS - 1]);
        assertThat(revisions).isEqualTo(ARTICLES + VERSIONS - 1L);
    }

    private static String legal(int article, int variant) {
        return ("Section " + article + "." + variant + ". The District shall provide each bargaining unit member "
                + "with written notice of any change to working conditions no fewer than ten working days before "
                + "the change takes effect, and the Association shall be given the opportunity to meet and confer. ")
                .repeat(4);
    }
}
