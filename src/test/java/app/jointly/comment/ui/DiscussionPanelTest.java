package app.jointly.comment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.jointly.comment.CommentActions;
import app.jointly.comment.CommentAuthor;
import app.jointly.comment.CommentService;
import app.jointly.comment.CommentTarget;
import app.jointly.comment.CommentThread;
import app.jointly.comment.CommentVisibility;
import app.jointly.proposal.ProposalId;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.ui.LiveUpdates;
import app.jointly.vote.VoteId;
import app.jointly.workspace.Membership;
import app.jointly.workspace.Role;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@ViewPackages(packages = "app.jointly.comment.ui")
class DiscussionPanelTest extends BrowserlessTest {

    private final WorkspaceId workspace = WorkspaceId.newId();
    private final UserId me = UserId.newId();
    private final CommentService comments = mock(CommentService.class);
    private final CommentActions actions = mock(CommentActions.class);

    private DiscussionPanel panel(CommentTarget.Kind kind, String id, Role role, Optional<PartyId> party) {
        when(comments.viewer(kind, id, me)).thenReturn(new Membership(workspace, me, role, party));
        DiscussionPanel panel = new DiscussionPanel(comments, actions, new LiveUpdates(), kind, id, me);
        UI.getCurrent().add(panel);
        return panel;
    }

    @Test
    void aPartyMemberPostsToAVotesDiscussionForTheirPartyOnly() {
        VoteId vote = VoteId.newId();
        when(comments.voteDiscussion(vote, me)).thenReturn(List.of(new CommentThread("t1", workspace,
                new CommentTarget(CommentTarget.Kind.VOTE, vote.value(), null), null, null, null, null, null,
                "I vote yes", "<p>I vote yes</p>", new CommentAuthor(UserId.newId(), "Ana"), Instant.now(), null,
                List.of(), false, CommentVisibility.WORKSPACE, null, false, false, List.of(), List.of())));
        DiscussionPanel panel = panel(CommentTarget.Kind.VOTE, vote.value(), Role.MEMBER,
                Optional.of(new PartyId("union")));

        assertThat($(Div.class, panel).withClassName("jointly-thread").all()).hasSize(1);
        test($(TextArea.class, panel).withLabel("Say something").first()).setValue("Explaining my no");
        test($(Checkbox.class, panel).withCaption("My party only").first()).click();
        test($(Button.class, panel).withText("Post").first()).click();
        verify(comments).discussVote(vote, me, "Explaining my no", CommentVisibility.PARTY);
    }

    @Test
    void anObserverReadsAProposalsDiscussionWithoutForms() {
        ProposalId proposal = ProposalId.newId();
        when(comments.proposalDiscussion(proposal, me)).thenReturn(List.of());
        DiscussionPanel panel = panel(CommentTarget.Kind.PROPOSAL, proposal.value(), Role.OBSERVER, Optional.empty());

        assertThat($(Button.class, panel).all()).isEmpty();
        assertThat($(TextArea.class, panel).all()).isEmpty();
        assertThat(panel.getElement().getTextRecursively()).contains("Nobody has said anything here yet.");
    }
}
