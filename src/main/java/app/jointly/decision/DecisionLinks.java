package app.jointly.decision;

import app.jointly.shared.Ids;
import app.jointly.shared.InvalidInputException;

/**
 * What a decision rests on; each part is optional (null). Plain ids so that the log does not depend on the
 * proposal or vote modules' types.
 *
 * @param taRef the tentative agreement, as the proposal id plus the time it was reached
 */
public record DecisionLinks(String proposalId, String taRef, String voteId) {

    public static final DecisionLinks NONE = new DecisionLinks(null, null, null);

    public DecisionLinks {
        proposalId = check(proposalId, "proposal");
        taRef = taRef == null || taRef.isBlank() ? null : taRef.strip();
        if (taRef != null && (taRef.length() > 120 || !taRef.matches("[A-Za-z0-9_:.+-]+"))) {
            throw new InvalidInputException("invalid-link", "The TA reference is not valid.");
        }
        voteId = check(voteId, "vote");
    }

    private static String check(String id, String kind) {
        if (id == null || id.isBlank()) {
            return null;
        }
        if (!Ids.isValid(id.strip())) {
            throw new InvalidInputException("invalid-link", "The linked " + kind + " id is not valid.");
        }
        return id.strip();
    }
}
