package app.jointly.collab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.jointly.collab.internal.ChangeSet;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.TestUser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;

/**
 * The only node, on its embedded database, is killed right after its last acknowledgement (no shutdown hooks, so
 * nothing is flushed on the way out) and started again on the same data folder: every acknowledged update is there.
 */
class CollabCrashRecoveryIT {

    @TempDir
    Path dataDir;

    private static TestApi api(NodeProcess node) {
        return new TestApi(new MockEnvironment().withProperty("local.server.port", String.valueOf(node.port())));
    }

    @Test
    void everyAcknowledgedUpdateSurvivesACrashOfTheOnlyNode() throws Exception {
        TestUser owner;
        String documentId;
        String section;
        String acknowledgedText;
        int acknowledgedVersion;
        try (NodeProcess node = NodeProcess.alone(dataDir)) {
            TestApi api = api(node);
            owner = api.createUser("crash");
            JsonNode workspace = api.createWorkspace(owner, "Crash", "District", "Union");
            TestApi.Response created = api.post(owner.token(), "/api/v1/workspaces/" + workspace.path("id")
                    .asString() + "/documents", Map.of("title", "Contract", "kind", "contract",
                    "sections", List.of(Map.of("heading", "Article 1", "markdown", "Hello"))));
            documentId = created.text("id");
            section = created.json().path("sections").get(0).path("id").asString();
            try (ProtocolClient client = ProtocolClient.join(node.baseUrl(), owner.token(), section, "typist")) {
                for (int i = 0; i < 60; i++) {
                    String letter = String.valueOf((char) ('a' + i % 26));
                    client.edit(text -> ChangeSet.replace(text.length(), text.length(), text.length(), letter));
                    Thread.sleep(5);
                }
                await().atMost(Duration.ofSeconds(20)).until(client::idle);
                acknowledgedText = client.model().text();
                acknowledgedVersion = client.model().version();
            }
            node.kill();
        }
        assertThat(acknowledgedVersion).isGreaterThan(1);

        try (NodeProcess node = NodeProcess.alone(dataDir)) {
            TestApi api = api(node);
            String stored = api.get(owner.token(), "/api/v1/documents/" + documentId).json()
                    .path("sections").get(0).path("markdown").asString();
            assertThat(stored).isEqualTo(acknowledgedText);
            try (ProtocolClient client = ProtocolClient.join(node.baseUrl(), owner.token(), section, "again")) {
                assertThat(client.model().version()).isEqualTo(acknowledgedVersion);
                assertThat(client.model().text()).isEqualTo(acknowledgedText);
            }
        }
    }
}
