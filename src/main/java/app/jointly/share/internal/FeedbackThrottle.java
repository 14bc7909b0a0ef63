package app.jointly.share.internal;

import app.jointly.share.ShareLimits;
import app.jointly.shared.RateLimitedException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * Token buckets (bucket4j) for visitor comments: per link and address, and per link for everyone together. Kept
 * per node: a cluster of n nodes lets through at most n times the limit, which still stops a flood.
 */
@Component
class FeedbackThrottle {

    private static final int MAX_TRACKED = 50_000;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @throws RateLimitedException when either bucket is empty (then neither is charged) */
    void acquire(String linkId, String source) {
        Bucket perSource = bucket("s:" + linkId + "|" + source, ShareLimits.COMMENTS_PER_ADDRESS);
        Bucket perLink = bucket("l:" + linkId, ShareLimits.COMMENTS_PER_LINK);
        if (perSource.getAvailableTokens() < 1 || !perLink.tryConsume(1)) {
            throw refused();
        }
        if (!perSource.tryConsume(1)) {
            perLink.addTokens(1);
            throw refused();
        }
    }

    private Bucket bucket(String key, int capacity) {
        if (buckets.size() >= MAX_TRACKED) {
            // Under a flood of distinct addresses, forgetting beats running out of memory.
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity)
                .refillGreedy(capacity, ShareLimits.COMMENT_WINDOW).build()).build());
    }

    private static RateLimitedException refused() {
        return new RateLimitedException("Too many comments through this link just now; try again in a few minutes.");
    }
}
