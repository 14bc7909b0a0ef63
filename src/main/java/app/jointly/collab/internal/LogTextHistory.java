package app.jointly.collab.internal;

import app.jointly.collab.TextHistory;
import app.jointly.shared.InvalidInputException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@link TextHistory} over the durable update log: the current state comes from the text's authority by a
 * read-only entry processor (as a join does), the changes since a version from MongoDB. Callers store the mapped
 * ranges with their version, so each mapping reads only the changes since the last one.
 */
@Component
class LogTextHistory implements TextHistory {

    private final CollabEngine engine;
    private final UpdateLog updateLog;

    LogTextHistory(CollabEngine engine, UpdateLog updateLog) {
        this.engine = engine;
        this.updateLog = updateLog;
    }

    @Override
    public Current current(String textId) {
        CollabEngine.Joined joined = engine.join(textId);
        return new Current(joined.version(), joined.text());
    }

    @Override
    public Mapped map(String textId, int since, List<Range> ranges) {
        CollabEngine.Joined now = engine.join(textId);
        if (since < 0 || since > now.version()) {
            throw new InvalidInputException("bad-version", "Version " + since
                    + " is not a version of this text (its current version is " + now.version() + ").");
        }
        List<ChangeSet> changes = since == now.version() ? List.of()
                : updateLog.read(textId, since, now.version()).stream().map(StoredUpdate::changes).toList();
        int lengthThen = changes.isEmpty() ? now.text().length() : changes.getFirst().length();
        for (Range range : ranges) {
            if (range.from() < 0 || range.to() < range.from() || range.to() > lengthThen) {
                throw new InvalidInputException("bad-range", "The range " + range.from() + ".." + range.to()
                        + " is outside the text as of version " + since + " (length " + lengthThen + ").");
            }
        }
        return new Mapped(now.version(), now.text(), RangeMapping.map(ranges, changes));
    }
}
