package app.jointly.identity;

import app.jointly.identity.internal.ApiTokenDocument;
import app.jointly.identity.internal.ApiTokenRepository;
import app.jointly.identity.internal.UserRepository;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.TextRules;
import app.jointly.shared.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Bearer tokens for the REST API and the collaboration socket. */
@Service
public class ApiTokenService {

    static final int MAX_TOKENS_PER_USER = 50;
    static final int MAX_NAME = 80;
    private static final int MAX_SECRET_LENGTH = 200;

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, UserRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    public IssuedToken issue(UserId owner, String name) {
        String label = TextRules.singleLine(name == null || name.isBlank() ? "API token" : name.strip(), "name");
        if (label.length() > MAX_NAME) {
            throw new InvalidInputException("invalid-name", "A token name has at most " + MAX_NAME + " characters.");
        }
        if (tokens.countByUserId(owner.value()) >= MAX_TOKENS_PER_USER) {
            throw new InvalidInputException("too-many-tokens",
                    "You have " + MAX_TOKENS_PER_USER + " tokens: revoke one before creating another.");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = "jt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiTokenDocument saved = tokens.insert(new ApiTokenDocument(UUID.randomUUID().toString(), owner.value(),
                label, secret.substring(0, 8), hash(secret), clock.instant(), null));
        return new IssuedToken(view(saved), secret);
    }

    public List<ApiTokenView> list(UserId owner) {
        return tokens.findByUserIdOrderByCreatedAtDesc(owner.value()).stream().map(ApiTokenService::view).toList();
    }

    /** @throws NotFoundException when the token is not the owner's */
    public void revoke(UserId owner, String tokenId) {
        ApiTokenDocument token = tokens.findById(tokenId == null ? "" : tokenId)
                .filter(t -> t.userId().equals(owner.value()))
                .orElseThrow(() -> new NotFoundException("No such token."));
        tokens.delete(token);
    }

    /** The user a presented secret belongs to, if it is a live token of an existing account. */
    public Optional<AuthenticatedUser> authenticate(String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > MAX_SECRET_LENGTH) {
            return Optional.empty();
        }
        return tokens.findBySecretHash(hash(secret))
                .flatMap(token -> users.findById(token.userId()))
                .map(UserService::view)
                .map(u -> new AuthenticatedUser(u.id(), u.username(), u.displayName(), u.admin()));
    }

    private static ApiTokenView view(ApiTokenDocument d) {
        return new ApiTokenView(d.id(), d.name(), d.prefix(), d.createdAt(), d.lastUsedAt());
    }

    private static String hash(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
