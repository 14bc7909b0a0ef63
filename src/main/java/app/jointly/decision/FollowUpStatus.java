package app.jointly.decision;

import app.jointly.shared.UserId;
import java.time.Instant;

/** Whether a follow-up is done, and who ticked (or unticked) it when; the only changing part of the log. */
public record FollowUpStatus(String actionId, boolean done, UserId by, Instant at) {
}
