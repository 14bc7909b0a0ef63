package app.jointly.identity.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Only the SHA-256 of a token's secret is stored, so a database leak yields no usable token. */
@Document("api_tokens")
public record ApiTokenDocument(
        @Id String id,
        @Indexed String userId,
        String name,
        String prefix,
        @Indexed(unique = true) String secretHash,
        Instant createdAt,
        Instant lastUsedAt) {
}
