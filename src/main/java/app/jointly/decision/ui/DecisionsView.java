package app.jointly.decision.ui;

import app.jointly.decision.DecisionFilter;
import app.jointly.decision.DecisionRecorded;
import app.jointly.decision.Checkpoint;
import app.jointly.decision.DecisionService;
import app.jointly.decision.DecisionService.ExportFormat;
import app.jointly.decision.LoggedDecision;
import app.jointly.identity.CurrentUser;
import app.jointly.shared.JointlyException;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.ui.LiveUpdates;
import app.jointly.ui.MainLayout;
import app.jointly.ui.RouteIds;
import app.jointly.ui.WorkspaceTabs;
import app.jointly.workspace.Membership;
import app.jointly.workspace.WorkspaceService;
import app.jointly.workspace.WorkspaceView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The decision log: verify, filter, export, log a decision quickly, tick follow-ups. Superseded entries stay in
 * the list, marked, next to their correction.
 */
@Route(value = "workspaces/:workspaceId/decisions", layout = MainLayout.class)
@PermitAll
class DecisionsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DecisionService decisions;
    private final WorkspaceService workspaces;
    private final CurrentUser currentUser;
    private final LiveUpdates live;
    private final Div entries = new Div();
    private WorkspaceId workspaceId;
    private WorkspaceView workspace;
    private UserId me;
    private boolean editor;
    private DecisionFilter filter = DecisionFilter.ALL;
    private String title = "Decision log";

    DecisionsView(DecisionService decisions, WorkspaceService workspaces, CurrentUser currentUser, LiveUpdates live) {
        this.decisions = decisions;
        this.workspaces = workspaces;
        this.currentUser = currentUser;
        this.live = live;
        addClassName("jointly-page");
        entries.addClassName("jointly-decision-entries");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        me = currentUser.require().id();
        Optional<WorkspaceService.MemberWorkspace> opened = RouteIds.openWorkspace(event,
                id -> workspaces.open(id, me));
        if (opened.isEmpty()) {
            return;
        }
        workspace = opened.get().workspace();
        Membership mine = opened.get().membership();
        workspaceId = workspace.id();
        editor = mine.role().canEdit();
        title = "Decision log · " + workspace.name();
        removeAll();
        add(new WorkspaceTabs(workspaceId.value(), "decisions"), new H2("Decision log"), new VerifyPanel(decisions, workspaceId, me,
                workspace.name(), currentUser.require().username()),
                exports());
        if (editor) {
            add(new QuickLogForm(decisions, workspace, me, () -> refresh()));
        }
        add(new FilterBar(workspace, f -> {
            filter = f;
            refresh();
        }), entries);
        refresh();
        live.subscribe(this, DecisionRecorded.class, e -> e.workspaceId().equals(workspaceId), e -> refresh());
    }

    private HorizontalLayout exports() {
        UserId viewer = me;
        HorizontalLayout row = new HorizontalLayout(new Paragraph("Export the filtered log:"),
                download(viewer, ExportFormat.CSV, "decision-log.csv", "text/csv", "CSV"),
                download(viewer, ExportFormat.MARKDOWN, "decision-log.md", "text/markdown", "Markdown"));
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Anchor download(UserId viewer, ExportFormat format, String file, String type, String label) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] body = decisions.export(workspaceId, viewer, filter, format).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(body), file, type + "; charset=utf-8", body.length);
        }), "Download " + label);
        link.setDownload(true);
        return link;
    }

    private void refresh() {
        entries.removeAll();
        List<LoggedDecision> all;
        try {
            all = decisions.list(workspaceId, me, filter);
        } catch (JointlyException e) {
            entries.add(new Paragraph(e.getMessage()));
            return;
        }
        if (all.isEmpty()) {
            entries.add(new Paragraph("No decisions match."));
        }
        Checkpoint head = decisions.head(workspaceId, me);
        for (LoggedDecision logged : all) {
            entries.add(new DecisionCard(logged, workspace, editor, decisions, me, head));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
