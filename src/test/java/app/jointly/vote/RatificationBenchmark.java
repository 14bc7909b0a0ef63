package app.jointly.vote;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A secret ratification ballot of 10,000 eligible members cast concurrently over two nodes sharing one database.
 * Setup (members written as membership rows, vote opened) is not timed; casting is. Besides the 10,000 ballots,
 * 1,000 voters also try a second ballot on the other node at the same time: all must be refused.
 * Node 1 is the test context (its own embedded database), node 2 joins it through {@link SecondNode}.
 * Run: {@code ./mvnw -o -Pdev,bench verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=RatificationBenchmark}
 */
@IntegrationTest
class RatificationBenchmark {

    private static final Logger log = LoggerFactory.getLogger(RatificationBenchmark.class);
    private static final int MEMBERS = 10_000;
    private static final int DOUBLE_ATTEMPTS = 1_000;
    private static final int THREADS = 32;

    @Autowired
    ConfigurableApplicationContext first;

    @Test
    void tenThousandSecretBallotsOverTwoNodes() throws Exception {
        try (SecondNode second = SecondNode.joining(first)) {
            VoteService node1 = first.getBean(VoteService.class);
            VoteService node2 = second.context().getBean(VoteService.class);
            MongoTemplate mongo = first.getBean(MongoTemplate.class);
            WorkspaceService workspaces = first.getBean(WorkspaceService.class);
            UserId owner = UserId.newId();
            WorkspaceId ws = workspaces.create(owner, "Ratification benchmark", List.of("District", "Union")).id();
            PartyId union = workspaces.get(ws, owner).parties().get(1).id();
            List<UserId> members = DirectMembers.add(mongo, ws, Role.MEMBER, union, MEMBERS);
            Vote vote = node1.create(ws, owner, new NewVote("Ratify the 2026-2029 agreement?", "",
                    VoteMethod.RATIFICATION, null, union, 0, null, 50, true, null, null, null));
            long openStart = System.nanoTime();
            vote = node2.open(vote.id(), owner);
            long openMs = (System.nanoTime() - openStart) / 1_000_000;
            assertThat(vote.electorateSize()).isEqualTo(MEMBERS);

            AtomicInteger accepted = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            VoteId id = vote.id();
            long start;
            try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
                for (int i = 0; i < MEMBERS; i++) {
                    UserId voter = members.get(i);
                    String choice = i % 4 == 0 ? "no" : "yes";
                    VoteService here = i % 2 == 0 ? node1 : node2;
                    VoteService there = i % 2 == 0 ? node2 : node1;
                    futures.add(pool.submit(() -> cast(go, here, id, voter, choice, accepted, refused, failed)));
                    if (i < DOUBLE_ATTEMPTS) {
                        futures.add(pool.submit(() -> cast(go, there, id, voter, choice, accepted, refused, failed)));
                    }
                }
                start = System.nanoTime();
                go.countDown();
                for (Future<?> future : futures) {
                    future.get();
                }
            }
            long castMs = (System.nanoTime() - start) / 1_000_000;
            long closeStart = System.nanoTime();
            Vote closed = node1.close(id, owner); // secret ballots: sums and decrypts the encrypted ballots
            long closeMs = (System.nanoTime() - closeStart) / 1_000_000;
            Tally result = closed.result().tally();
            long counted = result.counts().values().stream().mapToLong(Long::longValue).sum();
            long doubleVotes = counted - MEMBERS;
            log.warn("RatificationBenchmark: {} eligible, {} casts + {} double attempts over 2 nodes, {} threads: "
                            + "casting took {} ms ({} ballots/s); opening (electorate snapshot) took {} ms; "
                            + "closing (counting) took {} ms; "
                            + "accepted {}, refused as already voted {}, failed {}; turnout {}, counted {} "
                            + "(yes {}, no {}), uncounted {}, double votes {}",
                    MEMBERS, MEMBERS, DOUBLE_ATTEMPTS, THREADS, castMs, MEMBERS * 1000L / Math.max(1, castMs), openMs, closeMs,
                    accepted.get(), refused.get(), failed.get(), result.turnout(), counted, result.count("yes"),
                    result.count("no"), closed.result().uncounted(), doubleVotes);
            assertThat(accepted.get()).isEqualTo(MEMBERS);
            assertThat(refused.get()).isEqualTo(DOUBLE_ATTEMPTS);
            assertThat(result.turnout()).isEqualTo(MEMBERS);
            assertThat(counted).isEqualTo(MEMBERS);
            assertThat(result.count("no")).isEqualTo(MEMBERS / 4);
        }
    }

    private static Void cast(CountDownLatch go, VoteService node, VoteId vote, UserId voter, String choice,
                             AtomicInteger accepted, AtomicInteger refused, AtomicInteger failed) throws Exception {
        go.await();
        try {
            node.cast(vote, voter, choice, null);
            accepted.incrementAndGet();
        } catch (ConflictException e) {
            refused.incrementAndGet();
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            log.error("Cast failed", e);
        }
        return null;
    }
}
