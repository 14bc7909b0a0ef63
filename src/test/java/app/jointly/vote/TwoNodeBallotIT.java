package app.jointly.vote;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.decision.DecisionFilter;
import app.jointly.decision.DecisionService;
import app.jointly.decision.LoggedDecision;
import app.jointly.decision.VerifyReport;
import app.jointly.shared.ConflictException;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.SecondNode;
import app.jointly.votetesting.DirectMembers;
import app.jointly.workspace.Role;
import app.jointly.workspace.WorkspaceService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Two application nodes over one database: every voter casts on both nodes at the same moment; each is counted
 * exactly once, tallies reach the other node, the result lands once in the decision log, and tampering with that
 * entry in the database is reported by verify.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeBallotIT {

    private static final int VOTERS = 300;

    @Autowired
    ConfigurableApplicationContext node1;

    private SecondNode second;
    private ConfigurableApplicationContext node2;
    private VoteService votes1;
    private VoteService votes2;
    private MongoTemplate mongo;
    private WorkspaceId ws;
    private PartyId union;
    private UserId lead;
    private List<UserId> voters;

    @BeforeAll
    void start() {
        second = SecondNode.joining(node1);
        node2 = second.context();
        votes1 = node1.getBean(VoteService.class);
        votes2 = node2.getBean(VoteService.class);
        mongo = node1.getBean(MongoTemplate.class);
        ws = node1.getBean(WorkspaceService.class)
                .create(UserId.newId(), "Two-node ratification", List.of("District", "Union")).id();
        union = node1.getBean(WorkspaceService.class).get(ws, owner()).parties().get(1).id();
        lead = DirectMembers.add(mongo, ws, Role.LEAD, union, 1).getFirst();
        voters = DirectMembers.add(mongo, ws, Role.MEMBER, union, VOTERS);
    }

    private UserId owner() {
        Document row = mongo.getCollection("memberships").find(new Document("workspaceId", ws.value())
                .append("role", "owner")).first();
        return new UserId(row.getString("userId"));
    }

    @AfterAll
    void stop() {
        if (second != null) {
            second.close();
        }
    }

    private int[] castEverywhereAtOnce(VoteId vote) throws Exception {
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < voters.size(); i++) {
                UserId voter = voters.get(i);
                String choice = i % 3 == 0 ? "no" : "yes";
                for (VoteService node : List.of(votes1, votes2)) {
                    futures.add(pool.submit(() -> {
                        go.await();
                        try {
                            node.cast(vote, voter, choice, null);
                            accepted.incrementAndGet();
                        } catch (ConflictException e) {
                            refused.incrementAndGet();
                        }
                        return null;
                    }));
                }
            }
            go.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        }
        return new int[] {accepted.get(), refused.get()};
    }

    @Test
    void secretBallotCastOnBothNodesAtOnceCountsEveryVoterExactlyOnce() throws Exception {
        Vote vote = votes1.create(ws, lead, new NewVote("Ratify the agreement?", "", VoteMethod.RATIFICATION, null,
                union, 0, null, 50, true, null, null, null));
        votes2.open(vote.id(), lead);

        int[] outcome = castEverywhereAtOnce(vote.id());
        assertThat(outcome[0]).as("accepted").isEqualTo(VOTERS);
        assertThat(outcome[1]).as("refused as already voted").isEqualTo(VOTERS);
        assertThat(votes1.tally(vote.id(), lead).counts()).as("hidden while open").isEmpty();

        Vote closed = votes2.close(vote.id(), lead);
        assertThat(closed.result().tally().turnout()).isEqualTo(VOTERS);
        assertThat(closed.result().tally().electorateSize()).isEqualTo(VOTERS + 1);
        assertThat(closed.result().tally().counts()).containsEntry("yes", 200L).containsEntry("no", 100L)
                .containsEntry("abstain", 0L);
        assertThat(closed.result().uncounted()).isZero();
        assertThat(mongo.getCollection("vote_electorate").countDocuments(new Document("voteId", vote.id().value())
                .append("votedBeforeClose", true))).isEqualTo(VOTERS);

        // the result is logged once, on the closing node, and the chain verifies; tampering is then detected
        DecisionService decisions = node1.getBean(DecisionService.class);
        List<LoggedDecision> log = decisions.list(ws, lead, DecisionFilter.ALL);
        assertThat(log).filteredOn(l -> vote.id().value().equals(l.entry().links().voteId())).hasSize(1);
        assertThat(decisions.verify(ws, lead).intact()).isTrue();
        LoggedDecision entry = log.getFirst();
        mongo.getCollection("decisions").updateOne(new Document("_id", entry.entry().id().value()),
                new Document("$set", new Document("rationale", "Rewritten after the fact")));
        VerifyReport report = node2.getBean(DecisionService.class).verify(ws, lead);
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBadSeq()).isEqualTo(entry.entry().seq());
        assertThat(report.firstBadId()).isEqualTo(entry.entry().id());
    }

    @Test
    void openBallotChangedOnBothNodesAtOnceKeepsOneBallotPerVoterAndTalliesReachTheOtherNode() throws Exception {
        Vote vote = votes2.create(ws, lead, new NewVote("Adopt the calendar?", "", VoteMethod.MAJORITY, null,
                union, 0, null, 0, false, null, null, null));
        votes1.open(vote.id(), lead);
        CountDownLatch heardOnNode1 = new CountDownLatch(1);
        node1.addApplicationListener((ApplicationListener<PayloadApplicationEvent<VoteTallyChanged>>) e -> {
            if (e.getPayload().voteId().equals(vote.id())) {
                heardOnNode1.countDown();
            }
        });
        votes2.cast(vote.id(), voters.getFirst(), "abstain", null);
        assertThat(heardOnNode1.await(10, TimeUnit.SECONDS)).as("tally change relayed to node 1").isTrue();

        int[] outcome = castEverywhereAtOnce(vote.id());
        assertThat(outcome[0]).as("open ballots may be changed: every cast accepted").isEqualTo(2 * VOTERS);
        Tally live = votes1.tally(vote.id(), lead);
        assertThat(live.turnout()).isEqualTo(VOTERS);
        assertThat(live.counts()).containsEntry("yes", 200L).containsEntry("no", 100L).containsEntry("abstain", 0L);
        assertThat(votes2.close(vote.id(), lead).result().outcome()).isEqualTo(Outcome.PASSED);
    }
}
