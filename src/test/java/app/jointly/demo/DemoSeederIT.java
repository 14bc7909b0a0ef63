package app.jointly.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentService;
import app.jointly.document.DocumentSummary;
import app.jointly.identity.UserService;
import app.jointly.identity.UserView;
import app.jointly.plan.PlanMeasures;
import app.jointly.share.PublicShares;
import app.jointly.share.VisitorFeedback;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.workspace.Membership;
import app.jointly.workspace.Role;
import app.jointly.workspace.WorkspaceService;
import app.jointly.workspace.WorkspaceView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DemoSeederIT {

    @Autowired
    UserService users;

    @Autowired
    WorkspaceService workspaces;

    @Autowired
    DocumentService documents;

    @Autowired
    DemoPresentation presentation;

    @Autowired
    Environment environment;

    @Autowired
    PublicShares shares;

    @Autowired
    VisitorFeedback feedback;

    @Autowired
    PlanMeasures measures;

    @Autowired
    DemoComments comments;

    @Autowired
    app.jointly.comment.CommentService commentService;

    @Autowired
    app.jointly.proposal.BargainingTableService table;

    @Test
    void fillsTheDemoWorkspaceOnceAndLeavesItAloneAfterwards(CapturedOutput output) {
        DemoSeeder seeder = new DemoSeeder(users, workspaces, documents, presentation, environment, comments);
        seeder.run(null);
        seeder.run(null);

        UserView facilitator = users.findByUsername(DemoSeeder.FACILITATOR).orElseThrow();
        List<WorkspaceView> mine = workspaces.listFor(facilitator.id());
        assertThat(mine).extracting(WorkspaceView::name).containsExactly(DemoSeeder.WORKSPACE_NAME);
        WorkspaceView workspace = mine.get(0);
        assertThat(workspace.parties()).extracting(p -> p.name()).containsExactly("District", "Union", "Board");

        UserView unionLead = users.findByUsername("union-lead").orElseThrow();
        Membership membership = workspaces.open(workspace.id(), unionLead.id()).membership();
        assertThat(membership.role()).isEqualTo(Role.LEAD);
        assertThat(membership.partyId()).isPresent();

        List<DocumentSummary> list = documents.list(workspace.id(), unionLead.id());
        assertThat(list).extracting(DocumentSummary::kind).containsExactly(DocumentKind.COMPACT,
                DocumentKind.SHARED_VISION, DocumentKind.PLAN, DocumentKind.CONTRACT);
        String html = documents.renderHtml(list.get(3).id(), unionLead.id());
        assertThat(html).contains("Article 12: Teacher Evaluation", "<table>");
        assertThat(documents.get(list.get(0).id(), unionLead.id()).sections()).hasSize(11);

        DocumentSummary plan = list.get(2);
        assertThat(feedback.list(plan.id(), unionLead.id())).hasSize(3)
                .allSatisfy(c -> assertThat(c.organisation()).isNotBlank());
        assertThat(measures.list(plan.id(), unionLead.id())).hasSize(2)
                .allSatisfy(m -> assertThat(m.progress()).hasSize(4));
        java.util.regex.Matcher logged = java.util.regex.Pattern.compile("http://localhost:\\d+/share/([A-Za-z0-9_-]{43})")
                .matcher(output.getAll());
        assertThat(logged.find()).as("the presentation link is in the log").isTrue();
        assertThat(shares.open(logged.group(1)).title()).isEqualTo(documents.get(plan.id(), unionLead.id()).title());
        assertThat(shares.open(logged.group(1)).versionName()).isEqualTo("as presented");
        // conversations: open threads on the shared vision (one mentioning the union lead) and the compact, one
        // resolved thread, and a proposal's discussion whose caucus part stays with the union
        var vision = commentService.documentThreads(list.get(1).id(), unionLead.id());
        assertThat(vision).hasSize(2);
        assertThat(vision).filteredOn(t -> t.resolved()).hasSize(1);
        assertThat(vision).filteredOn(t -> t.mentions().contains(unionLead.id().value())).hasSize(1);
        assertThat(vision).allMatch(t -> !t.orphaned() && t.quote().equals(t.originalQuote()));
        assertThat(commentService.documentThreads(list.get(0).id(), unionLead.id())).hasSize(1)
                .allMatch(t -> t.replies().size() == 1);
        var proposal = table.openItems(workspace.id(), unionLead.id()).getFirst().open().getFirst().id();
        assertThat(commentService.proposalDiscussion(proposal, unionLead.id())).hasSize(2);
        UserView districtLead = users.findByUsername("district-lead").orElseThrow();
        assertThat(commentService.proposalDiscussion(proposal, districtLead.id())).hasSize(1);
    }
}
