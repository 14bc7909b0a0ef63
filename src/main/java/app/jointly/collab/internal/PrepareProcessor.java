package app.jointly.collab.internal;

import app.jointly.collab.CollabLimits;
import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The accept step, run on the partition owner without changing anything: validates a push against the current
 * state. A push made at an older version is refused (the client pulls and pushes again), as in
 * {@code @codemirror/collab}'s reference server. Rebasing it instead ({@link Rebase}) was tried and dropped:
 * mapping over updates composed on the server can differ from mapping over them one batch at a time as the
 * client received them, so a client could drift from the server (ProtocolSimulationTest found such cases). The
 * caller makes the result durable and then commits it with {@link CommitProcessor}.
 */
public final class PrepareProcessor implements EntryProcessor<String, DocState, PrepareResult>, ReadOnly {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PushRequest push;

    public PrepareProcessor(PushRequest push) {
        this.push = push;
    }

    @Override
    public PrepareResult process(Map.Entry<String, DocState> entry) {
        DocState state = entry.getValue();
        if (state == null) {
            return PrepareResult.of(PrepareResult.Outcome.NOT_LOADED, 0);
        }
        int current = state.version();
        if (push.baseVersion() < 0 || push.baseVersion() > current) {
            return PrepareResult.refused(current, "bad-version",
                    "Version " + push.baseVersion() + " is not between 0 and the current version " + current + ".");
        }
        if (push.baseVersion() < current) {
            // refused, not rebased: see the class comment
            return PrepareResult.of(PrepareResult.Outcome.TOO_OLD, current);
        }
        try {
            List<Update> updates = parse(push);
            String text = state.text();
            List<StoredUpdate> accepted = new ArrayList<>(updates.size());
            int version = current;
            for (int i = 0; i < updates.size(); i++) {
                Update update = updates.get(i);
                if (update.changes().length() != text.length()) {
                    throw ProtocolException.invalidChanges("The changes do not fit the text at version "
                            + push.baseVersion() + " (length " + update.changes().length() + ").");
                }
                CharacterBoundaries.check(text, update.changes());
                int length = update.changes().newLength();
                if (length > CollabLimits.MAX_TEXT) {
                    return PrepareResult.refused(current, "too-large",
                            "A text may have at most " + CollabLimits.MAX_TEXT + " characters.");
                }
                if (i + 1 < updates.size()) {
                    text = update.changes().apply(text);
                }
                accepted.add(StoredUpdate.of(++version, update));
            }
            return new PrepareResult(PrepareResult.Outcome.ACCEPT, current, accepted, null, null);
        } catch (ProtocolException e) {
            return PrepareResult.refused(current, e.code(), e.getMessage());
        } catch (IllegalArgumentException e) {
            return PrepareResult.refused(current, "invalid-changes",
                    "The changes do not fit the text at version " + push.baseVersion() + ".");
        }
    }

    private static List<Update> parse(PushRequest push) {
        List<Update> updates = new ArrayList<>(push.changes().size());
        int budget = CollabLimits.MAX_INSERTED_PER_PUSH;
        for (int i = 0; i < push.changes().size(); i++) {
            ChangeSet changes = ChangeSetJson.read(JsonSupport.tree(push.changes().get(i)),
                    CollabLimits.MAX_CHANGE_PARTS, budget);
            budget -= changes.insertedLength();
            if (i > 0 && changes.length() != updates.get(i - 1).changes().newLength()) {
                throw ProtocolException.invalidChanges("Update " + i + " does not follow the one before it.");
            }
            updates.add(new Update(push.clientIds().get(i), changes, push.userId(), push.userName()));
        }
        return updates;
    }

    @Override
    public EntryProcessor<String, DocState, PrepareResult> getBackupProcessor() {
        return null;
    }
}
