package app.jointly.effects;

import app.jointly.effects.internal.EffectDispatcher;
import app.jointly.effects.internal.OutboxStore;
import java.util.List;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The outbox of effects between modules. A module that changes a document and wants other modules to react adds
 * the event to that same write with {@link #record(Update, Object...)}, so the event is stored if and only if the
 * change is. Right after the write it calls {@link #deliver(String, String)}: the events go to their listeners at
 * once, synchronously, on the node that wrote. Whatever a crash or a failing listener leaves behind is delivered
 * later by a scheduled pass on every node, with back-off, until every listener has succeeded.
 *
 * <p>Delivery is at least once: listeners of recorded events must be idempotent and must throw when they fail
 * (an exception keeps the event pending; a caught and logged one would lose it).
 */
@Service
public class EffectOutbox {

    private final OutboxStore store;
    private final EffectDispatcher dispatcher;

    public EffectOutbox(OutboxStore store, EffectDispatcher dispatcher) {
        this.store = store;
        this.dispatcher = dispatcher;
    }

    /**
     * Declares a collection whose documents carry pending effects, so that the scheduled pass looks there.
     * Called once by the owning store at start.
     */
    public void watch(String collection) {
        store.watch(collection);
    }

    /** Adds the events to {@code update} as pending effects (a {@code $push} in the same write). */
    public Update record(Update update, Object... events) {
        return store.record(update, List.of(events));
    }

    /**
     * Delivers the document's due effects now, in order, on this thread. A failure is logged and leaves the
     * effect pending for the scheduled pass; it is not thrown, because the change that caused it stands.
     */
    public void deliver(String collection, String documentId) {
        dispatcher.deliver(collection, documentId);
    }

    /** Every pending effect, oldest first, at most {@code limit}. */
    public List<PendingEffect> pending(int limit) {
        return store.pending(limit);
    }
}
