package app.jointly.identity.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("users")
public record UserDocument(
        @Id String id,
        @Indexed(unique = true) String username,
        String displayName,
        String passwordHash,
        boolean admin,
        Instant createdAt,
        @Version Long version) {

    public UserDocument withPasswordHash(String hash) {
        return new UserDocument(id, username, displayName, hash, admin, createdAt, version);
    }
}
