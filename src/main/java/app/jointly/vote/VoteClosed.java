package app.jointly.vote;

import app.jointly.shared.WorkspaceId;
import java.time.Instant;
import java.util.Map;

/**
 * A vote closed with a final result. Published once per vote (by the node that closed it). Modules that own
 * the vote's {@code subject} (e.g. a proposal being ratified) react to it; the decision log records it.
 *
 * @param subject what the vote was about, or null
 * @param counts final ballots per choice (for a secret ballot only the totals, never who chose what)
 */
public record VoteClosed(VoteId voteId, WorkspaceId workspaceId, String question, VoteMethod method,
                         SubjectRef subject, Outcome outcome, String explanation, int electorateSize, long turnout,
                         Map<String, Long> counts, boolean secret, Instant closedAt) {

    public VoteClosed {
        counts = Map.copyOf(counts);
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }
}
