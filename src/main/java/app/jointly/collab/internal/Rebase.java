package app.jointly.collab.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Server-side rebasing of updates pushed at an old version, with the semantics of {@code @codemirror/collab}'s
 * {@code rebaseUpdates}: updates already accepted (a resend whose answer was lost) are dropped by matching client
 * ids in order, and the rest are mapped over the updates accepted since, so they apply to the current text. Not
 * used by the engine: mapping over the composition of everything accepted since can differ from what the client
 * did, so the engine rebases group by group ({@link GroupRebase}); kept because it is checked against recorded
 * results of the real library.
 */
public final class Rebase {

    private Rebase() {
    }

    /**
     * @param updates what the client sent, all starting from the text at the version it named
     * @param over the updates accepted since that version, in order
     */
    public static List<Update> rebase(List<Update> updates, List<Update> over) {
        if (over.isEmpty() || updates.isEmpty()) {
            return updates;
        }
        ChangeSet changes = null;
        int skip = 0;
        for (Update accepted : over) {
            Update ours = skip < updates.size() ? updates.get(skip) : null;
            if (ours != null && ours.clientId().equals(accepted.clientId())) {
                if (changes != null) {
                    changes = changes.map(ours.changes(), true);
                }
                skip++;
            } else {
                changes = changes == null ? accepted.changes() : changes.compose(accepted.changes());
            }
        }
        List<Update> rest = updates.subList(skip, updates.size());
        if (changes == null) {
            return List.copyOf(rest);
        }
        List<Update> result = new ArrayList<>(rest.size());
        for (Update update : rest) {
            ChangeSet mapped = update.changes().map(changes, false);
            changes = changes.map(update.changes(), true);
            result.add(update.withChanges(mapped));
        }
        return result;
    }
}
