package app.jointly.comment.internal;

import app.jointly.shared.RateLimitedException;
import app.jointly.shared.UserId;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many comments, replies and edits one person may write per minute on this node (a token bucket per person,
 * refilled steadily), so that nobody can flood threads or notifications. Per node: a person spread over several
 * nodes gets a multiple, which still bounds them.
 */
@Component
public class CommentRateLimiter {

    private final int perMinute;
    private final ConcurrentMap<UserId, Bucket> buckets = new ConcurrentHashMap<>();

    CommentRateLimiter(@Value("${jointly.comments.per-minute:30}") int perMinute) {
        this.perMinute = Math.max(1, perMinute);
    }

    /** @throws RateLimitedException {@code too-many-comments} when the person's bucket is empty */
    public void take(UserId user) {
        Bucket bucket = buckets.computeIfAbsent(user, u -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build());
        if (!bucket.tryConsume(1)) {
            throw new RateLimitedException("too-many-comments", "You are commenting very fast; wait a minute and "
                    + "try again (at most " + perMinute + " comments a minute).");
        }
    }
}
