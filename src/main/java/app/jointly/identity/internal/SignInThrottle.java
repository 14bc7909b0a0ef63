package app.jointly.identity.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: each (username, address) pair may fail a few times, then waits for the bucket to
 * refill. Keyed by both so that a stranger cannot lock a real user out from elsewhere; a second, looser bucket
 * per username caps guessing spread over many addresses.
 */
@Component
class SignInThrottle {

    static final int FAILURES_PER_SOURCE = 5;
    static final int FAILURES_PER_USERNAME = 20;
    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final int MAX_TRACKED = 100_000;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    boolean allows(String username, String source) {
        return peek(sourceKey(username, source), FAILURES_PER_SOURCE)
                && peek(userKey(username), FAILURES_PER_USERNAME);
    }

    void recordFailure(String username, String source) {
        bucket(sourceKey(username, source), FAILURES_PER_SOURCE).tryConsume(1);
        bucket(userKey(username), FAILURES_PER_USERNAME).tryConsume(1);
    }

    void recordSuccess(String username, String source) {
        buckets.remove(sourceKey(username, source));
    }

    private boolean peek(String key, int capacity) {
        Bucket bucket = buckets.get(key);
        return bucket == null || bucket.getAvailableTokens() > 0;
    }

    private Bucket bucket(String key, int capacity) {
        if (buckets.size() >= MAX_TRACKED) {
            // Under a flood of distinct names, forgetting beats running out of memory.
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, WINDOW).build())
                .build());
    }

    private static String userKey(String username) {
        return "u:" + normalise(username);
    }

    private static String sourceKey(String username, String source) {
        return "s:" + normalise(username) + "|" + source;
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
