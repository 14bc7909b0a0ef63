package app.jointly.proposal;

import app.jointly.shared.UserId;
import java.time.Instant;

/** A caucus-only record of who wrote or edited a draft and when; it never crosses the table. */
public record DraftRevision(UserId by, String byName, Instant at, int textLength) {
}
