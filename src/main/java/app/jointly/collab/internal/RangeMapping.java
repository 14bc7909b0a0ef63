package app.jointly.collab.internal;

import app.jointly.collab.TextHistory.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps ranges through a sequence of change sets, one at a time: the start with association +1 (text typed at it
 * stays before the range, outside it), the end with -1 (text typed at it stays after, outside). A range that
 * collapses (every character deleted) is removed and stays removed, keeping the place where the passage was.
 */
final class RangeMapping {

    private RangeMapping() {
    }

    static Range map(Range range, ChangeSet changes) {
        if (range.removed()) {
            int at = changes.mapPos(range.from(), -1);
            return new Range(at, at, true);
        }
        int from = changes.mapPos(range.from(), 1);
        int to = changes.mapPos(range.to(), -1);
        if (from >= to) {
            int at = Math.min(from, to);
            return new Range(at, at, true);
        }
        return new Range(from, to, false);
    }

    static List<Range> map(List<Range> ranges, List<ChangeSet> changes) {
        List<Range> result = new ArrayList<>(ranges);
        for (ChangeSet change : changes) {
            result.replaceAll(r -> map(r, change));
        }
        return result;
    }
}
