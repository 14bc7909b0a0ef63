package app.jointly.vote;

import app.jointly.shared.UserId;
import java.time.Instant;

/** One ballot of an open (non-secret) vote, shown to the workspace; secret ballots never produce these. */
public record CastBallot(UserId voter, String choice, String reason, Instant castAt) {
}
