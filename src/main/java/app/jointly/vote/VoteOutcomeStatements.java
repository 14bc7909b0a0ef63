package app.jointly.vote;

import app.jointly.shared.ConflictException;
import app.jointly.shared.ForbiddenException;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.TextRules;
import app.jointly.shared.TooLargeException;
import app.jointly.shared.UserId;
import app.jointly.vote.internal.VoteStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Outcome statements of closed votes: written by the vote's creator, shown with the result, and logged in the
 * decision log as a new entry linked to the vote's (the log stays append-only: a rewording is another entry).
 */
@Service
public class VoteOutcomeStatements {

    /** As long as a decision's rationale may be, since the statement becomes one. */
    public static final int MAX_STATEMENT = 4_000;

    private final VoteService votes;
    private final VoteStore store;
    private final Clock clock;

    public VoteOutcomeStatements(VoteService votes, VoteStore store, Clock clock) {
        this.votes = votes;
        this.store = store;
        this.clock = clock;
    }

    /**
     * @throws ForbiddenException {@code not-vote-creator} for anyone but the vote's creator
     * @throws ConflictException {@code vote-not-closed} before the vote closed
     * @throws TooLargeException {@code statement-too-long} over {@link #MAX_STATEMENT} characters
     */
    public OutcomeStatement state(VoteId id, UserId actor, String statement) {
        Vote vote = votes.get(id, actor);
        if (!vote.createdBy().equals(actor)) {
            throw new ForbiddenException("not-vote-creator", "Only the vote's creator writes its outcome statement.");
        }
        if (!vote.isClosed()) {
            throw new ConflictException("vote-not-closed", "An outcome can be stated once the vote has closed.");
        }
        if (statement == null || statement.isBlank()) {
            throw new InvalidInputException("empty-statement", "An outcome statement needs some text.");
        }
        if (statement.length() > MAX_STATEMENT) {
            throw new TooLargeException("statement-too-long",
                    "An outcome statement can be at most " + MAX_STATEMENT + " characters.");
        }
        String text = TextRules.multiLine(statement, "statement").strip();
        for (int attempt = 0; attempt < 5; attempt++) {
            int revision = store.outcomeStatement(id).map(OutcomeStatement::revision).orElse(0) + 1;
            Instant now = clock.instant();
            OutcomeStatement stated = new OutcomeStatement(text, actor, now, revision);
            if (store.stateOutcome(id, stated, new VoteOutcomeStated(id, vote.workspaceId(), vote.question(),
                    vote.subject(), text, revision, actor, now))) {
                store.deliverEffects(id);
                return stated;
            }
        }
        throw new ConflictException("statement-changed", "The statement was changed at the same moment; try again.");
    }

    /** The vote's outcome statement, if its creator wrote one; the caller must be a member. */
    public Optional<OutcomeStatement> statement(VoteId id, UserId actor) {
        votes.get(id, actor);
        return store.outcomeStatement(id);
    }
}
