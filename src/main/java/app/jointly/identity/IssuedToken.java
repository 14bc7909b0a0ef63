package app.jointly.identity;

/** A freshly issued bearer token: the only moment its secret is visible. */
public record IssuedToken(ApiTokenView token, String secret) {
}
