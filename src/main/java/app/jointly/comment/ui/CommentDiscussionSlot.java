package app.jointly.comment.ui;

import app.jointly.comment.CommentActions;
import app.jointly.comment.CommentService;
import app.jointly.comment.CommentTarget;
import app.jointly.identity.CurrentUser;
import app.jointly.ui.DiscussionSlot;
import app.jointly.ui.LiveUpdates;

/** Gives the proposal and vote pages their discussion. */
@org.springframework.stereotype.Component
class CommentDiscussionSlot implements DiscussionSlot {

    private final CommentService comments;
    private final CommentActions actions;
    private final LiveUpdates live;
    private final CurrentUser currentUser;

    CommentDiscussionSlot(CommentService comments, CommentActions actions, LiveUpdates live,
                          CurrentUser currentUser) {
        this.comments = comments;
        this.actions = actions;
        this.live = live;
        this.currentUser = currentUser;
    }

    @Override
    public com.vaadin.flow.component.Component discussion(String kind, String id) {
        CommentTarget.Kind which = "vote".equals(kind) ? CommentTarget.Kind.VOTE : CommentTarget.Kind.PROPOSAL;
        return new DiscussionPanel(comments, actions, live, which, id, currentUser.require().id());
    }
}
