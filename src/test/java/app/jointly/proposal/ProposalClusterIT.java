package app.jointly.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.SecondNode;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes: change notices cross the cluster, and sign-offs made on both nodes at once are both kept. After the
 * second node starts in this JVM, the test calls each node's ProposalService directly (HTTP sign-in is not usable
 * with two Vaadin/Spring Security contexts in one JVM; the REST layer is covered by ProposalApiIT).
 */
@IntegrationTest
class ProposalClusterIT {

    @Autowired
    TestApi api;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    ProposalService proposals;

    @Test
    void noticesReachTheOtherNodeAndConcurrentSignOffsOnTwoNodesAreBothKept() throws Exception {
        TestUser owner = api.createUser("owner");
        JsonNode workspace = api.createWorkspace(owner, "Cluster table", "District", "Union");
        WorkspaceId ws = new WorkspaceId(workspace.path("id").asString());
        TestUser district = api.createUser("dlead");
        TestUser union = api.createUser("ulead");
        api.addMember(owner, workspace, district, "lead", "District");
        api.addMember(owner, workspace, union, "lead", "Union");
        Response doc = api.post(owner.token(), "/api/v1/workspaces/" + ws.value() + "/documents", Map.of("title",
                "CBA", "kind", "contract", "sections", List.of(Map.of("heading", "Article 1", "markdown", "Old."))));
        SectionId section = new SectionId(doc.json().path("sections").get(0).path("id").asString());
        UserId districtLead = new UserId(district.id());
        UserId unionLead = new UserId(union.id());

        try (SecondNode second = SecondNode.joining(context)) {
            ProposalService there = second.context().getBean(ProposalService.class);
            List<ProposalChanged> heardThere = new CopyOnWriteArrayList<>();
            ApplicationListener<PayloadApplicationEvent<?>> listener = e -> {
                if (e.getPayload() instanceof ProposalChanged change) {
                    heardThere.add(change);
                }
            };
            second.context().addApplicationListener(listener);

            ProposalId id = proposals.create(ws, districtLead, new NewProposal(Optional.of(section), "New words.",
                    "", Optional.empty())).proposal().id();
            Awaitility.await().atMost(10, TimeUnit.SECONDS)
                    .until(() -> heardThere.stream().anyMatch(c -> c.proposalId().equals(id)));
            assertThat(heardThere).filteredOn(c -> c.proposalId().equals(id)).allMatch(ProposalChanged::caucusOnly);
            proposals.present(id, districtLead);
            Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> heardThere.stream()
                    .anyMatch(c -> c.proposalId().equals(id) && !c.caucusOnly()));

            for (int round = 0; round < 5; round++) {
                ProposalId next = proposals.create(ws, districtLead, new NewProposal(Optional.of(section),
                        "Words, round " + round, "", Optional.empty())).proposal().id();
                proposals.present(next, districtLead);
                CountDownLatch start = new CountDownLatch(1);
                CompletableFuture<ProposalDetails> onFirst = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return proposals.signOff(next, districtLead);
                });
                CompletableFuture<ProposalDetails> onSecond = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return there.signOff(next, unionLead);
                });
                start.countDown();
                CompletableFuture.allOf(onFirst, onSecond).get(30, TimeUnit.SECONDS);
                ProposalView after = proposals.get(next, districtLead).proposal();
                assertThat(after.status()).isEqualTo(ProposalStatus.TENTATIVELY_AGREED);
                assertThat(after.signOffs()).hasSize(2);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
