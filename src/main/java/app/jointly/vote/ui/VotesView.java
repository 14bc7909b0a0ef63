package app.jointly.vote.ui;

import app.jointly.identity.CurrentUser;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.ui.LiveUpdates;
import app.jointly.ui.MainLayout;
import app.jointly.ui.RouteIds;
import app.jointly.ui.WorkspaceTabs;
import app.jointly.vote.Vote;
import app.jointly.vote.VoteService;
import app.jointly.vote.VoteStatusChanged;
import app.jointly.workspace.Membership;
import app.jointly.workspace.Role;
import app.jointly.workspace.WorkspaceService;
import app.jointly.workspace.WorkspaceView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/** A workspace's votes, newest first, with a form for owners and leads to set up a new one. */
@Route(value = "workspaces/:workspaceId/votes", layout = MainLayout.class)
@PermitAll
class VotesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final VoteService votes;
    private final WorkspaceService workspaces;
    private final CurrentUser currentUser;
    private final LiveUpdates live;
    private final UnorderedList list = new UnorderedList();
    private WorkspaceId workspaceId;
    private String title = "Votes";

    VotesView(VoteService votes, WorkspaceService workspaces, CurrentUser currentUser, LiveUpdates live) {
        this.votes = votes;
        this.workspaces = workspaces;
        this.currentUser = currentUser;
        this.live = live;
        addClassName("jointly-page");
        list.addClassName("jointly-vote-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UserId me = currentUser.require().id();
        Optional<WorkspaceService.MemberWorkspace> opened = RouteIds.openWorkspace(event,
                id -> workspaces.open(id, me));
        if (opened.isEmpty()) {
            return;
        }
        WorkspaceView workspace = opened.get().workspace();
        Membership mine = opened.get().membership();
        workspaceId = workspace.id();
        title = "Votes · " + workspace.name();
        removeAll();
        add(new WorkspaceTabs(workspaceId.value(), "votes"), new H2("Votes"), list);
        if (mine.role() == Role.OWNER || mine.role() == Role.LEAD) {
            add(new NewVoteForm(votes, workspace, mine, me,
                    created -> event.getUI().navigate("workspaces/" + workspaceId.value() + "/votes/" + created.id().value())));
        } else {
            add(new Paragraph("Owners and leads set up votes; you can vote in those you are eligible for."));
        }
        refresh();
        live.subscribe(this, VoteStatusChanged.class, e -> e.workspaceId().equals(workspaceId), e -> refresh());
    }

    private void refresh() {
        list.removeAll();
        var all = votes.list(workspaceId, currentUser.require().id());
        if (all.isEmpty()) {
            list.add(new ListItem("No votes yet."));
        }
        for (Vote vote : all) {
            Anchor link = new Anchor("workspaces/" + workspaceId.value() + "/votes/" + vote.id().value(),
                    vote.question());
            Span status = VoteText.statusBadge(vote);
            Span method = new Span(" · " + VoteText.method(vote));
            list.add(new ListItem(link, new Span(" "), status, method));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
