package app.jointly.vote;

/**
 * What a voter may see of their own ballot. For a secret ballot only whether they voted is known: the choice is
 * not stored with anything that could lead back to them, so it is null.
 */
public record MyBallot(boolean eligible, boolean voted, String choice, String reason) {
}
