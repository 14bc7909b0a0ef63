package app.jointly.vote;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.collab.NodeProcess;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;

/**
 * A burst of secret ballots cast on two nodes (this test's context and a node in its own JVM) while the second
 * node is killed in the middle. Right after the crash every row marked voted carries its encrypted ballot and
 * receipt (the cast is one write, so there is nothing in between to lose); the crashed node restarts, the voters
 * whose answer was lost try again (landing once, or told they already voted), and closing finds turnout equal to
 * ballots counted, with every choice where it belongs and every receipt counted.
 */
@IntegrationTest
class SecretBallotCrashIT {

    private static final int VOTERS = 40;

    @Autowired
    TestApi api;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    MongoTemplate mongo;

    private static TestApi api(NodeProcess node) {
        return new TestApi(new MockEnvironment().withProperty("local.server.port", String.valueOf(node.port())));
    }

    private static String choice(int voter) {
        return VoteMethod.YES_NO_ABSTAIN.get(voter % 3);
    }

    @Test
    void aNodeKilledDuringACastingBurstLosesNoBallotAndCountsNoneTwice() throws Exception {
        TestUser owner = api.createUser("crash-owner");
        JsonNode ws = api.createWorkspace(owner, "Crash ratification", "District", "Union");
        List<TestUser> voters = new ArrayList<>();
        for (int i = 0; i < VOTERS; i++) {
            TestUser voter = api.createUser("crash-voter");
            api.addMember(owner, ws, voter, "member", "Union");
            voters.add(voter);
        }
        String voteId = api.post(owner.token(), "/api/v1/workspaces/" + ws.path("id").asString() + "/votes",
                Map.of("question", "Ratify?", "method", "ratification", "electorate", "party",
                        "partyId", TestApi.partyId(ws, "Union"), "secret", true)).text("id");
        api.post(owner.token(), "/api/v1/votes/" + voteId + "/open", Map.of());

        Map<Integer, String> receipts = new ConcurrentHashMap<>();
        List<Integer> lost = java.util.Collections.synchronizedList(new ArrayList<>());
        NodeProcess second = NodeProcess.joining(context);
        try {
            TestApi secondApi = api(second);
            AtomicInteger sentToSecond = new AtomicInteger();
            try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
                List<Future<?>> casts = new ArrayList<>();
                for (int i = 0; i < VOTERS; i++) {
                    int voter = i;
                    boolean onSecond = i % 2 == 1;
                    casts.add(pool.submit(() -> {
                        if (onSecond && sentToSecond.incrementAndGet() == VOTERS / 4) {
                            second.kill(); // mid-burst: some casts to it are in flight, the rest find it gone
                        }
                        try {
                            Response cast = (onSecond ? secondApi : api).put(voters.get(voter).token(),
                                    "/api/v1/votes/" + voteId + "/ballot", Map.of("choice", choice(voter)));
                            if (cast.status() == 200) {
                                receipts.put(voter, cast.text("receipt"));
                            } else {
                                lost.add(voter);
                            }
                        } catch (java.io.UncheckedIOException connectionLost) {
                            lost.add(voter);
                        }
                    }));
                }
                for (Future<?> cast : casts) {
                    cast.get(120, TimeUnit.SECONDS);
                }
            }
        } finally {
            second.close();
        }
        assertThat(lost).as("the crash cost some answers").isNotEmpty();

        // right after the crash: a row is marked voted exactly when it carries a ballot and its receipt
        List<Document> rows = mongo.getCollection("vote_electorate").find(new Document("voteId", voteId))
                .into(new ArrayList<>());
        assertThat(rows).hasSize(VOTERS);
        for (Document row : rows) {
            boolean voted = Boolean.TRUE.equals(row.getBoolean("voted"));
            assertThat(row.containsKey("ballot")).as("ballot of " + row.getString("voterId")).isEqualTo(voted);
            assertThat(row.containsKey("receipt")).isEqualTo(voted);
        }

        try (NodeProcess restarted = NodeProcess.joining(context)) {
            TestApi restartedApi = api(restarted);
            for (int voter : lost) {
                Response retry = restartedApi.put(voters.get(voter).token(), "/api/v1/votes/" + voteId + "/ballot",
                        Map.of("choice", choice(voter)));
                assertThat(retry.status()).as(retry.body()).isIn(200, 409);
                if (retry.status() == 200) {
                    receipts.put(voter, retry.text("receipt"));
                } else {
                    assertThat(retry.text("error")).isEqualTo("already-voted");
                }
            }
            Response closed = restartedApi.post(owner.token(), "/api/v1/votes/" + voteId + "/close", Map.of());
            assertThat(closed.status()).as(closed.body()).isEqualTo(200);
            JsonNode result = restartedApi.get(owner.token(), "/api/v1/votes/" + voteId + "/result").json();
            assertThat(result.path("turnout").asLong()).isEqualTo(VOTERS);
            long counted = 0;
            for (String choice : VoteMethod.YES_NO_ABSTAIN) {
                long expected = java.util.stream.IntStream.range(0, VOTERS).filter(v -> choice(v).equals(choice))
                        .count();
                assertThat(result.path("counts").path(choice).asLong()).as(choice).isEqualTo(expected);
                counted += result.path("counts").path(choice).asLong();
            }
            assertThat(counted).as("turnout equals ballots counted").isEqualTo(VOTERS);
            assertThat(result.path("uncounted").asLong()).isZero();
            for (String receipt : receipts.values()) {
                assertThat(restartedApi.get(owner.token(), "/api/v1/votes/" + voteId + "/receipts/" + receipt)
                        .json().path("counted").asBoolean()).isTrue();
            }
        }
    }
}
