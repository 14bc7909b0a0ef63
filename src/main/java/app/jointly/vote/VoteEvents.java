package app.jointly.vote;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the vote module's events. They are local Spring events for now; once the cluster relay for
 * {@code app.jointly.shared.ClusterEvent} is on main, {@link VoteTallyChanged} should implement it so that every
 * node's views refresh ({@link VoteClosed} stays local: its listeners write to the database once).
 */
@Component
class VoteEvents {

    private final ApplicationEventPublisher publisher;

    VoteEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    void opened(Vote vote) {
        publisher.publishEvent(new VoteOpened(vote.id(), vote.workspaceId(), vote.electorateSize(), vote.openedAt()));
    }

    void tallyChanged(Vote vote) {
        publisher.publishEvent(new VoteTallyChanged(vote.id(), vote.workspaceId()));
    }

    void closed(Vote vote) {
        VoteResult result = vote.result();
        publisher.publishEvent(new VoteClosed(vote.id(), vote.workspaceId(), vote.question(), vote.method(),
                vote.subject(), result.outcome(), result.explanation(), result.tally().electorateSize(),
                result.tally().turnout(), result.tally().counts(), vote.secret(), result.closedAt()));
    }
}
