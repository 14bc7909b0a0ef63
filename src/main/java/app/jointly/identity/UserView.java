package app.jointly.identity;

import app.jointly.shared.UserId;
import java.time.Instant;

/** A user account as shown to others (never carries the password hash). */
public record UserView(UserId id, String username, String displayName, boolean admin, Instant createdAt) {
}
