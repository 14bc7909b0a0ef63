package app.jointly.vote;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the vote module's events. {@link VoteTallyChanged} and {@link VoteStatusChanged} are cluster events
 * (every node's open views refresh); {@link VoteOpened} stays on the node that made the change. {@link VoteClosed}
 * is recorded in the vote's own close write and delivered through {@link app.jointly.effects.EffectOutbox}, at least
 * once, to its idempotent listeners (decision log, proposals).
 */
@Component
class VoteEvents {

    private final ApplicationEventPublisher publisher;
    private final TallyNotices tallyNotices;

    /** Every tally notice at once (for tests that count them). */
    VoteEvents(ApplicationEventPublisher publisher) {
        this(publisher, Duration.ZERO);
    }

    @Autowired
    VoteEvents(ApplicationEventPublisher publisher,
               @Value("${jointly.votes.tally-notice-window:200ms}") Duration tallyNoticeWindow) {
        this.publisher = publisher;
        this.tallyNotices = new TallyNotices(publisher::publishEvent, tallyNoticeWindow);
    }

    @PreDestroy
    void stop() {
        tallyNotices.close();
    }

    void created(Vote vote) {
        publisher.publishEvent(new VoteStatusChanged(vote.id(), vote.workspaceId(), vote.status()));
    }

    void opened(Vote vote) {
        publisher.publishEvent(new VoteOpened(vote.id(), vote.workspaceId(), vote.electorateSize(), vote.openedAt()));
        publisher.publishEvent(new VoteStatusChanged(vote.id(), vote.workspaceId(), vote.status()));
    }

    void tallyChanged(Vote vote) {
        tallyNotices.changed(vote.id(), vote.workspaceId());
    }

    /** The {@link VoteClosed} event for a vote closing with {@code result}; the store records it with the close. */
    static VoteClosed closedEvent(Vote vote, VoteResult result) {
        return new VoteClosed(vote.id(), vote.workspaceId(), vote.question(), vote.method(), vote.subject(),
                result.outcome(), result.explanation(), result.tally().electorateSize(), result.tally().turnout(),
                result.tally().counts(), vote.secret(), result.closedAt());
    }

    /** Views refresh; {@link VoteClosed} itself was delivered through the outbox. */
    void closed(Vote vote) {
        publisher.publishEvent(new VoteStatusChanged(vote.id(), vote.workspaceId(), vote.status()));
    }
}
