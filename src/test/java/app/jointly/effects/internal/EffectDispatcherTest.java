package app.jointly.effects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.effects.EffectOutbox;
import app.jointly.effects.PendingEffect;
import app.jointly.votetesting.InMemoryMongo;
import app.jointly.votetesting.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The outbox over a real (in-memory) MongoDB wire server: recorded with the write, delivered once, retried. */
class EffectDispatcherTest {

    private static final String THINGS = "things";
    private static final Duration LEASE = Duration.ofSeconds(10);

    record Settled(String what, Instant at) {
    }

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MutableClock clock = new MutableClock();
    private final List<Object> heard = new CopyOnWriteArrayList<>();
    private final List<Object> applied = new CopyOnWriteArrayList<>();
    private int failuresLeft;
    private final OutboxStore store = new OutboxStore(mongo.template(), clock);
    private final EffectDispatcher dispatcher = dispatcher();
    private final EffectOutbox outbox = new EffectOutbox(store, dispatcher);

    private EffectDispatcher dispatcher() {
        return new EffectDispatcher(store, event -> {
            heard.add(event);
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("log is down");
            }
            applied.add(event);
        }, clock, LEASE, Duration.ofSeconds(1), Duration.ofMinutes(5));
    }

    @AfterEach
    void close() {
        mongo.close();
    }

    private void writeWithEffects(String id, Object... events) {
        outbox.watch(THINGS);
        mongo.template().upsert(Query.query(Criteria.where("_id").is(id)),
                outbox.record(new Update().set("state", "done"), events), THINGS);
    }

    @Test
    void anEffectRecordedWithTheWriteIsDeliveredRightAfterItAndThenRemoved() {
        Settled event = new Settled("a", clock.instant());
        writeWithEffects("t1", event);
        assertThat(outbox.pending(10)).singleElement().extracting(PendingEffect::type).isEqualTo("Settled");

        outbox.deliver(THINGS, "t1");

        assertThat(applied).containsExactly(event);
        assertThat(outbox.pending(10)).isEmpty();
        assertThat(dispatcher.deliverDue(10)).isZero();
        assertThat(applied).hasSize(1);
    }

    @Test
    void aListenerThatFailsOnceLeavesTheEffectPendingAndItIsRetriedAfterItsBackOffAndAppliedOnce() {
        failuresLeft = 1;
        writeWithEffects("t2", new Settled("b", clock.instant()));

        outbox.deliver(THINGS, "t2");

        assertThat(applied).isEmpty();
        PendingEffect pending = outbox.pending(10).getFirst();
        assertThat(pending.attempts()).isEqualTo(1);
        assertThat(pending.lastError()).contains("log is down");
        assertThat(pending.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(1));
        assertThat(dispatcher.deliverDue(10)).as("not due before its back-off").isZero();

        clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher.deliverDue(10)).isEqualTo(1);

        assertThat(heard).hasSize(2);
        assertThat(applied).hasSize(1);
        assertThat(outbox.pending(10)).isEmpty();
    }

    @Test
    void anEntryHeldByANodeThatDiedIsTakenOverOnlyAfterItsLease() {
        writeWithEffects("t3", new Settled("c", clock.instant()));
        String id = outbox.pending(1).getFirst().id();
        assertThat(store.claim(THINGS, "t3", 0, id, clock.instant(), clock.instant().plus(LEASE))).isTrue();

        assertThat(dispatcher().deliverDue(10)).isZero();
        clock.advance(LEASE);
        assertThat(dispatcher().deliverDue(10)).isEqualTo(1);

        assertThat(applied).hasSize(1);
        assertThat(outbox.pending(10)).isEmpty();
    }

    @Test
    void aFailedEffectHoldsBackTheLaterEffectsOfItsDocument() {
        failuresLeft = 1;
        Settled first = new Settled("first", clock.instant());
        Settled second = new Settled("second", clock.instant());
        writeWithEffects("t4", first, second);

        outbox.deliver(THINGS, "t4");
        assertThat(heard).containsExactly(first);
        assertThat(outbox.pending(10)).hasSize(2);

        clock.advance(Duration.ofSeconds(1));
        dispatcher.deliverDue(10);
        assertThat(applied).containsExactly(first, second);
    }

    @Test
    void theBackOffDoublesUpToItsCap() {
        assertThat(dispatcher.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(dispatcher.backoff(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(dispatcher.backoff(40)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void anEntryOfAForeignTypeIsNeverInstantiatedAndStaysPendingWithItsReason() {
        outbox.watch(THINGS);
        mongo.template().upsert(Query.query(Criteria.where("_id").is("t5")), new Update().push("pendingEffects",
                new org.bson.Document("id", "x").append("type", "java.lang.ProcessBuilder")
                        .append("payload", new org.bson.Document()).append("attempts", 0)
                        .append("createdAt", clock.instant()).append("nextAttemptAt", clock.instant())), THINGS);

        outbox.deliver(THINGS, "t5");

        assertThat(heard).isEmpty();
        assertThat(outbox.pending(10)).singleElement().extracting(PendingEffect::lastError).asString()
                .contains("foreign type");
    }
}
