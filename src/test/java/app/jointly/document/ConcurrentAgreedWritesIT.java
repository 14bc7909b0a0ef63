package app.jointly.document;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.TestUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Tentative agreements on several articles of one contract land at the same moment (a bargaining session
 * signs off a batch, or a crash leaves several to be redelivered at once): every article keeps its agreed text,
 * none is overwritten by a write made against an older read of the document.
 */
@IntegrationTest
class ConcurrentAgreedWritesIT {

    private static final int ARTICLES = 12;

    @Autowired
    TestApi api;

    @Autowired
    DocumentDirectory directory;

    @Test
    void agreementsWrittenAtOnceOnOneDocumentAreAllKept() throws Exception {
        TestUser owner = api.createUser("concurrent-owner");
        String workspace = api.createWorkspace(owner, "Concurrent", "District", "Union").path("id").asString();
        JsonNode created = api.post(owner.token(), "/api/v1/workspaces/" + workspace + "/documents", Map.of(
                "title", "Contract", "kind", "contract", "sections", IntStream.range(0, ARTICLES)
                        .mapToObj(i -> Map.of("heading", "Article " + i, "markdown", "Original " + i)).toList()))
                .json();
        String document = created.path("id").asString();
        List<String> sections = new ArrayList<>();
        created.path("sections").forEach(s -> sections.add(s.path("id").asString()));

        for (int round = 0; round < 3; round++) {
            int r = round;
            CountDownLatch start = new CountDownLatch(1);
            try (ExecutorService pool = Executors.newFixedThreadPool(ARTICLES)) {
                List<Future<?>> writes = new ArrayList<>();
                for (int i = 0; i < ARTICLES; i++) {
                    int article = i;
                    writes.add(pool.submit(() -> {
                        start.await();
                        String key = "agreement-" + r + "-" + article;
                        directory.replaceAgreedText(new SectionId(sections.get(article)), "Agreed " + r + "/"
                                + article, new UserId(owner.id()), key);
                        if (r < 2) {
                            directory.releaseAgreedText(new SectionId(sections.get(article)), key,
                                    new UserId(owner.id()));
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> write : writes) {
                    write.get();
                }
            }
            JsonNode stored = api.get(owner.token(), "/api/v1/documents/" + document).json();
            for (int i = 0; i < ARTICLES; i++) {
                JsonNode section = stored.path("sections").get(i);
                assertThat(section.path("markdown").asString()).as("round %d, article %d", r, i)
                        .isEqualTo("Agreed " + r + "/" + i);
                assertThat(section.path("locked").asBoolean()).as("round %d, article %d locked", r, i)
                        .isEqualTo(r == 2);
            }
        }
    }
}
