package app.jointly.identity;

/** What an administrator fills in to create an account. */
public record NewUser(String username, String password, String displayName, boolean admin) {
}
