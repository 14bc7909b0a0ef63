package app.jointly.decision;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.vote.Outcome;
import app.jointly.vote.SubjectRef;
import app.jointly.vote.VoteClosed;
import app.jointly.vote.VoteId;
import app.jointly.vote.VoteMethod;
import app.jointly.workspace.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Appends racing on two service stacks over one database (like two nodes) still form one unbroken chain. */
class ConcurrentAppendTest {

    @Test
    void concurrentAppendsOnTwoNodesKeepTheChainWhole() throws Exception {
        try (DecisionFixture node1 = new DecisionFixture(); DecisionFixture node2 = new DecisionFixture(node1)) {
            WorkspaceId ws = node1.workspaces.workspace("School");
            PartyId school = node1.workspaces.party(ws, 0);
            UserId lead = node1.workspaces.add(ws, Role.LEAD, school);
            try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
                List<Future<LoggedDecision>> futures = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                    DecisionService node = i % 2 == 0 ? node1.decisions : node2.decisions;
                    String text = "Decision " + i;
                    futures.add(pool.submit(() -> node.record(ws, lead,
                            new NewDecision(text, "", null, null, null, null, null, null, null))));
                }
                for (Future<LoggedDecision> future : futures) {
                    future.get();
                }
            }
            List<LoggedDecision> all = node2.decisions.list(ws, lead, DecisionFilter.ALL);
            assertThat(all).hasSize(60);
            assertThat(all).extracting(l -> l.entry().seq()).doesNotHaveDuplicates();
            VerifyReport report = node1.decisions.verify(ws, lead);
            assertThat(report.intact()).as(String.valueOf(report.problem())).isTrue();
            assertThat(report.entriesChecked()).isEqualTo(60);
        }
    }

    /** An effect delivered on two nodes at once (a lease that ran out under a slow listener) is logged once. */
    @Test
    void theSameVoteClosedDeliveredConcurrentlyOnTwoNodesIsLoggedOnce() throws Exception {
        try (DecisionFixture node1 = new DecisionFixture(); DecisionFixture node2 = new DecisionFixture(node1)) {
            WorkspaceId ws = node1.workspaces.workspace("School");
            PartyId school = node1.workspaces.party(ws, 0);
            UserId lead = node1.workspaces.add(ws, Role.LEAD, school);
            List<VoteClosed> closed = new ArrayList<>();
            for (int v = 0; v < 10; v++) {
                closed.add(new VoteClosed(VoteId.newId(), ws, "Ratify " + v + "?", VoteMethod.RATIFICATION,
                        SubjectRef.proposal("prop-" + v), Outcome.PASSED, "Passed.", 2, 2,
                        Map.of("yes", 2L), true, node1.clock.instant()));
            }
            try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
                List<Future<?>> futures = new ArrayList<>();
                for (int copy = 0; copy < 4; copy++) {
                    for (VoteClosed event : closed) {
                        DecisionListeners node = copy % 2 == 0 ? node1.listeners : node2.listeners;
                        futures.add(pool.submit(() -> node.on(event)));
                    }
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            }
            List<LoggedDecision> all = node2.decisions.list(ws, lead, DecisionFilter.ALL);
            assertThat(all).extracting(l -> l.entry().links().voteId())
                    .containsExactlyInAnyOrderElementsOf(closed.stream().map(c -> c.voteId().value()).toList());
            assertThat(node1.decisions.verify(ws, lead).intact()).isTrue();
        }
    }
}
