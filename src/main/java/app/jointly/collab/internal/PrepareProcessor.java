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
 * state. A push made at an older version is rebased over the groups accepted since ({@link GroupRebase}, which
 * maps it exactly as its client mapped it when those groups arrived); a push made inside a group or before the
 * window of recent updates is refused (the client pulls and pushes again). The caller makes the result durable
 * and then commits it with {@link CommitProcessor}.
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
        try {
            List<Update> updates = parse(push);
            if (push.baseVersion() < current) {
                List<List<StoredUpdate>> groups = state.groupsAfter(push.baseVersion());
                if (groups == null) {
                    return PrepareResult.of(PrepareResult.Outcome.TOO_OLD, current);
                }
                int lengthAtBase = groups.getFirst().getFirst().changes().length();
                if (updates.getFirst().changes().length() != lengthAtBase) {
                    throw ProtocolException.invalidChanges("The changes do not fit the text at version "
                            + push.baseVersion() + " (length " + updates.getFirst().changes().length() + ").");
                }
                updates = GroupRebase.rebase(updates, groups.stream()
                        .map(group -> group.stream().map(StoredUpdate::asUpdate).toList()).toList());
            }
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
                accepted.add(StoredUpdate.of(++version, current + 1, update));
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
