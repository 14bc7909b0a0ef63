package app.jointly.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.shared.WorkspaceId;
import app.jointly.votetesting.MutableClock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A text's lock flag is read once per period for all connections of a node, and a heard change wins at once. */
class TextLockReadingsTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicBoolean stored = new AtomicBoolean();
    private final MutableClock clock = new MutableClock();
    private final TextLockReadings readings = new TextLockReadings(new TextCatalog() {
        @Override
        public Optional<WorkspaceId> workspaceOf(String textId) {
            return Optional.empty();
        }

        @Override
        public String storedText(String textId) {
            return "";
        }

        @Override
        public boolean isLocked(String textId) {
            reads.incrementAndGet();
            return stored.get();
        }
    }, clock);

    @Test
    void oneReadServesEveryConnectionWithinThePeriod() {
        assertThat(readings.isLocked("t1", 2_500)).isFalse();
        stored.set(true);
        clock.advance(Duration.ofMillis(2_000));
        assertThat(readings.isLocked("t1", 2_500)).isFalse();
        assertThat(reads).hasValue(1);

        clock.advance(Duration.ofMillis(501));
        assertThat(readings.isLocked("t1", 2_500)).isTrue();
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeHeardOfReplacesTheReading() {
        assertThat(readings.isLocked("t1", 2_500)).isFalse();
        readings.record("t1", true);
        assertThat(readings.isLocked("t1", 2_500)).isTrue();
        assertThat(reads).hasValue(1);
    }
}
