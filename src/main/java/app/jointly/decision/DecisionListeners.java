package app.jointly.decision;

import app.jointly.vote.VoteClosed;
import app.jointly.vote.VoteOutcomeStated;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes log entries for what other parts of the workspace decide. Idempotent (each entry's origin is unique per
 * workspace), so an event delivered again, or on every node, is logged once. A failure is thrown, not logged and
 * dropped: the event is a pending effect in the outbox and stays there until this entry is written.
 */
@Component
class DecisionListeners {

    private static final Logger log = LoggerFactory.getLogger(DecisionListeners.class);

    private final DecisionService decisions;

    DecisionListeners(DecisionService decisions) {
        this.decisions = decisions;
    }

    @EventListener
    void on(VoteClosed closed) {
        String proposal = closed.subject() != null && closed.subject().kind().equals("proposal")
                ? closed.subject().id() : null;
        String counts = closed.method().choices().stream()
                .map(c -> c + ": " + closed.counts().getOrDefault(c, 0L)).collect(Collectors.joining(", "));
        DecisionEntry entry = decisions.appendAutomatic(closed.workspaceId(), "vote:" + closed.voteId().value(),
                "vote", "Vote \"" + closed.question() + "\" " + closed.outcome().wireName() + ".",
                closed.explanation() + " (" + (closed.secret() ? "secret ballot; " : "") + closed.turnout()
                        + " of " + closed.electorateSize() + " voted; " + counts + ")",
                List.of(), closed.closedAt(), new DecisionLinks(proposal, null, closed.voteId().value()),
                List.of("vote", closed.method().wireName()));
        log.info("Logged the result of vote {} as decision #{}", closed.voteId(), entry.seq());
    }

    /**
     * A closed vote's outcome statement becomes a new entry linked to the vote (the vote's own entry is never
     * changed: the log is append-only); each rewording is its own entry, keyed by its revision.
     */
    @EventListener
    void on(VoteOutcomeStated stated) {
        String proposal = stated.subject() != null && stated.subject().kind().equals("proposal")
                ? stated.subject().id() : null;
        DecisionEntry entry = decisions.appendAutomatic(stated.workspaceId(),
                "vote-outcome:" + stated.voteId().value() + ":" + stated.revision(), "vote",
                "Outcome of vote \"" + stated.question() + "\"" + (stated.revision() > 1 ? " (restated)" : "") + ".",
                stated.statement(), List.of(), stated.at(),
                new DecisionLinks(proposal, null, stated.voteId().value()), List.of("vote", "outcome-statement"));
        log.info("Logged the outcome statement of vote {} as decision #{}", stated.voteId(), entry.seq());
    }
}
