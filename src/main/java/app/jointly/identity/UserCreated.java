package app.jointly.identity;

import app.jointly.shared.UserId;

/** Published after an account was created. */
public record UserCreated(UserId userId, String username) {
}
