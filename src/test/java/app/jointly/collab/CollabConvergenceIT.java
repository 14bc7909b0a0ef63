package app.jointly.collab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.jointly.collab.internal.ChangeSet;
import app.jointly.collab.internal.CollabEngine;
import app.jointly.collab.internal.UpdateLog;
import app.jointly.testsupport.IntegrationTest;

import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.TestUser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Many protocol clients on two cluster members edit three sections at random, concurrently; the second member is
 * stopped mid-run and its clients reconnect to the first, keeping what they typed meanwhile. Everyone ends with
 * the server's text, which is also what MongoDB's snapshot plus log rebuild.
 */
@IntegrationTest
class CollabConvergenceIT {

    @Autowired
    TestApi api;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    CollabEngine engine;
    @Autowired
    UpdateLog updateLog;

    @Test
    void clientsOnTwoNodesConvergeAlsoWhenOneNodeStops() throws Exception {
        TestUser owner = api.createUser("convergence");
        JsonNode workspace = api.createWorkspace(owner, "Convergence", "District", "Union");
        TestApi.Response created = api.post(owner.token(), "/api/v1/workspaces/" + workspace.path("id").asString()
                + "/documents", Map.of("title", "Contract", "kind", "contract", "sections", List.of(
                Map.of("heading", "One", "markdown", "first section"),
                Map.of("heading", "Two", "markdown", "second section"),
                Map.of("heading", "Three", "markdown", ""))));
        List<String> sections = new ArrayList<>();
        created.json().path("sections").forEach(s -> sections.add(s.path("id").asString()));
        String documentId = created.text("id");

        NodeProcess second = NodeProcess.joining(context);
        List<ProtocolClient> clients = new ArrayList<>();
        List<Boolean> onSecond = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            boolean useSecond = i % 2 == 1;
            clients.add(ProtocolClient.join(useSecond ? second.baseUrl() : api.baseUrl(), owner.token(),
                    sections.get(i % sections.size()), "client-" + i));
            onSecond.add(useSecond);
        }
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService typists = Executors.newFixedThreadPool(clients.size());
        for (int i = 0; i < clients.size(); i++) {
            ProtocolClient client = clients.get(i);
            Random random = new Random(i);
            typists.submit(() -> {
                while (running.get()) {
                    client.edit(text -> randomEdit(random, text));
                    if (client.isClosed()) {
                        Thread.sleep(100);
                        client.reconnect(api.baseUrl());
                    }
                    Thread.sleep(20 + random.nextInt(40));
                }
                return null;
            });
        }
        Thread.sleep(4_000);
        second.kill();
        Thread.sleep(4_000);
        running.set(false);
        typists.shutdown();
        assertThat(typists.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        for (ProtocolClient client : clients) {
            if (client.isClosed()) {
                client.reconnect(api.baseUrl());
            }
            client.pushIfIdle();
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < clients.size(); i++) {
                ProtocolClient client = clients.get(i);
                String doc = sections.get(i % sections.size());
                CollabEngine.Joined server = engine.join(doc);
                client.pushIfIdle();
                if (!client.idle() || client.model().version() != server.version()) {
                    problems.add("client " + i + " not synced: v" + client.model().version() + "/" + server.version());
                } else if (!client.model().text().equals(server.text())) {
                    problems.add("client " + i + " on doc " + (i % sections.size()) + " differs: "
                            + firstDifference(client.model().text(), server.text()));
                }
            }
            assertThat(problems).isEmpty();
        });
        int totalVersions = 0;
        for (String doc : sections) {
            CollabEngine.Joined server = engine.join(doc);
            totalVersions += server.version();
            String rebuilt = rebuiltFromMongo(doc, server.version());
            assertThat(rebuilt.equals(server.text())).as("rebuilt from MongoDB: %s",
                    firstDifference(rebuilt, server.text())).isTrue();
        }
        assertThat(totalVersions).as("updates accepted").isGreaterThan(300);
        assertThat(onSecond).contains(true);
        JsonNode document = api.get(owner.token(), "/api/v1/documents/" + documentId).json();
        String viaApi = document.path("sections").get(0).path("markdown").asString();
        String live = engine.join(sections.get(0)).text();
        assertThat(viaApi.equals(live)).as("document API: %s", firstDifference(viaApi, live)).isTrue();
        for (ProtocolClient client : clients) {
            assertThat(client.errors()).as("errors").allSatisfy(e ->
                    assertThat(e.path("code").asString()).isIn("unavailable"));
            client.close();
        }
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 30);
        return ("lengths " + a.length() + "/" + b.length() + ", first difference at " + i + ": client ["
                + a.substring(from, Math.min(a.length(), i + 30)) + "] server ["
                + b.substring(from, Math.min(b.length(), i + 30)) + "]").chars().mapToObj(c -> c == '\n' ? "~" : c < 128 ? String.valueOf((char) c)
                        : String.format("\\u%04x", c)).collect(java.util.stream.Collectors.joining());
    }

    static int boundary(String text, int pos) {
        return pos > 0 && pos < text.length() && Character.isLowSurrogate(text.charAt(pos)) ? pos - 1 : pos;
    }

    private String rebuiltFromMongo(String doc, int version) {
        UpdateLog.Snapshot snapshot = updateLog.snapshot(doc).orElseThrow();
        String text = snapshot.text();
        for (var update : updateLog.read(doc, snapshot.version(), version)) {
            text = update.changes().apply(text);
        }
        return text;
    }

    /** A random edit that, like an editor, never splits a character (an emoji is two UTF-16 units). */
    static ChangeSet randomEdit(Random random, String text) {
        int length = text.length();
        int from = boundary(text, random.nextInt(length + 1));
        if (length > 40 && random.nextInt(3) == 0) {
            int to = boundary(text, Math.min(length, from + 1 + random.nextInt(6)));
            return ChangeSet.replace(length, from, to, random.nextInt(2) == 0 ? "" : "x");
        }
        String[] words = {"a", "the ", "union ", "district\n", "é", "😀", " "};
        return ChangeSet.replace(length, from, from, words[random.nextInt(words.length)]);
    }
}
