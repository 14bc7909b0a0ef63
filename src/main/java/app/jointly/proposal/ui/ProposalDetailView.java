package app.jointly.proposal.ui;

import app.jointly.identity.CurrentUser;
import app.jointly.proposal.BargainingTableService;
import app.jointly.proposal.ProposalChanged;
import app.jointly.proposal.ProposalDetails;
import app.jointly.proposal.ProposalId;
import app.jointly.proposal.ProposalService;
import app.jointly.proposal.internal.SectionTexts;
import app.jointly.shared.JointlyException;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.ui.MainLayout;
import app.jointly.ui.DiscussionSlot;
import app.jointly.ui.WorkspaceTabs;
import app.jointly.workspace.Membership;
import app.jointly.workspace.WorkspaceAccess;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

/** One proposal: text, rationale, redlines, history, sign-offs and the actions the viewer may take. */
@Route(value = "workspaces/:workspaceId/proposals/:proposalId", layout = MainLayout.class)
@PageTitle("Proposal")
@PermitAll
@CssImport("./styles/proposal.css")
class ProposalDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final ProposalService proposals;
    private final BargainingTableService tables;
    private final SectionTexts documents;
    private final WorkspaceAccess access;
    private final CurrentUser currentUser;
    private final ProposalChangeListeners changes;
    private final ObjectProvider<DiscussionSlot> discussions;
    private WorkspaceId workspace;
    private ProposalId proposalId;
    private UserId user;
    private Membership membership;
    private Runnable stopListening = () -> { };

    ProposalDetailView(ProposalService proposals, BargainingTableService tables, SectionTexts documents,
            WorkspaceAccess access, CurrentUser currentUser, ProposalChangeListeners changes,
            ObjectProvider<DiscussionSlot> discussions) {
        this.discussions = discussions;
        this.proposals = proposals;
        this.tables = tables;
        this.documents = documents;
        this.access = access;
        this.currentUser = currentUser;
        this.changes = changes;
        addClassName("proposal-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            workspace = new WorkspaceId(event.getRouteParameters().get("workspaceId").orElse(""));
            proposalId = new ProposalId(event.getRouteParameters().get("proposalId").orElse(""));
            user = currentUser.require().id();
            membership = access.requireMember(workspace, user);
            ProposalDetails details = proposals.get(proposalId, user);
            if (!details.proposal().workspaceId().equals(workspace)) {
                throw new app.jointly.shared.NotFoundException("No such proposal.");
            }
            render(details);
        } catch (JointlyException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void render(ProposalDetails details) {
        removeAll();
        add(new WorkspaceTabs(workspace.value(), "table"));
        add(new Anchor("workspaces/" + workspace.value() + "/table", "Back to the bargaining table"));
        String heading = documents.locate(details.proposal().sectionId()).map(SectionTexts.SectionRef::heading)
                .orElse("Section");
        ProposalLabels labels = new ProposalLabels(access.parties(workspace));
        add(new ProposalPanel(details, heading, labels, tables.redline(proposalId, user)));
        add(new ProposalActions(details.proposal(), membership,
                new ProposalActions.Handler(proposals, workspace, user, this::reload)));
        discussions.ifAvailable(slot -> add(slot.discussion("proposal", proposalId.value())));
    }

    private void reload() {
        try {
            membership = access.requireMember(workspace, user);
            render(proposals.get(proposalId, user));
        } catch (JointlyException e) {
            removeAll();
            add(new WorkspaceTabs(workspace.value(), "table"));
            add(new Anchor("workspaces/" + workspace.value() + "/table", "This proposal is no longer available."));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        stopListening = changes.register(change -> {
            if (heard(change)) {
                ui.access(this::reload);
            }
        });
    }

    /** Only notices about this proposal (or the one it counters), and caucus ones only within the party. */
    private boolean heard(ProposalChanged change) {
        return proposalId != null && membership != null && change.workspaceId().equals(workspace)
                && change.audibleTo(membership.partyId());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopListening.run();
    }
}
