package app.jointly.comment.ui;

import app.jointly.comment.CommentActions;
import app.jointly.comment.CommentPosted;
import app.jointly.comment.CommentService;
import app.jointly.comment.CommentTarget;
import app.jointly.comment.CommentThread;
import app.jointly.comment.CommentThreadChanged;
import app.jointly.comment.CommentVisibility;
import app.jointly.comment.ReplyPosted;
import app.jointly.proposal.ProposalId;
import app.jointly.shared.UserId;
import app.jointly.ui.LiveUpdates;
import app.jointly.ui.Notifications;
import app.jointly.vote.VoteId;
import app.jointly.workspace.Membership;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * The discussion of a proposal or a vote: its threads, and a form to start one ("my party only" for members of a
 * party). Refreshes when a thread of it changes on any node.
 */
public class DiscussionPanel extends Div {

    private final CommentService comments;
    private final CommentActions actions;
    private final CommentTarget.Kind kind;
    private final String id;
    private final UserId me;
    private final Membership member;
    private final Div threads = new Div();

    public DiscussionPanel(CommentService comments, CommentActions actions, LiveUpdates live, CommentTarget.Kind kind,
                           String id, UserId me) {
        this.comments = comments;
        this.actions = actions;
        this.kind = kind;
        this.id = id;
        this.me = me;
        this.member = comments.viewer(kind, id, me);
        addClassName("jointly-discussion");
        add(new H3("Discussion"));
        add(threads);
        if (member.role().canComment()) {
            add(newThreadForm());
        }
        render();
        live.subscribe(this, CommentPosted.class, e -> concerns(e.target(), e.visibility(), e.party()), e -> render());
        live.subscribe(this, ReplyPosted.class, e -> concerns(e.target(), e.visibility(), e.party()), e -> render());
        live.subscribe(this, CommentThreadChanged.class, e -> concerns(e.target(), e.visibility(), e.party()),
                e -> render());
    }

    private boolean concerns(CommentTarget target, CommentVisibility visibility, app.jointly.shared.PartyId party) {
        return target.kind() == kind && target.id().equals(id)
                && (visibility == CommentVisibility.WORKSPACE || party != null && member.inParty(party));
    }

    void render() {
        threads.removeAll();
        List<CommentThread> all = kind == CommentTarget.Kind.VOTE ? comments.voteDiscussion(new VoteId(id), me)
                : comments.proposalDiscussion(new ProposalId(id), me);
        if (all.isEmpty()) {
            threads.add(new Paragraph("Nobody has said anything here yet."));
        }
        all.forEach(t -> threads.add(new ThreadCard(t, actions, me, member.role().canComment(), this::render)));
    }

    private Div newThreadForm() {
        TextArea body = ThreadCard.bodyField("Say something");
        Checkbox partyOnly = new Checkbox("My party only");
        partyOnly.setVisible(member.partyId().isPresent());
        Button post = new Button("Post", e -> {
            CommentVisibility visibility = partyOnly.getValue() ? CommentVisibility.PARTY : CommentVisibility.WORKSPACE;
            if (Notifications.attempt(() -> {
                if (kind == CommentTarget.Kind.VOTE) {
                    comments.discussVote(new VoteId(id), me, body.getValue(), visibility);
                } else {
                    comments.discussProposal(new ProposalId(id), me, body.getValue(), visibility);
                }
            })) {
                body.clear();
                render();
            }
        });
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(body, partyOnly, post);
    }
}
