package app.jointly.proposal.ui;

import app.jointly.identity.CurrentUser;
import app.jointly.proposal.BargainingTable;
import app.jointly.proposal.BargainingTableService;
import app.jointly.proposal.OpenItem;
import app.jointly.proposal.NewProposal;
import app.jointly.proposal.ProposalChanged;
import app.jointly.proposal.ProposalDetails;
import app.jointly.proposal.ProposalService;
import app.jointly.proposal.ProposalSummary;
import app.jointly.proposal.internal.SectionTexts;
import app.jointly.proposal.internal.SectionTexts.DocumentRef;
import app.jointly.shared.DocumentId;
import app.jointly.shared.JointlyException;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.ui.MainLayout;
import app.jointly.ui.WorkspaceTabs;
import app.jointly.workspace.Membership;
import app.jointly.workspace.WorkspaceAccess;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/** The bargaining table of a workspace: open items, the caucus's drafts and, per article, the proposal chains. */
@Route(value = "workspaces/:workspaceId/table", layout = MainLayout.class)
@PageTitle("Bargaining table")
@PermitAll
@CssImport("./styles/proposal.css")
class BargainingTableView extends VerticalLayout implements BeforeEnterObserver {

    private final BargainingTableService tables;
    private final SectionTexts documents;
    private final WorkspaceAccess access;
    private final CurrentUser currentUser;
    private final ProposalChangeListeners changes;
    private final ProposalService proposals;
    private ProposalLabels labels;
    private UserId user;
    private final Div content = new Div();
    private WorkspaceId workspace;
    private Membership membership;
    private DocumentId document;
    private Runnable stopListening = () -> { };

    BargainingTableView(BargainingTableService tables, SectionTexts documents, WorkspaceAccess access,
            CurrentUser currentUser, ProposalChangeListeners changes, ProposalService proposals) {
        this.tables = tables;
        this.documents = documents;
        this.access = access;
        this.currentUser = currentUser;
        this.changes = changes;
        this.proposals = proposals;
        addClassName("bargaining-table");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            workspace = new WorkspaceId(event.getRouteParameters().get("workspaceId").orElse(""));
            user = currentUser.require().id();
            membership = access.requireMember(workspace, user);
        } catch (JointlyException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        removeAll();
        add(new WorkspaceTabs(workspace.value(), "table"));
        List<DocumentRef> docs = documents.documents(workspace, me());
        if (docs.isEmpty()) {
            add(new Paragraph("This workspace has no documents yet."));
            return;
        }
        Select<DocumentRef> picker = new Select<>();
        picker.setLabel("Document");
        picker.setItems(docs);
        picker.setItemLabelGenerator(DocumentRef::title);
        picker.setValue(docs.getFirst());
        document = docs.getFirst().id();
        picker.addValueChangeListener(e -> {
            document = e.getValue().id();
            refresh();
        });
        add(picker, content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        labels = new ProposalLabels(access.parties(workspace));
        content.add(openItems(tables.openItems(workspace, me())));
        if (membership.partyId().isPresent()) {
            content.add(drafts(tables.caucusDrafts(workspace, me())));
        }
        BargainingTable table = tables.table(document, me());
        for (BargainingTable.Article article : table.articles()) {
            content.add(new ArticleCard(article, workspace, membership, labels, this::propose));
        }
    }

    private Section openItems(List<OpenItem> items) {
        Section section = new Section(new H2("Open items"));
        section.addClassName("open-items");
        if (items.isEmpty()) {
            section.add(new Paragraph("Nothing is waiting for an answer."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (OpenItem item : items) {
            list.add(new ListItem(item.heading() + ": " + item.open().size() + " open proposal(s)"));
        }
        section.add(list);
        return section;
    }

    private Section drafts(List<ProposalSummary> drafts) {
        Section section = new Section(new H3("Your caucus's drafts (only your party sees these)"));
        section.addClassName("caucus-drafts");
        if (drafts.isEmpty()) {
            section.add(new Paragraph("No drafts in your caucus."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        drafts.forEach(d -> list.add(new ListItem(ProposalLink.to(workspace, d, labels))));
        section.add(list);
        return section;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        stopListening = changes.register(change -> {
            if (heard(change)) {
                ui.access(this::refreshQuietly);
            }
        });
    }

    /** Caucus-only notices reach only the authoring party's views. */
    private boolean heard(ProposalChanged change) {
        return workspace != null && membership != null && change.workspaceId().equals(workspace)
                && change.audibleTo(membership.partyId());
    }

    private void refreshQuietly() {
        if (document != null) {
            try {
                membership = access.requireMember(workspace, me());
                refresh();
            } catch (JointlyException e) {
                content.removeAll();
            }
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopListening.run();
    }

    private void propose(BargainingTable.Article article) {
        new DraftDialog("New proposal for " + article.heading(), documents.agreedText(article.sectionId()), "",
                (text, rationale) -> {
                    ProposalDetails created = proposals.create(workspace, user,
                            new NewProposal(Optional.of(article.sectionId()), text, rationale, Optional.empty()));
                    UI.getCurrent().navigate(ProposalLink.path(workspace, created.proposal().id()));
                }).open();
    }

    /** Captured when entering: push callbacks run outside the request, without a security context. */
    private UserId me() {
        return user;
    }
}
