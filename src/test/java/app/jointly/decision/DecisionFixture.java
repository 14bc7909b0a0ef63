package app.jointly.decision;

import app.jointly.decision.internal.ChainVerifier;
import app.jointly.decision.internal.DecisionStore;
import app.jointly.decision.internal.FollowUpStore;
import app.jointly.testsupport.FakeWorkspaces;
import app.jointly.votetesting.InMemoryMongo;
import app.jointly.votetesting.MutableClock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The decision module wired by hand over an in-memory database. */
final class DecisionFixture implements AutoCloseable {

    final InMemoryMongo mongo = new InMemoryMongo();
    final FakeWorkspaces workspaces;
    final MutableClock clock;
    final List<Object> events = new CopyOnWriteArrayList<>();
    final DecisionService decisions;
    final DecisionListeners listeners;

    DecisionFixture() {
        this(null);
    }

    /** @param other a fixture whose database, workspaces and clock to share, like a second node */
    DecisionFixture(DecisionFixture other) {
        workspaces = other == null ? new FakeWorkspaces() : other.workspaces;
        clock = other == null ? new MutableClock() : other.clock;
        MongoTemplate template = other == null ? mongo.template() : other.mongo.template();
        decisions = new DecisionService(new DecisionStore(template, clock), new FollowUpStore(template),
                new ChainVerifier(template), workspaces, events::add, clock);
        listeners = new DecisionListeners(decisions);
    }

    MongoTemplate template() {
        return mongo.template();
    }

    @Override
    public void close() {
        mongo.close();
    }
}
