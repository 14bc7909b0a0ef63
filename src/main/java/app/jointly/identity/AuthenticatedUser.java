package app.jointly.identity;

import app.jointly.shared.UserId;

/** The signed-in person as every module sees them. */
public record AuthenticatedUser(UserId id, String username, String displayName, boolean admin) {
}
