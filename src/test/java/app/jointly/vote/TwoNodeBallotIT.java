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
import app.jointly.votetesting.DirectMembers;
import app.jointly.votetesting.TwoNodes;
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
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Two application nodes over one database: every voter casts on both nodes at the same moment; each is counted
 * exactly once, tallies reach the other node, the result lands once in the decision log, and tampering with that
 * entry in the database is reported by verify.
 */
class TwoNodeBallotIT {

    private static final int VOTERS = 300;
    private static TwoNodes nodes;
    private static VoteService votes1;
    private static VoteService votes2;
    private static MongoTemplate mongo;
    private static WorkspaceId ws;
    private static PartyId union;
    private static UserId lead;
    private static List<UserId> voters;

    @BeforeAll
    static void start() {
        nodes = new TwoNodes();
        votes1 = nodes.bean(nodes.node1, VoteService.class);
        votes2 = nodes.bean(nodes.node2, VoteService.class);
        mongo = nodes.bean(nodes.node1, MongoTemplate.class);
        ws = nodes.bean(nodes.node1, WorkspaceService.class)
                .create(UserId.newId(), "Two-node ratification", List.of("District", "Union")).id();
        union = nodes.bean(nodes.node1, WorkspaceService.class).get(ws, owner()).parties().get(1).id();
        lead = DirectMembers.add(mongo, ws, Role.LEAD, union, 1).getFirst();
        voters = DirectMembers.add(mongo, ws, Role.MEMBER, union, VOTERS);
    }

    private static UserId owner() {
        Document row = mongo.getCollection("memberships").find(new Document("workspaceId", ws.value())
                .append("role", "owner")).first();
        return new UserId(row.getString("userId"));
    }

    @AfterAll
    static void stop() {
        if (nodes != null) {
            nodes.close();
        }
    }

    private static int[] castEverywhereAtOnce(VoteId vote) throws Exception {
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
                union, 0, null, 50, true, null, null, SubjectRef.proposal("agreement-2026")));
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
                .append("voted", true))).isEqualTo(VOTERS);

        // the result is logged once, on the closing node, and the chain verifies; tampering is then detected
        DecisionService decisions = nodes.bean(nodes.node1, DecisionService.class);
        List<LoggedDecision> log = decisions.list(ws, lead, DecisionFilter.ALL);
        assertThat(log).filteredOn(l -> vote.id().value().equals(l.entry().links().voteId())).hasSize(1);
        assertThat(decisions.verify(ws, lead).intact()).isTrue();
        LoggedDecision entry = log.getFirst();
        mongo.getCollection("decisions").updateOne(new Document("_id", entry.entry().id().value()),
                new Document("$set", new Document("rationale", "Rewritten after the fact")));
        VerifyReport report = nodes.bean(nodes.node2, DecisionService.class).verify(ws, lead);
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
        nodes.node1.addApplicationListener((ApplicationListener<PayloadApplicationEvent<VoteTallyChanged>>) e -> {
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
