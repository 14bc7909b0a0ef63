package app.jointly.identity;

import java.time.Instant;

/** A bearer token as its owner sees it in a listing: never the secret itself, only its first characters. */
public record ApiTokenView(String id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {
}
