package app.jointly.collab.internal;

import app.jointly.collab.CollabLimits;
import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The accept step, run on the partition owner without changing anything: validates the pushes that waited for a
 * text on one node, in order, each against the text as the pushes before it in the batch leave it. A push made
 * at an older version is rebased over the groups accepted since ({@link GroupRebase}, which maps it exactly as
 * its client mapped it when those groups arrived); a push made inside a group or before the window of recent
 * updates is refused (the client pulls and pushes again). The caller makes the accepted updates durable and then
 * commits them with {@link CommitProcessor}.
 */
public final class PrepareProcessor implements EntryProcessor<String, DocState, PrepareResults>, ReadOnly,
        DataSerializable {

    private List<PushRequest> pushes;

    /** For Hazelcast, which fills it with {@link #readData}. */
    public PrepareProcessor() {
    }

    public PrepareProcessor(List<PushRequest> pushes) {
        this.pushes = pushes;
    }

    @Override
    public PrepareResults process(Map.Entry<String, DocState> entry) {
        DocState state = entry.getValue();
        ArrayList<PrepareResult> results = new ArrayList<>(pushes.size());
        if (state == null) {
            pushes.forEach(push -> results.add(PrepareResult.of(PrepareResult.Outcome.NOT_LOADED, 0)));
            return new PrepareResults(results);
        }
        Batch batch = new Batch(state);
        for (PushRequest push : pushes) {
            results.add(batch.prepare(push));
        }
        return new PrepareResults(results);
    }

    /** The text as the pushes accepted so far in this batch leave it, and the groups they add. */
    private static final class Batch {
        private final DocState state;
        private final List<List<Update>> added = new ArrayList<>();
        private String text;
        private int version;

        Batch(DocState state) {
            this.state = state;
            this.text = state.text();
            this.version = state.version();
        }

        PrepareResult prepare(PushRequest push) {
            int current = version;
            if (push.baseVersion() < 0 || push.baseVersion() > state.version()) {
                return PrepareResult.refused(current, "bad-version", "Version " + push.baseVersion()
                        + " is not between 0 and the current version " + state.version() + ".");
            }
            try {
                List<Update> updates = parse(push);
                if (updates.isEmpty()) {
                    return new PrepareResult(PrepareResult.Outcome.ACCEPT, current, List.of(), null, null);
                }
                List<List<Update>> since = groupsSince(push.baseVersion());
                if (since == null || rebaseWork(push, since) > CollabLimits.MAX_REBASE_WORK) {
                    return PrepareResult.of(PrepareResult.Outcome.TOO_OLD, current);
                }
                if (!since.isEmpty()) {
                    int lengthAtBase = since.getFirst().getFirst().changes().length();
                    if (updates.getFirst().changes().length() != lengthAtBase) {
                        throw ProtocolException.invalidChanges("The changes do not fit the text at version "
                                + push.baseVersion() + " (length " + updates.getFirst().changes().length() + ").");
                    }
                    updates = GroupRebase.rebase(updates, since);
                }
                return accept(push, updates);
            } catch (ProtocolException e) {
                return PrepareResult.refused(current, e.code(), e.getMessage());
            } catch (IllegalArgumentException e) {
                return PrepareResult.refused(current, "invalid-changes",
                        "The changes do not fit the text at version " + push.baseVersion() + ".");
            }
        }

        private static long rebaseWork(PushRequest push, List<List<Update>> since) {
            return push.changesLength() * since.size();
        }

        /** Groups after {@code base} (from the state, then from this batch), or null when it cannot be rebased. */
        private List<List<Update>> groupsSince(int base) {
            List<List<Update>> since = new ArrayList<>();
            if (base < state.version()) {
                List<List<StoredUpdate>> stored = state.groupsAfter(base);
                if (stored == null) {
                    return null;
                }
                stored.forEach(group -> since.add(group.stream().map(StoredUpdate::asUpdate).toList()));
            }
            since.addAll(added);
            return since;
        }

        private PrepareResult accept(PushRequest push, List<Update> updates) {
            int current = version;
            String next = text;
            List<StoredUpdate> accepted = new ArrayList<>(updates.size());
            for (Update update : updates) {
                if (update.changes().length() != next.length()) {
                    throw ProtocolException.invalidChanges("The changes do not fit the text at version "
                            + push.baseVersion() + " (length " + update.changes().length() + ").");
                }
                CharacterBoundaries.check(next, update.changes());
                if (update.changes().newLength() > CollabLimits.MAX_TEXT) {
                    return PrepareResult.refused(current, "too-large",
                            "A text may have at most " + CollabLimits.MAX_TEXT + " characters.");
                }
                next = update.changes().apply(next);
                accepted.add(StoredUpdate.of(current + accepted.size() + 1, current + 1, update));
            }
            if (!accepted.isEmpty()) {
                text = next;
                version = current + accepted.size();
                added.add(updates);
            }
            return new PrepareResult(PrepareResult.Outcome.ACCEPT, current, accepted, null, null);
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
    public EntryProcessor<String, DocState, PrepareResults> getBackupProcessor() {
        return null;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        ClusterWire.writeList(out, pushes, ClusterWire::writePush);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        pushes = ClusterWire.readList(in, ClusterWire::readPush);
    }
}
