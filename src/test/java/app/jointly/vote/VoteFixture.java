package app.jointly.vote;

import app.jointly.effects.EffectOutbox;
import app.jointly.effects.internal.EffectDispatcher;
import app.jointly.effects.internal.OutboxStore;
import app.jointly.testsupport.FakeWorkspaces;
import app.jointly.vote.internal.BallotBox;
import app.jointly.vote.internal.BallotCipher;
import app.jointly.vote.internal.BallotKeys;
import app.jointly.vote.internal.BallotMasterKey;
import app.jointly.vote.internal.ElectorateStore;
import app.jointly.vote.internal.VoteStore;
import app.jointly.votetesting.InMemoryMongo;
import app.jointly.votetesting.MutableClock;
import app.jointly.shared.WorkspaceId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The vote module wired by hand over an in-memory database, a fake workspace and a clock tests can move. */
public final class VoteFixture implements AutoCloseable {

    final InMemoryMongo mongo = new InMemoryMongo();
    public final FakeWorkspaces workspaces;
    final MutableClock clock;
    final List<Object> events = new CopyOnWriteArrayList<>();
    public final VoteService votes;
    final VoteLifecycle lifecycle;
    /** Proposals that votes may be about, by id, with their workspace (stands in for the proposal module). */
    final Map<String, WorkspaceId> proposals = new ConcurrentHashMap<>();
    /** Shared with a second fixture, as every node of a cluster reads the same key file. */
    final BallotMasterKey masterKey;

    public VoteFixture() {
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
        masterKey = other == null ? new BallotMasterKey(keyFile()) : other.masterKey;
        BallotCipher cipher = new BallotCipher();
        BallotBox box = new BallotBox(new ElectorateStore(template), new BallotKeys(template, masterKey, cipher),
                cipher);
        VoteEvents publisher = new VoteEvents(events::add);
        lifecycle = new VoteLifecycle(store, box, workspaces, publisher, clock);
        Map<String, WorkspaceId> known = other == null ? proposals : other.proposals;
        VoteSubjects fakeProposals = new VoteSubjects() {
            @Override
            public Set<String> kinds() {
                return Set.of("proposal");
            }

            @Override
            public boolean existsIn(WorkspaceId workspace, SubjectRef subject) {
                return workspace.equals(known.get(subject.id()));
            }
        };
        votes = new VoteService(store, box, workspaces, lifecycle, publisher, clock, List.of(fakeProposals));
    }

    private static java.nio.file.Path keyFile() {
        try {
            return java.nio.file.Files.createTempDirectory("jointly-ballot-key").resolve("ballot-master.key");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    <T> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void close() {
        mongo.close();
    }
}
