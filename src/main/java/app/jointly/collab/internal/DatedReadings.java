package app.jointly.collab.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * This node's latest reading of a value per key, for the periodic re-checks of connections. A reading is dated by
 * when its read began and shared while younger than the caller's bound; callers that find it too old together wait
 * for one new read instead of each making their own.
 */
final class DatedReadings<K, V> {

    /** A value as read at {@code readAt}. */
    record Reading<V>(V value, long readAt) {
    }

    private final Clock clock;
    private final Map<K, Reading<V>> readings = new ConcurrentHashMap<>();

    DatedReadings(Clock clock) {
        this.clock = clock;
    }

    /** The reading of {@code key} at most {@code maxAgeMs} old, else one made now with {@code read}. */
    Reading<V> reading(K key, long maxAgeMs, Function<K, V> read) {
        Reading<V> young = readings.get(key);
        if (young != null && clock.millis() - young.readAt() <= maxAgeMs) {
            return young;
        }
        return readings.compute(key, (k, current) -> {
            long now = clock.millis();
            return current != null && now - current.readAt() <= maxAgeMs ? current : new Reading<>(read.apply(k), now);
        });
    }

    /** A value learnt just now (it replaces any reading). */
    void record(K key, V value) {
        readings.put(key, new Reading<>(value, clock.millis()));
    }

    void forget(K key) {
        readings.remove(key);
    }
}
