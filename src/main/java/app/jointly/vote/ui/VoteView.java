package app.jointly.vote.ui;

import app.jointly.identity.CurrentUser;
import app.jointly.shared.Ids;
import app.jointly.shared.JointlyException;
import app.jointly.shared.UserId;
import app.jointly.ui.DiscussionSlot;
import app.jointly.ui.LiveUpdates;
import app.jointly.ui.MainLayout;
import app.jointly.ui.WorkspaceTabs;
import app.jointly.vote.Vote;
import app.jointly.vote.VoteId;
import app.jointly.vote.VoteOutcomeStatements;
import app.jointly.vote.VoteService;
import app.jointly.vote.VoteStatusChanged;
import app.jointly.vote.VoteTallyChanged;
import app.jointly.workspace.MemberView;
import app.jointly.workspace.Party;
import app.jointly.workspace.WorkspaceService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One vote: cast or change a ballot, the live tally (turnout only for an open secret ballot) and, once closed,
 * the final result. Refreshes through server push when anyone votes on any node, at most a few times a second.
 */
@Route(value = "workspaces/:workspaceId/votes/:voteId", layout = MainLayout.class)
@PermitAll
class VoteView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final long MIN_REFRESH_MS = 400;

    private final VoteService votes;
    private final WorkspaceService workspaces;
    private final CurrentUser currentUser;
    private final LiveUpdates live;
    private final VoteOutcomeStatements statements;
    private final ObjectProvider<DiscussionSlot> discussions;
    private final Div outcome = new Div();
    private final Div header = new Div();
    private final Div ballot = new Div();
    private final Div tally = new Div();
    private VoteId voteId;
    private UserId me;
    private Vote vote;
    private Map<String, String> names = Map.of();
    private Map<String, String> partyNames = Map.of();
    private long lastRefresh;
    private boolean refreshPending;
    private String title = "Vote";

    VoteView(VoteService votes, WorkspaceService workspaces, CurrentUser currentUser, LiveUpdates live,
             VoteOutcomeStatements statements, ObjectProvider<DiscussionSlot> discussions) {
        this.statements = statements;
        this.discussions = discussions;
        this.votes = votes;
        this.workspaces = workspaces;
        this.currentUser = currentUser;
        this.live = live;
        addClassName("jointly-page");
        tally.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String ws = event.getRouteParameters().get("workspaceId").orElse("");
        String id = event.getRouteParameters().get("voteId").orElse("");
        if (!Ids.isValid(ws) || !Ids.isValid(id)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        me = currentUser.require().id();
        voteId = new VoteId(id);
        try {
            vote = votes.get(voteId, me);
            if (!vote.workspaceId().value().equals(ws)) {
                throw new app.jointly.shared.NotFoundException("No such vote.");
            }
            names = workspaces.members(vote.workspaceId(), me).stream()
                    .collect(Collectors.toMap(m -> m.userId().value(), MemberView::displayName, (a, b) -> a));
            partyNames = workspaces.get(vote.workspaceId(), me).parties().stream()
                    .collect(Collectors.toMap(p -> p.id().value(), Party::name));
        } catch (JointlyException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = vote.question();
        removeAll();
        add(new WorkspaceTabs(ws, "votes"), header, ballot, tally, outcome);
        discussions.ifAvailable(slot -> add(slot.discussion("vote", id)));
        renderAll();
        live.subscribe(this, VoteTallyChanged.class, e -> e.voteId().equals(voteId), e -> refreshSoon(false));
        live.subscribe(this, VoteStatusChanged.class, e -> e.voteId().equals(voteId), e -> refreshSoon(true));
    }

    private void renderAll() {
        vote = votes.get(voteId, me);
        header.removeAll();
        header.add(new H2(vote.question()), VoteText.statusBadge(vote), new Paragraph(VoteText.method(vote)),
                new Paragraph(electorateText()));
        if (!vote.details().isEmpty()) {
            header.add(new Paragraph(vote.details()));
        }
        header.add(new VoteActions(votes, vote, me, this::renderAll));
        ballot.removeAll();
        ballot.add(new BallotForm(votes, vote, votes.myBallot(voteId, me), me, this::renderAll));
        outcome.removeAll();
        if (vote.isClosed()) {
            outcome.add(new OutcomePanel(statements, vote, statements.statement(voteId, me).orElse(null), me,
                    this::renderAll));
        }
        renderTally();
    }

    private void renderTally() {
        tally.removeAll();
        tally.add(new TallyPanel(vote, votes.tally(voteId, me),
                vote.secret() || vote.status() == app.jointly.vote.VoteStatus.DRAFT ? java.util.List.of()
                        : votes.openBallots(voteId, me), names, partyNames));
        lastRefresh = System.currentTimeMillis();
    }

    /** Coalesces bursts of events (a busy ballot) into at most one refresh per {@link #MIN_REFRESH_MS}. */
    private void refreshSoon(boolean statusChanged) {
        if (statusChanged) {
            renderAll();
            return;
        }
        long wait = lastRefresh + MIN_REFRESH_MS - System.currentTimeMillis();
        if (wait <= 0) {
            renderTally();
        } else if (!refreshPending) {
            refreshPending = true;
            UI ui = UI.getCurrent();
            CompletableFuture.delayedExecutor(wait, TimeUnit.MILLISECONDS).execute(() -> ui.access(() -> {
                refreshPending = false;
                if (isAttached()) {
                    renderTally();
                }
            }));
        }
    }

    private String electorateText() {
        String who = switch (vote.electorate()) {
            case WORKSPACE -> "All owners, leads and members of the workspace vote";
            case PARTY -> "Members of " + partyNames.getOrDefault(vote.party().value(), "one party") + " vote";
            case EACH_PARTY -> "Members of every party vote, counted party by party";
        };
        return who + (vote.electorateSize() > 0 ? " (" + vote.electorateSize() + " eligible, fixed when it opened)."
                : " (fixed when it opens).")
                + (vote.opensAt() != null ? " Opens " + vote.opensAt() + "." : "")
                + (vote.closesAt() != null ? " Closes " + vote.closesAt() + "." : "");
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
