package app.jointly.vote;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the vote module's events. {@link VoteTallyChanged} and {@link VoteStatusChanged} are cluster events
 * (every node's open views refresh); {@link VoteOpened} and {@link VoteClosed} stay on the node that made the
 * change, so that their listeners (decision log, proposals) act once.
 */
@Component
class VoteEvents {

    private final ApplicationEventPublisher publisher;

    VoteEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    void created(Vote vote) {
        publisher.publishEvent(new VoteStatusChanged(vote.id(), vote.workspaceId(), vote.status()));
    }

    void opened(Vote vote) {
        publisher.publishEvent(new VoteOpened(vote.id(), vote.workspaceId(), vote.electorateSize(), vote.openedAt()));
        publisher.publishEvent(new VoteStatusChanged(vote.id(), vote.workspaceId(), vote.status()));
    }

    void tallyChanged(Vote vote) {
        publisher.publishEvent(new VoteTallyChanged(vote.id(), vote.workspaceId()));
    }

    void closed(Vote vote) {
        VoteResult result = vote.result();
        publisher.publishEvent(new VoteClosed(vote.id(), vote.workspaceId(), vote.question(), vote.method(),
                vote.subject(), result.outcome(), result.explanation(), result.tally().electorateSize(),
                result.tally().turnout(), result.tally().counts(), vote.secret(), result.closedAt()));
        publisher.publishEvent(new VoteStatusChanged(vote.id(), vote.workspaceId(), vote.status()));
    }
}
