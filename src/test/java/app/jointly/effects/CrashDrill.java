package app.jointly.effects;

import app.jointly.collab.NodeProcess;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;

/**
 * Drives last sign-offs and vote closes through child nodes and kills the node that serves them at a random
 * moment, again and again, while the test's own node stays up (it holds the database). Two child nodes take
 * turns, so one restarts while the other is being crashed. {@link #check()} lists what is wrong: a TA without its
 * agreed text, an effect logged twice or not at all, a closed vote whose proposal did not move on.
 */
final class CrashDrill implements AutoCloseable {

    static final String[] NODE_ARGS = {"--jointly.effects.lease=2s", "--jointly.effects.poll=500ms",
            "--jointly.effects.first-retry=500ms", "--jointly.votes.schedule-delay=1s"};
    /** The nodes are restarted over and over: compile for a quick start rather than for peak speed. */
    private static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1");
    private static final int START_ATTEMPTS = 3;
    private static final int PROPOSALS_PER_KILL = 3;
    private static final int VOTES_PER_KILL = 2;
    private static final int SECTIONS_PER_DOCUMENT = 100;

    private final ConfigurableApplicationContext context;
    private final TestApi api;
    private final Random random;
    private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
    private final List<CompletableFuture<NodeProcess>> nodes = new ArrayList<>();
    private final Map<String, String> proposalSection = new LinkedHashMap<>();
    private final Map<String, String> proposalText = new LinkedHashMap<>();
    private final Map<String, VoteAbout> votes = new LinkedHashMap<>();
    private final Deque<String> freeSections = new ArrayDeque<>();
    private final List<String> awaitingTa = new ArrayList<>();
    private TestUser owner;
    private TestUser districtLead;
    private TestUser unionLead;
    private TestUser teacher;
    private String workspace;
    private String unionParty;
    private String documentOf;
    private int killsLeavingPending;

    record VoteAbout(String proposal, boolean yes) {
    }

    CrashDrill(ConfigurableApplicationContext context, TestApi api, long seed) {
        this.context = context;
        this.api = api;
        this.random = new Random(seed);
    }

    void setUp() {
        owner = api.createUser("crash-owner");
        JsonNode ws = api.createWorkspace(owner, "Crash drill", "District", "Union");
        workspace = ws.path("id").asString();
        districtLead = api.createUser("crash-dlead");
        unionLead = api.createUser("crash-ulead");
        teacher = api.createUser("crash-teacher");
        api.addMember(owner, ws, districtLead, "lead", "District");
        api.addMember(owner, ws, unionLead, "lead", "Union");
        api.addMember(owner, ws, teacher, "member", "Union");
        unionParty = TestApi.partyId(api.get(owner.token(), "/api/v1/workspaces/" + workspace).json(), "Union");
        // one after the other: two JVMs starting at once on a small machine both start slowly
        CompletableFuture<NodeProcess> first = CompletableFuture.supplyAsync(this::startNode, requests);
        nodes.add(first);
        nodes.add(first.thenApplyAsync(started -> startNode(), requests));
    }

