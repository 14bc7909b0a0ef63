package app.jointly.collab.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits consecutive updates into their groups (what one push added). Every message that carries updates to a
 * client carries exactly one group, so that a stale push can be rebased the way its client applied what it
 * received ({@link GroupRebase}).
 */
final class Groups {

    private Groups() {
    }

    static List<List<StoredUpdate>> split(List<StoredUpdate> updates) {
        List<List<StoredUpdate>> groups = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= updates.size(); i++) {
            if (i == updates.size() || updates.get(i).groupFrom() != updates.get(start).groupFrom()) {
                groups.add(List.copyOf(updates.subList(start, i)));
                start = i;
            }
        }
        return groups;
    }
}
