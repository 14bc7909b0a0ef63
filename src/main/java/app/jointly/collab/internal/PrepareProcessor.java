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
 * state and rebases it over the updates accepted since its version ({@code rebaseUpdates} semantics, dropping
 * resent duplicates). The caller makes the result durable and then commits it with {@link CommitProcessor}.
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
        List<StoredUpdate> over = state.since(push.baseVersion());
        if (over == null) {
            return PrepareResult.of(PrepareResult.Outcome.TOO_OLD, current);
        }
        try {
            List<Update> updates = parse(push);
            List<Update> rebased = Rebase.rebase(updates, over.stream().map(StoredUpdate::asUpdate).toList());
            int length = state.text().length();
            List<StoredUpdate> accepted = new ArrayList<>(rebased.size());
            int version = current;
            for (Update update : rebased) {
                if (update.changes().length() != length) {
                    throw ProtocolException.invalidChanges("The changes do not fit the text at version "
                            + push.baseVersion() + " (length " + update.changes().length() + ").");
                }
                length = update.changes().newLength();
                if (length > CollabLimits.MAX_TEXT) {
                    return PrepareResult.refused(current, "too-large",
                            "A text may have at most " + CollabLimits.MAX_TEXT + " characters.");
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
