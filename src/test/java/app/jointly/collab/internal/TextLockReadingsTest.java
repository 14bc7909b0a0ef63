package app.jointly.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.shared.WorkspaceId;
import app.jointly.votetesting.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A text's lock flag is read once per period for all connections of a node, and a heard change wins at once. */
class TextLockReadingsTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicBoolean stored = new AtomicBoolean();
    private final MutableClock clock = new MutableClock();
    private volatile CountDownLatch slow = new CountDownLatch(0);
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
            try {
                slow.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
    void connectionsThatFindAnOldReadingTogetherShareOneNewRead() throws Exception {
        readings.isLocked("t1", 2_500);
        clock.advance(Duration.ofSeconds(5));
        slow = new CountDownLatch(1);
        List<Thread> connections = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            connections.add(Thread.ofVirtual().start(() -> readings.isLocked("t1", 2_500)));
        }
        Thread.sleep(200);
        slow.countDown();
        for (Thread connection : connections) {
            assertThat(connection.join(Duration.ofSeconds(10))).isTrue();
        }
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
