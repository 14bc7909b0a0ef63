package app.jointly.workspace.ui;

import app.jointly.identity.CurrentUser;
import app.jointly.identity.UserService;
import app.jointly.shared.JointlyException;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.ui.LiveUpdates;
import app.jointly.ui.MainLayout;
import app.jointly.ui.RouteIds;
import app.jointly.ui.WorkspaceTabs;
import app.jointly.workspace.Membership;
import app.jointly.workspace.Role;
import app.jointly.workspace.WorkspaceEvents;
import app.jointly.workspace.WorkspaceService;
import app.jointly.workspace.WorkspaceView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/** A workspace's front page: its parties and members, managed by its owners. */
@Route(value = "workspaces/:workspaceId", layout = MainLayout.class)
@PermitAll
class WorkspaceOverviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkspaceService workspaces;
    private final CurrentUser currentUser;
    private final LiveUpdates live;
    private final MembersPanel members;
    private final PartiesPanel parties;
    private WorkspaceId workspaceId;
    private String title = "Workspace";

    WorkspaceOverviewView(WorkspaceService workspaces, UserService users, CurrentUser currentUser,
            LiveUpdates live) {
        this.workspaces = workspaces;
        this.currentUser = currentUser;
        this.live = live;
        this.members = new MembersPanel(workspaces, users);
        this.parties = new PartiesPanel(workspaces);
        addClassName("jointly-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UserId me = currentUser.require().id();
        Optional<WorkspaceService.MemberWorkspace> opened = RouteIds.openWorkspace(event,
                id -> workspaces.open(id, me));
        if (opened.isEmpty()) {
            return;
        }
        workspaceId = opened.get().workspace().id();
        title = opened.get().workspace().name();
        render(opened.get(), me);
        live.subscribe(this, WorkspaceEvents.WorkspaceChanged.class, e -> e.workspaceId().equals(workspaceId),
                e -> reload());
        live.subscribe(this, WorkspaceEvents.MembershipChanged.class, e -> e.workspaceId().equals(workspaceId),
                e -> reload());
    }

    private void reload() {
        try {
            UserId me = currentUser.require().id();
            render(workspaces.open(workspaceId, me), me);
        } catch (JointlyException e) {
            removeAll();
            add(new Paragraph("You are no longer a member of this workspace."));
        }
    }

    private void render(WorkspaceService.MemberWorkspace opened, UserId me) {
        removeAll();
        WorkspaceView workspace = opened.workspace();
        Membership mine = opened.membership();
        boolean owner = mine.role() == Role.OWNER;
        Paragraph you = new Paragraph("Your role: " + mine.role().wireName()
                + mine.partyId().flatMap(p -> workspace.parties().stream().filter(x -> x.id().equals(p))
                        .map(x -> ", party " + x.name()).findFirst()).orElse(""));
        add(new WorkspaceTabs(workspaceId.value(), ""), you, new H2("Parties"),
                parties.render(workspace, me, owner), new H2("Members"), members.render(workspace, me, owner));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