    /** A child node; on a loaded machine a start can exceed the node's start timeout, so it is tried again. */
    private NodeProcess startNode() {
        Exception last = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return NodeProcess.joining(context, FAST_START, NODE_ARGS);
            } catch (Exception e) {
                last = e;
            }
        }
        throw new IllegalStateException("A node did not start in " + START_ATTEMPTS + " attempts", last);
    }

    /** One round: prepare on the steady node, fire at a child node, kill it at a random moment, restart it. */
    void crashOnce(int round) throws Exception {
        List<String> signing = IntStream.range(0, PROPOSALS_PER_KILL).mapToObj(i -> presentedAndHalfSigned()).toList();
        List<String> closing = new ArrayList<>();
        for (String proposal : agreedSinceLastRound()) {
            if (closing.size() < VOTES_PER_KILL) {
                closing.add(openVote(proposal));
            }
        }
        int slot = round % nodes.size();
        NodeProcess victim = nodes.get(slot).join();
        TestApi there = on(victim);
        List<Future<?>> inFlight = new ArrayList<>();
        signing.forEach(p -> inFlight.add(requests.submit(() -> quietly(() ->
                there.post(unionLead.token(), "/api/v1/proposals/" + p + "/sign", Map.of())))));
        closing.forEach(v -> inFlight.add(requests.submit(() -> quietly(() ->
                there.post(unionLead.token(), "/api/v1/votes/" + v + "/close", Map.of())))));
        // killed a random few milliseconds after its first answer, while the other requests are mid-way: a
        // blind delay mostly hits a node not yet started on them (a fresh JVM answers slowly) or already done
        CompletableFuture.anyOf(inFlight.stream().map(f -> CompletableFuture.runAsync(() -> waitFor(f),
                requests)).toArray(CompletableFuture[]::new)).join();
        Thread.sleep(random.nextInt(30));
        victim.kill();
        if (api.get(api.adminToken(), "/api/v1/admin/pending-effects").json().path("count").asInt() > 0) {
            killsLeavingPending++;
        }
        for (Future<?> request : inFlight) {
            request.get();
        }
        nodes.set(slot, CompletableFuture.supplyAsync(this::startNode, requests));
        // a last sign-off the crash swallowed is given again on the steady node, so later rounds have TAs to vote on
        for (String proposal : signing) {
            if (status(proposal).equals("presented")) {
                api.post(unionLead.token(), "/api/v1/proposals/" + proposal + "/sign", Map.of());
            }
        }
    }

    private static void waitFor(Future<?> request) {
        try {
            request.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    int killsLeavingPending() {
        return killsLeavingPending;
    }

    int proposals() {
        return proposalSection.size();
    }

    int votes() {
        return votes.size();
    }

    private String presentedAndHalfSigned() {
        String section = freeSection();
        String text = "Agreed in the crash drill: " + java.util.UUID.randomUUID();
        Response draft = api.post(districtLead.token(), "/api/v1/workspaces/" + workspace + "/proposals",
                Map.of("sectionId", section, "text", text, "rationale", "drill"));
        String id = require(draft, 201).text("id");
        require(api.post(districtLead.token(), "/api/v1/proposals/" + id + "/present", Map.of()), 200);
        require(api.post(districtLead.token(), "/api/v1/proposals/" + id + "/sign", Map.of()), 200);
        proposalSection.put(id, section);
        proposalText.put(id, text);
        awaitingTa.add(id);
        return id;
    }

    /** Proposals of earlier rounds that became tentative agreements (their last sign-off got through). */
    private List<String> agreedSinceLastRound() {
        List<String> agreed = new ArrayList<>();
        for (String id : List.copyOf(awaitingTa)) {
            String status = status(id);
            if (!status.equals("presented")) {
                awaitingTa.remove(id);
                if (status.equals("tentatively_agreed")) {
                    agreed.add(id);
                }
            }
        }
        return agreed;
    }

    private String openVote(String proposal) {
        boolean yes = random.nextBoolean();
        Response vote = api.post(unionLead.token(), "/api/v1/workspaces/" + workspace + "/votes", Map.of(
                "question", "Ratify?", "method", "ratification", "partyId", unionParty, "secret", true,
                "subject", Map.of("kind", "proposal", "id", proposal)));
        String id = require(vote, 201).text("id");
        require(api.post(unionLead.token(), "/api/v1/votes/" + id + "/open", Map.of()), 200);
        String choice = yes ? "yes" : "no";
        require(api.put(teacher.token(), "/api/v1/votes/" + id + "/ballot", Map.of("choice", choice)), 200);
        require(api.put(unionLead.token(), "/api/v1/votes/" + id + "/ballot", Map.of("choice", choice)), 200);
        votes.put(id, new VoteAbout(proposal, yes));
        return id;
    }

    private String freeSection() {
        if (freeSections.isEmpty()) {
            List<Map<String, String>> sections = IntStream.range(0, SECTIONS_PER_DOCUMENT)
                    .mapToObj(i -> Map.of("heading", "Article " + i, "markdown", "Original text " + i)).toList();
            Response doc = require(api.post(owner.token(), "/api/v1/workspaces/" + workspace + "/documents",
                    Map.of("title", "Drill " + random.nextInt(1_000_000), "kind", "contract", "sections",
                            sections)), 201);
            documentOf = doc.text("id");
            doc.json().path("sections").forEach(s -> freeSections.add(s.path("id").asString()));
        }
        return freeSections.poll();
    }

    /**
     * Everything that is not (yet) as it must be: each TA has its agreed text and exactly one log entry, each
     * closed vote exactly one log entry and its proposal moved on, no close left half-way, nothing pending.
     */
    List<String> check() {
        List<String> wrong = new ArrayList<>();
        JsonNode log = api.get(owner.token(), "/api/v1/workspaces/" + workspace + "/decisions").json();
        Map<String, Integer> taEntries = new LinkedHashMap<>();
        Map<String, Integer> voteEntries = new LinkedHashMap<>();
        log.forEach(entry -> {
            if (entry.path("source").asString().equals("ta")) {
                taEntries.merge(entry.path("proposalId").asString(), 1, Integer::sum);
            } else if (entry.path("source").asString().equals("vote")) {
                voteEntries.merge(entry.path("voteId").asString(), 1, Integer::sum);
            }
        });
        Map<String, String> sectionTexts = sectionTexts();
        int agreed = 0;
        for (String id : proposalSection.keySet()) {
            String status = status(id);
            if (List.of("tentatively_agreed", "ratified", "reopened").contains(status)) {
                agreed++;
                if (!proposalText.get(id).equals(sectionTexts.get(proposalSection.get(id)))) {
                    wrong.add("TA " + id + " has no agreed text");
                }
                if (taEntries.getOrDefault(id, 0) != 1) {
                    wrong.add("TA " + id + " has " + taEntries.getOrDefault(id, 0) + " log entries");
                }
            } else if (taEntries.containsKey(id)) {
                wrong.add("proposal " + id + " is " + status + " but has a TA entry");
            }
        }
        int closed = 0;
        for (Map.Entry<String, VoteAbout> vote : votes.entrySet()) {
            String status = api.get(owner.token(), "/api/v1/votes/" + vote.getKey()).text("status");
            String proposal = status(vote.getValue().proposal());
            if (status.equals("closed")) {
                closed++;
                if (voteEntries.getOrDefault(vote.getKey(), 0) != 1) {
                    wrong.add("vote " + vote.getKey() + " has " + voteEntries.getOrDefault(vote.getKey(), 0)
                            + " log entries");
                }
                if (!proposal.equals(vote.getValue().yes() ? "ratified" : "reopened")) {
                    wrong.add("vote " + vote.getKey() + " closed but its proposal is " + proposal);
                }
            } else if (status.equals("closing")) {
                wrong.add("vote " + vote.getKey() + " is left closing");
            } else if (voteEntries.containsKey(vote.getKey()) || !proposal.equals("tentatively_agreed")) {
                wrong.add("vote " + vote.getKey() + " is " + status + " but had an effect");
            }
        }
        int pending = api.get(api.adminToken(), "/api/v1/admin/pending-effects").json().path("count").asInt();
        if (pending != 0) {
            wrong.add(pending + " effects pending");
        }
        if (taEntries.values().stream().mapToInt(Integer::intValue).sum() != agreed
                || voteEntries.values().stream().mapToInt(Integer::intValue).sum() != closed) {
            wrong.add("the log has entries for proposals or votes this drill did not make");
        }
        return wrong;
    }

    /** TAs and closed votes so far: a drill whose kills always came too early or too late tests nothing. */
    long[] agreedAndClosed() {
        long agreed = proposalSection.keySet().stream().map(this::status)
                .filter(s -> !s.equals("presented")).count();
        long closed = votes.keySet().stream()
                .filter(v -> api.get(owner.token(), "/api/v1/votes/" + v).text("status").equals("closed")).count();
        return new long[] {agreed, closed};
    }

    private Map<String, String> sectionTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String doc : documents()) {
            api.get(owner.token(), "/api/v1/documents/" + doc).json().path("sections")
                    .forEach(s -> texts.put(s.path("id").asString(), s.path("markdown").asString()));
        }
        return texts;
    }

    private List<String> documents() {
        List<String> ids = new ArrayList<>();
        api.get(owner.token(), "/api/v1/workspaces/" + workspace + "/documents").json()
                .forEach(d -> ids.add(d.path("id").asString()));
        if (ids.isEmpty() && documentOf != null) {
            ids.add(documentOf);
        }
        return ids;
    }

    private String status(String proposal) {
        return api.get(owner.token(), "/api/v1/proposals/" + proposal).text("status");
    }

    private TestApi on(NodeProcess node) {
        return new TestApi(new MockEnvironment().withProperty("local.server.port", String.valueOf(node.port())));
    }

    private static Response require(Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + response.status() + ": "
                    + response.body());
        }
        return response;
    }

    /** A request to the node being killed may fail half-way: that is the point. */
    private static void quietly(Runnable request) {
        try {
            request.run();
        } catch (RuntimeException e) {
            // the node died under the request; what it wrote (or not) is checked at the end
        }
    }

    @Override
    public void close() {
        for (CompletableFuture<NodeProcess> node : nodes) {
            try {
                node.join().kill();
            } catch (java.util.concurrent.CompletionException e) {
                // it never started, so there is nothing to stop; the test has failed or ended already
            }
        }
        requests.shutdown();
    }
}
