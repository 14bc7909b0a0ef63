package app.jointly.collab.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebases a push made at an old version over the updates accepted since, one <em>group</em> at a time, where a
 * group is what one accepted push added and what every client receives as one {@code updates} message. For each
 * group it does exactly what {@code @codemirror/collab}'s {@code receiveUpdates} (6.1) does on the pushing client
 * when that message arrives: the pushed updates already in the group (a resend) are dropped, the others' changes
 * are composed, and the remaining pushed updates are mapped over them one after another. Over a single group this
 * is {@code rebaseUpdates} (ChangeSetCompatibilityTest checks it against the real library's results); over
 * several it ends with the very changes the client has applied locally, which rebasing over the composition of
 * all groups at once does not guarantee. This holds only while every path that sends updates to a client sends
 * whole groups, one per message ({@link Groups}). {@code GroupRebaseSimulationTest} checks the idea against many
 * random interleavings.
 */
public final class GroupRebase {

    private GroupRebase() {
    }

    /**
     * @param pushed what the client sent, all starting from the text at the version it named
     * @param groups the groups accepted since that version, in order
     * @return the updates that are new, made to apply after the last group
     */
    public static List<Update> rebase(List<Update> pushed, List<List<Update>> groups) {
        List<Update> rest = pushed;
        for (List<Update> group : groups) {
            rest = overGroup(rest, group);
        }
        return rest;
    }

    private static List<Update> overGroup(List<Update> pushed, List<Update> group) {
        ChangeSet changes = null;
        int own = 0;
        for (Update accepted : group) {
            Update ours = own < pushed.size() ? pushed.get(own) : null;
            if (ours != null && ours.clientId().equals(accepted.clientId())) {
                if (changes != null) {
                    changes = changes.map(ours.changes(), true);
                }
                own++;
            } else {
                changes = changes == null ? accepted.changes() : changes.compose(accepted.changes());
            }
        }
        List<Update> rest = pushed.subList(own, pushed.size());
        if (changes == null) {
            return List.copyOf(rest);
        }
        List<Update> mapped = new ArrayList<>(rest.size());
        for (Update update : rest) {
            mapped.add(update.withChanges(update.changes().map(changes, false)));
            changes = changes.map(update.changes(), true);
        }
        return mapped;
    }
}
