package app.jointly.vote;

import app.jointly.shared.UserId;
import java.time.Instant;

/**
 * What a closed vote's creator wrote about its outcome (as in Loomio's outcome statement), shown with the result.
 *
 * @param revision 1 for the first statement, one more for each rewording (each is logged as its own decision)
 */
public record OutcomeStatement(String statement, UserId by, Instant at, int revision) {
}
