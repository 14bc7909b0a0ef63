package app.jointly.vote;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.shared.ConflictException;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two service stacks over one database (like two nodes) cast every voter's ballot twice at the same time: each
 * voter is counted exactly once. The full two-application-context version is {@code TwoNodeBallotIT}.
 */
class ConcurrentCastingTest {

    @Test
    void everySecretBallotIsCountedOnceWhenCastTwiceConcurrentlyOnTwoNodes() throws Exception {
        try (VoteFixture node1 = new VoteFixture(); VoteFixture node2 = new VoteFixture(node1)) {
            WorkspaceId ws = node1.workspaces.workspace("Union");
            PartyId union = node1.workspaces.party(ws, 0);
            UserId lead = node1.workspaces.add(ws, Role.LEAD, union);
            List<UserId> voters = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                voters.add(node1.workspaces.add(ws, Role.MEMBER, union));
            }
            Vote vote = node1.votes.open(node1.votes.create(ws, lead, new NewVote("Ratify?", "",
                    VoteMethod.RATIFICATION, null, union, 0, null, 0, true, null, null, null)).id(), lead);

            AtomicInteger accepted = new AtomicInteger();
            AtomicInteger refusedAsDouble = new AtomicInteger();
            try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 0; i < voters.size(); i++) {
                    UserId voter = voters.get(i);
                    String choice = i % 3 == 0 ? "no" : "yes";
                    for (VoteService node : List.of(node1.votes, node2.votes)) {
                        futures.add(pool.submit(() -> {
                            try {
                                node.cast(vote.id(), voter, choice, null);
                                accepted.incrementAndGet();
                            } catch (ConflictException e) {
                                refusedAsDouble.incrementAndGet();
                            }
                        }));
                    }
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            }
            assertThat(accepted.get()).isEqualTo(200);
            assertThat(refusedAsDouble.get()).isEqualTo(200);
            Vote closed = node2.votes.close(vote.id(), lead);
            assertThat(closed.result().tally().turnout()).isEqualTo(200);
            assertThat(closed.result().tally().counts()).containsEntry("no", 67L).containsEntry("yes", 133L);
            assertThat(closed.result().uncounted()).isZero();
        }
    }
}
