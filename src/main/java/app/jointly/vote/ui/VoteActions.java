package app.jointly.vote.ui;

import app.jointly.shared.UserId;
import app.jointly.ui.Notifications;
import app.jointly.vote.Vote;
import app.jointly.vote.VoteService;
import app.jointly.vote.VoteStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Open now / close now, for the owners and leads who run the vote. */
class VoteActions extends HorizontalLayout {

    VoteActions(VoteService votes, Vote vote, UserId me, Runnable changed) {
        setPadding(false);
        if (!votes.mayManage(vote, me)) {
            return;
        }
        if (vote.status() == VoteStatus.DRAFT || vote.status() == VoteStatus.OPENING) {
            add(new Button("Open voting now", e -> {
                if (Notifications.attempt(() -> votes.open(vote.id(), me))) {
                    Notifications.success("The vote is open.");
                    changed.run();
                }
            }));
        }
        if (vote.status() == VoteStatus.OPEN || vote.status() == VoteStatus.CLOSING) {
            add(new Button("Close voting now", e -> {
                if (Notifications.attempt(() -> votes.close(vote.id(), me))) {
                    Notifications.success("The vote is closed; its result is final.");
                    changed.run();
                }
            }));
        }
    }
}
