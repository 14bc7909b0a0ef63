package app.jointly.collab;

import app.jointly.collab.internal.ChangeSet;
import app.jointly.collab.internal.CollabEngine;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.TestUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Co-editing benchmark (prints figures, asserts nothing about time): 200 protocol clients on 20 sections over two
 * nodes typing 5 updates per second each, measured after a warm-up at the same load (figures of the warm-up are
 * printed apart); heap per idle connected client on the second node; then one node alone
 * at full speed. Run: {@code ./mvnw -Pbench verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=CollabBenchmark}. Figures in docs/benchmarks.md.
 */
@IntegrationTest
class CollabBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CollabBenchmark.class);

    @Autowired
    TestApi api;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    CollabEngine engine;

    LatencyRecorder recorder;
    /** When measuring began: latencies of pushes sent and keystrokes made before it are the warm-up's. */
    volatile long measureFrom = Long.MAX_VALUE;

    @Test
    void benchmark() throws Exception {
        int clientsCount = Integer.getInteger("bench.clients", 200);
        int docsCount = Integer.getInteger("bench.docs", 20);
        int seconds = Integer.getInteger("bench.seconds", 30);
        double rate = Double.parseDouble(System.getProperty("bench.rate", "5"));
        int warmup = Integer.getInteger("bench.warmup", 90);
        TestUser owner = api.createUser("bench");
        List<String> docs = sections(owner, docsCount);
        try (NodeProcess second = NodeProcess.joining(context)) {
            List<ProtocolClient> clients = new ArrayList<>();
            for (int i = 0; i < clientsCount; i++) {
                String doc = docs.get(i % docs.size());
                clients.add(ProtocolClient.join(i % 2 == 0 ? api.baseUrl() : second.baseUrl(), owner.token(), doc,
                        "bench-" + i));
            }
            // room for every sample of the run and the convergence after it, allocated before anything is typed
            int span = warmup + seconds + 60;
            int clientsPerDoc = (clientsCount + docsCount - 1) / docsCount;
            recorder = new LatencyRecorder(docs, clients.stream().map(ProtocolClient::clientId).toList(),
                    (int) (rate * clientsPerDoc * span * 1.5) + 1_000, (int) (rate * span) + 100,
                    (int) (rate * clientsCount * clientsPerDoc * span));
            for (int i = 0; i < clientsCount; i++) {
                clients.get(i).timing(timing(docs.get(i % docs.size())));
            }
            int startVersions = totalVersion(docs);
            ScheduledExecutorService typists = Executors.newScheduledThreadPool(4);
            AtomicBoolean running = new AtomicBoolean(true);
            long periodMicros = (long) (1_000_000 / rate);
            Random random = new Random(1);
            for (ProtocolClient client : clients) {
                String clientId = client.clientId();
                typists.scheduleAtFixedRate(() -> {
                    if (running.get()) {
                        recorder.edited(clientId, System.nanoTime());
                        client.edit(text -> typing(text, random));
                    }
                }, random.nextInt((int) periodMicros), periodMicros, TimeUnit.MICROSECONDS);
            }
            // freshly started JVMs compile the hot paths during the first seconds; that is not steady state
            Thread.sleep(warmup * 1000L);
            int measuredFromVersions = totalVersion(docs);
            long start = System.nanoTime();
            measureFrom = start;
            Thread.sleep(seconds * 1000L);
            running.set(false);
            typists.shutdown();
            typists.awaitTermination(10, TimeUnit.SECONDS);
            double elapsed = (System.nanoTime() - start) / 1e9;
            boolean converged = awaitConvergence(clients, docs);
            int accepted = totalVersion(docs) - measuredFromVersions;
            log.info("BENCH two nodes: {} clients, {} sections, {} updates/s each for {} s after {} s of warm-up",
                    clientsCount, docsCount, rate, seconds, warmup);
            log.info("BENCH updates accepted during warm-up and measurement: {}", totalVersion(docs) - startVersions);
            log.info("BENCH accepted updates: {} ({} per second, durable before acknowledged)", accepted,
                    String.format("%.0f", accepted / elapsed));
            logLatency();
            log.info("BENCH converged: {}", converged);
            if (recorder.dropped() > 0) {
                log.warn("BENCH samples left out (arrays sized too small): {}", recorder.dropped());
            }
            clients.forEach(ProtocolClient::close);

            idleHeap(second, owner, docs);
        }
        maxThroughput(owner, docs);
    }

    private ProtocolClient.Timing timing(String doc) {
        // the n-th update a client receives from another is that one's n-th edit (each edit is one update, every
        // update is accepted once, and clients receive a text's updates in order)
        // counted in place: a new boxed count per receipt would be one more new object referenced from an old one
        Map<String, int[]> receivedFrom = new HashMap<>();
        return new ProtocolClient.Timing() {
            @Override
            public void accepted(int from, int to, long sentNanos) {
                recorder.accepted(doc, from, to, sentNanos);
            }

            @Override
            public void received(String sender, int version, long nanos) {
                int nth = receivedFrom.computeIfAbsent(sender, k -> new int[1])[0]++;
                recorder.received(doc, version, nanos, sender, nth);
            }
        };
    }

    private void logLatency() {
        List<long[]> propagation = recorder.propagation();
        List<long[]> typing = recorder.typing();
        logPercentiles("warm-up propagation push->other client", propagation, false);
        logPercentiles("propagation push->other client", propagation, true);
        logPercentiles("typing keystroke->other client", typing, true);
        logPerWindow(propagation);
    }

    /** {@code samples} are {start, latency} pairs; measured ones started after the warm-up. */
    private void logPercentiles(String what, List<long[]> samples, boolean measured) {
        long[] sorted = samples.stream().filter(s -> (s[0] >= measureFrom) == measured).mapToLong(s -> s[1])
                .sorted().toArray();
        if (sorted.length == 0) {
            log.info("BENCH {}: no samples", what);
            return;
        }
        log.info("BENCH {}: samples {}, p50 {} ms, p99 {} ms, max {} ms", what, sorted.length,
                ms(sorted[sorted.length / 2]), ms(sorted[(int) (sorted.length * 0.99)]), ms(sorted[sorted.length - 1]));
    }

    /** p99 of propagation per 5 s of the measurement, to tell a steady tail from a few bad moments. */
    private void logPerWindow(List<long[]> propagation) {
        long window = 5_000_000_000L;
        Map<Long, List<Long>> byWindow = new java.util.TreeMap<>();
        propagation.stream().filter(s -> s[0] >= measureFrom)
                .forEach(s -> byWindow.computeIfAbsent((s[0] - measureFrom) / window, k -> new ArrayList<>()).add(s[1]));
        StringBuilder line = new StringBuilder();
        byWindow.forEach((index, latencies) -> {
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            line.append(index * 5).append("s:").append(ms(sorted[(int) (sorted.length * 0.99)])).append(' ');
        });
        log.info("BENCH propagation p99 per 5 s of measurement (ms): {}", line.toString().trim());
    }

    private static String ms(long nanos) {
        return String.format("%.1f", nanos / 1e6);
    }

    private boolean awaitConvergence(List<ProtocolClient> clients, List<String> docs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            boolean all = true;
            for (int i = 0; i < clients.size(); i++) {
                ProtocolClient client = clients.get(i);
                client.pushIfIdle();
                CollabEngine.Joined server = engine.join(docs.get(i % docs.size()));
                all &= client.idle() && client.model().version() == server.version()
                        && client.model().text().equals(server.text());
            }
            if (all) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    private void idleHeap(NodeProcess node, TestUser owner, List<String> docs) throws Exception {
        int idle = Integer.getInteger("bench.idle", 500);
        long before = node.usedHeapAfterGc();
        List<ProtocolClient> clients = new ArrayList<>();
        for (int i = 0; i < idle; i++) {
            clients.add(ProtocolClient.join(node.baseUrl(), owner.token(), docs.get(i % docs.size()), "idle-" + i));
        }
        Thread.sleep(1_000);
        long after = node.usedHeapAfterGc();
        log.info("BENCH heap per idle joined client on a node: {} KB ({} clients, {} MB before, {} MB after)",
                String.format("%.1f", (after - before) / 1024.0 / idle), idle, before / 1024 / 1024,
                after / 1024 / 1024);
        clients.forEach(ProtocolClient::close);
    }

    private void maxThroughput(TestUser owner, List<String> docs) throws Exception {
        int clientsCount = Integer.getInteger("bench.max.clients", 40);
        int seconds = Integer.getInteger("bench.max.seconds", 15);
        List<ProtocolClient> clients = new ArrayList<>();
        for (int i = 0; i < clientsCount; i++) {
            // one writer per section, as fast as acknowledgements allow (pushes carry what was typed meanwhile)
            clients.add(ProtocolClient.join(api.baseUrl(), owner.token(), docs.get(i % docs.size()), "max-" + i));
        }
        int startVersions = totalVersion(docs);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> writers = new ArrayList<>();
        for (ProtocolClient client : clients) {
            Random random = new Random(client.hashCode());
            writers.add(Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    if (client.model().unconfirmed().size() < 20) {
                        client.edit(text -> typing(text, random));
                    }
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }));
        }
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread writer : writers) {
            writer.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        boolean converged = awaitConvergence(clients, docs);
        int accepted = totalVersion(docs) - startVersions;
        log.info("BENCH one node, max throughput: {} writers on {} sections: {} updates accepted, {} per second "
                + "(durable), converged: {}", clientsCount, docs.size(), accepted,
                String.format("%.0f", accepted / elapsed), converged);
        clients.forEach(ProtocolClient::close);
    }

    private int totalVersion(List<String> docs) {
        return docs.stream().mapToInt(d -> engine.join(d).version()).sum();
    }

    private static ChangeSet typing(String text, Random random) {
        int length = text.length();
        if (length > 2_000) {
            int from = random.nextInt(length - 10);
            return ChangeSet.replace(length, from, from + 5, "");
        }
        int at = random.nextInt(length + 1);
        if (at > 0 && at < length && Character.isLowSurrogate(text.charAt(at))) {
            at--;
        }
        return ChangeSet.replace(length, at, at, "abcdefghij ".substring(random.nextInt(11)).substring(0, 1));
    }

    private List<String> sections(TestUser owner, int count) {
        JsonNode workspace = api.createWorkspace(owner, "Benchmark", "District", "Union");
        List<Map<String, String>> sections = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sections.add(Map.of("heading", "Article " + i, "markdown", "Text of article " + i));
        }
        List<String> ids = new ArrayList<>();
        for (int from = 0; from < count; from += 10) {
            TestApi.Response created = api.post(owner.token(), "/api/v1/workspaces/" + workspace.path("id").asString()
                    + "/documents", Map.of("title", "Bench " + from, "kind", "contract",
                    "sections", sections.subList(from, Math.min(count, from + 10))));
            created.json().path("sections").forEach(s -> ids.add(s.path("id").asString()));
        }
        if (ids.size() != count) {
            throw new IllegalStateException("Sections not created: " + Arrays.toString(ids.toArray()));
        }
        return ids;
    }
}
