package app.jointly.decision;

import java.time.LocalDate;

/**
 * A follow-up action of a decision: part of the hashed entry, so it never changes. Whether it is done is kept
 * apart, in {@link FollowUpStatus}.
 *
 * @param id "1", "2", ... in the order given
 * @param due may be null
 */
public record FollowUp(String id, String description, String owner, LocalDate due) {
}
