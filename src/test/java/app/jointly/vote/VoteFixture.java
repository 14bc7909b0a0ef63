package app.jointly.vote;

import app.jointly.effects.EffectOutbox;
import app.jointly.effects.internal.EffectDispatcher;
import app.jointly.effects.internal.OutboxStore;
import app.jointly.testsupport.FakeWorkspaces;
import app.jointly.vote.internal.BallotBox;
import app.jointly.vote.internal.ElectorateStore;
import app.jointly.vote.internal.VoteStore;
import app.jointly.votetesting.InMemoryMongo;
import app.jointly.votetesting.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The vote module wired by hand over an in-memory database, a fake workspace and a clock tests can move. */
final class VoteFixture implements AutoCloseable {

    final InMemoryMongo mongo = new InMemoryMongo();
    final FakeWorkspaces workspaces;
    final MutableClock clock;
    final List<Object> events = new CopyOnWriteArrayList<>();
    final VoteService votes;
    final VoteLifecycle lifecycle;

    VoteFixture() {
        this(null);
    }

    /** @param other another fixture whose database, workspaces and clock this one shares, like a second node */
    VoteFixture(VoteFixture other) {
        workspaces = other == null ? new FakeWorkspaces() : other.workspaces;
        clock = other == null ? new MutableClock() : other.clock;
        MongoTemplate template = other == null ? mongo.template() : other.mongo.template();
        OutboxStore outboxStore = new OutboxStore(template, clock);
        EffectOutbox outbox = new EffectOutbox(outboxStore, new EffectDispatcher(outboxStore, events::add, clock,
                Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofMinutes(5)));
        VoteStore store = new VoteStore(template, outbox);
        BallotBox box = new BallotBox(new ElectorateStore(template));
        VoteEvents publisher = new VoteEvents(events::add);
        lifecycle = new VoteLifecycle(store, box, workspaces, publisher, clock);
        votes = new VoteService(store, box, workspaces, lifecycle, publisher, clock);
    }

    <T> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void close() {
        mongo.close();
    }
}
